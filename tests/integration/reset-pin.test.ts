import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PIN, count, makeCore, makeTempDir, op, removeTempDirs, setUpStore, snapshot, tryOp } from '../support/core.ts';

/**
 * `npm run reset-pin`: an admin who forgot the PIN sets a new one on the shop's PC. The real command
 * runs on a real data folder in a temp directory; the new PIN is piped in, never an argument.
 */

const COMMAND = path.resolve('electron/core/server/reset-pin.ts');
const NEW_PIN = '13572468';

afterEach(() => removeTempDirs());

function resetPin(dataDir: string, args: string[], input: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', COMMAND, '--data-dir', dataDir, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A set-up store (admin "Ada Admin", a manager) in a folder no core holds any more. */
async function closedStore(): Promise<{ dataDir: string; adminId: number; managerId: number }> {
  const t = makeCore();
  const { adminId, adminToken } = await setUpStore(t.core);
  const { id: managerId } = await op(t.core, 'staff.create', { name: 'Mia Manager', role: 'manager', pin: '60606060' }, adminToken);
  t.core.close();
  return { dataDir: t.dataDir, adminId, managerId };
}

// Each run of the command starts Node and tsx: seconds apiece on a busy machine.
describe('npm run reset-pin', { timeout: 90_000 }, () => {
  it("sets an admin's new PIN, unlocks the account and audits it with origin cli and the local account", async () => {
    const { dataDir, adminId } = await closedStore();
    // Five wrong PINs lock the admin out first.
    const locked = makeCore({ dataDir });
    for (let i = 0; i < 5; i++) await tryOp(locked.core, 'auth.signIn', { staffId: adminId, pin: '0000' });
    expect(await tryOp(locked.core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    locked.core.close();

    const run = resetPin(dataDir, ['--staff', 'Ada Admin'], `${NEW_PIN}\n`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('The PIN of Ada Admin is reset and the account unlocked');
    expect(run.status).toBe(0);

    const t = makeCore({ dataDir });
    try {
      expect(await tryOp(t.core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PIN' },
      });
      const { token } = await op(t.core, 'auth.signIn', { staffId: adminId, pin: NEW_PIN });
      const audit = await op(t.core, 'audit.list', { action: 'staff.recoverPin', limit: 5 }, token);
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]).toMatchObject({
        actorId: null,
        action: 'staff.recoverPin',
        entity: 'staff',
        entityId: String(adminId),
        origin: 'cli',
        after: { pin: 'changed', lockedUntil: null, by: `${os.userInfo().username}@${os.hostname()}` },
      });
    } finally {
      t.core.close();
    }
  });

  it('runs as the npm script the README names', async () => {
    const { dataDir, adminId } = await closedStore();
    const run = spawnSync('npm', ['run', '--silent', 'reset-pin', '--', '--staff', 'Ada Admin', '--data-dir', dataDir], {
      input: `${NEW_PIN}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const t = makeCore({ dataDir });
    try {
      expect(await tryOp(t.core, 'auth.signIn', { staffId: adminId, pin: NEW_PIN })).toMatchObject({ ok: true });
    } finally {
      t.core.close();
    }
  });

  it('refuses while Frontdesk holds the store, and changes nothing', async () => {
    const { dataDir } = await closedStore();
    const t = makeCore({ dataDir });
    try {
      const before = snapshot(t.core);
      const run = resetPin(dataDir, ['--staff', 'Ada Admin'], `${NEW_PIN}\n`);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`is already using the data in ${dataDir}`);
      expect(run.stderr).toContain('Quit Frontdesk (the app or the station server) on this computer, then run this again.');
      expect(snapshot(t.core)).toEqual(before);
    } finally {
      t.core.close();
    }
  });

  it('refuses a staff member who is not an admin, an unknown name and a bad PIN, saying why and naming the admins', async () => {
    const { dataDir } = await closedStore();
    const cases: [string[], string, string][] = [
      [
        ['--staff', 'Mia Manager'],
        NEW_PIN,
        '"Mia Manager" is not an admin (manager): an admin gives them a new PIN in Settings → Staff. The admins are "Ada Admin".',
      ],
      [['--staff', 'Nobody'], NEW_PIN, 'No active admin is named "Nobody". The admins are "Ada Admin".'],
      [['--staff', 'Ada Admin'], '12ab', 'The new PIN must be 4 to 8 digits'],
      [[], NEW_PIN, '--staff is required'],
    ];
    for (const [args, input, message] of cases) {
      const run = resetPin(dataDir, args, `${input}\n`);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.status).not.toBe(0);
    }
    const t = makeCore({ dataDir });
    try {
      expect(count(t.core, 'audit_log', "action = 'staff.recoverPin'")).toBe(0);
      expect(await tryOp(t.core, 'auth.signIn', { staffId: 1, pin: ADMIN_PIN })).toMatchObject({ ok: true });
    } finally {
      t.core.close();
    }
  }, 150_000);

  it('refuses a folder without a store rather than creating one', () => {
    const empty = makeTempDir();
    const run = resetPin(empty, ['--staff', 'Ada Admin'], `${NEW_PIN}\n`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`There is no Frontdesk store in ${empty}`);
    expect(spawnSync('ls', ['-A', empty], { encoding: 'utf8' }).stdout).toBe('');
  });
});
