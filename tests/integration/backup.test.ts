import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ensureDailyBackup, listBackups } from '../../electron/core/services/backup.ts';
import {
  ADMIN_PIN,
  addStaff,
  approveFolder,
  makeCore,
  makeTempDir,
  op,
  removeTempDirs,
  setUpStore,
  tryOp,
  type TestCore,
} from '../support/core.ts';
import { anyString, stringMatching } from '../support/matchers.ts';

let current: TestCore | null = null;
async function world() {
  current = makeCore();
  const { core, clock } = current;
  const { adminId, adminToken } = await setUpStore(core);
  const manager = await addStaff(core, adminToken, 'manager', '60606060', 'Mia Manager');
  return { core, clock, adminId, adminToken, manager };
}
afterEach(() => {
  current?.core.close();
  current = null;
});
afterAll(removeTempDirs);

const staffNames = (db: Database.Database) =>
  (db.prepare('SELECT name FROM staff ORDER BY id').all() as { name: string }[]).map((r) => r.name);

function readStore<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('makes a manual backup that is a whole, readable copy of the store, listed and audited', async () => {
    const { core, adminId, adminToken, manager } = await world();
    const made = await op(core, 'backup.create', {}, manager.token);
    expect(made.kind).toBe('manual');
    expect(fs.existsSync(made.file)).toBe(true);
    expect(made.bytes).toBe(fs.statSync(made.file).size);
    expect(fs.readdirSync(path.dirname(made.file)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    readStore(made.file, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(staffNames(db)).toEqual(['Ada Admin', 'Mia Manager']);
    });
    const inspection = await op(core, 'backup.inspect', { file: made.file }, adminToken);
    expect(inspection).toMatchObject({
      ok: true,
      problem: null,
      problemCode: null,
      storeName: 'Test Repair Shop',
      schemaVersion: core.schemaVersion,
    });
    expect(core.db.prepare("SELECT actor_id, entity_id FROM audit_log WHERE action = 'backup.create'").get()).toEqual({
      actor_id: manager.id,
      entity_id: made.name,
    });

    const folder = makeTempDir('frontdesk-usb-');
    await approveFolder(core, adminToken, adminId, folder);
    const elsewhere = await op(core, 'backup.create', { folder }, adminToken);
    expect(path.dirname(elsewhere.file)).toBe(folder);
    const bad = await tryOp(core, 'backup.create', { folder: path.join(made.file, 'inside-a-file') }, adminToken);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { folder: anyString() } } });
  });

  it("names a backup by the store's wall clock with its offset, and lists it at the exact instant (older UTC names too)", async () => {
    const { core, clock, adminToken } = await world();
    clock.advance(Date.parse('2026-03-02T09:18:36.695Z') - clock.now());
    // The jump leaves the admin's console idle past the lock: their PIN opens it again.
    await op(core, 'auth.unlock', { pin: ADMIN_PIN }, adminToken);
    const made = await op(core, 'backup.create', {}, adminToken);
    // 09:18 UTC is 17:18 in Shanghai, the store's zone.
    expect(made.name).toBe('frontdesk-manual-20260302-171836-695+0800.sqlite');
    expect(made.createdAt).toBe('2026-03-02T09:18:36.695Z');
    const older = path.join(path.dirname(made.file), 'frontdesk-manual-20260301-235959-000.sqlite');
    fs.copyFileSync(made.file, older);
    expect(listBackups(core).map((b) => [b.name, b.createdAt])).toEqual([
      ['frontdesk-manual-20260302-171836-695+0800.sqlite', '2026-03-02T09:18:36.695Z'],
      ['frontdesk-manual-20260301-235959-000.sqlite', '2026-03-01T23:59:59.000Z'],
    ]);
  });

  it('takes one start-of-day backup per business date and keeps only the newest N', async () => {
    const { core, clock, adminToken } = await world();
    await op(core, 'store.settings.update', { backupKeepDaily: 3 }, adminToken);
    const taken: string[] = [];
    for (let day = 0; day < 6; day++) {
      const first = await ensureDailyBackup(core);
      expect(first, `day ${day}`).not.toBeNull();
      taken.push(first!.name);
      clock.advanceMinutes(60);
      expect(await ensureDailyBackup(core), `a second backup on day ${day}`).toBeNull();
      clock.advanceMinutes(23 * 60);
    }
    const daily = listBackups(core).filter((b) => b.kind === 'daily'); // the admin's session has expired by now
    expect(daily.map((b) => b.name)).toEqual(taken.slice(-3).reverse());
    for (const old of taken.slice(0, 3)) expect(fs.existsSync(path.join(core.dataDir, 'backups', old))).toBe(false);
  });

  it('rejects a corrupt file, a non-Frontdesk SQLite file and a store from a newer version', async () => {
    const { core, adminId, adminToken } = await world();
    const good = await op(core, 'backup.create', {}, adminToken);
    const dir = makeTempDir('frontdesk-bad-backups-');
    await approveFolder(core, adminToken, adminId, dir);
    const inspect = (file: string) => op(core, 'backup.inspect', { file }, adminToken);

    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    expect(await inspect(garbage)).toMatchObject({
      ok: false,
      problem: stringMatching(/not a readable Frontdesk store/),
      problemCode: 'unreadable',
    });

    // A good backup with pages in the middle overwritten.
    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(good.file);
    expect(bytes.length).toBeGreaterThan(4096 * 4);
    bytes.fill(0xa5, 4096 * 2 + 100, 4096 * 4);
    fs.writeFileSync(damaged, bytes);
    expect(await inspect(damaged)).toMatchObject({ ok: false, problemCode: stringMatching(/^(damaged|unreadable)$/) });

    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(good.file).subarray(0, 4096 * 3));
    expect((await inspect(truncated)).ok).toBe(false);

    const other = path.join(dir, 'other-app.sqlite');
    readStoreWrite(other, (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1);'));
    expect(await inspect(other)).toMatchObject({
      ok: false,
      problem: 'This is not a Frontdesk store',
      problemCode: 'notFrontdesk',
      schemaVersion: 0,
    });

    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(good.file, newer);
    readStoreWrite(newer, (db) => db.pragma('user_version = 99'));
    expect(await inspect(newer)).toMatchObject({
      ok: false,
      problem: stringMatching(/newer Frontdesk \(schema 99\)/),
      problemCode: 'newer',
    });

    expect(await inspect(path.join(dir, 'missing.sqlite'))).toMatchObject({ ok: false, problemCode: 'missing' });
  });

  it('restores an older backup with a manager approval, keeping the current store aside', async () => {
    const { core, adminId, adminToken, manager } = await world();
    await addStaff(core, adminToken, 'cashier', '11223344', 'Before Backup');
    const backup = await op(core, 'backup.create', {}, adminToken);
    await addStaff(core, adminToken, 'technician', '55667788', 'After Backup');
    await op(
      core,
      'store.profile.update',
      {
        name: 'Renamed After Backup',
        address: '',
        phone: '',
        currency: 'CNY',
        taxMode: 'none',
        taxRateBp: 0,
        locale: 'en',
        timeZone: 'Asia/Shanghai',
      },
      adminToken,
    );
    const events: string[] = [];
    core.events.subscribe((e) => events.push(e.type));

    const wrongPin = await tryOp(
      core,
      'backup.restore',
      { file: backup.file, approval: { approverId: manager.id, pin: '99999999' } },
      adminToken,
    );
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(staffNames(core.db)).toContain('After Backup');

    const result = await op(
      core,
      'backup.restore',
      { file: backup.file, approval: { approverId: manager.id, pin: '60606060' } },
      adminToken,
    );
    expect(result.restoredFrom).toBe(backup.file);
    expect(staffNames(core.db)).toEqual(['Ada Admin', 'Mia Manager', 'Before Backup']);
    expect((await op(core, 'store.profile.get', {}, adminToken)).name).toBe('Test Repair Shop');
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(events).toContain('store.restored');

    // What was current is kept aside, whole, as a before-restore backup.
    expect(path.basename(result.keptAside)).toMatch(/^frontdesk-before-restore-/);
    readStore(result.keptAside, (db) => {
      expect(staffNames(db)).toContain('After Backup');
      expect((db.prepare('SELECT name FROM store_profile').get() as { name: string }).name).toBe('Renamed After Backup');
    });
    expect((await op(core, 'backup.list', {}, adminToken)).some((b) => b.file === result.keptAside && b.kind === 'before-restore')).toBe(
      true,
    );

    // The restore is in the (restored) audit log, with who did it and who approved it.
    const row = core.db.prepare("SELECT actor_id, approver_id, after_json FROM audit_log WHERE action = 'backup.restore'").get() as {
      actor_id: number;
      approver_id: number;
      after_json: string;
    };
    expect(row).toMatchObject({ actor_id: adminId, approver_id: manager.id });
    expect(JSON.parse(row.after_json)).toMatchObject({ restoredFrom: backup.file, keptAside: result.keptAside });
  });

  it('refuses to restore a bad file and leaves the current store as it was', async () => {
    const { core, adminToken, manager } = await world();
    const bad = path.join(core.dataDir, 'not-a-backup.sqlite');
    fs.writeFileSync(bad, 'hello');
    const before = staffNames(core.db);
    const result = await tryOp(core, 'backup.restore', { file: bad, approval: { approverId: manager.id, pin: '60606060' } }, adminToken);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_BACKUP', fields: { file: anyString() } } });
    expect(staffNames(core.db)).toEqual(before);
    expect((await op(core, 'backup.list', {}, adminToken)).filter((b) => b.kind === 'before-restore')).toEqual([]);
  });
});

function readStoreWrite(file: string, write: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    write(db);
  } finally {
    db.close();
  }
}
