import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_PIN, makeTempDir, PROFILE, removeTempDirs } from '../support/core.ts';
import { api } from '../support/http.ts';
import { startStationProcess, type StationProcess } from '../support/station-process.ts';

const running: StationProcess[] = [];
afterAll(async () => {
  for (const p of running) await p.stop('SIGKILL');
  removeTempDirs();
});

async function start(dataDir: string): Promise<StationProcess> {
  const p = await startStationProcess({ dataDir });
  running.push(p);
  return p;
}

async function signInAdmin(url: string): Promise<string> {
  const res = await api(url, 'auth.signIn', { staffId: 1, pin: ADMIN_PIN });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { token: string }).token;
}

interface Acked {
  staff: string[];
  lockoutMinutes: number[];
}

/**
 * Keeps four writers busy (three creating staff, one changing a setting) and SIGKILLs the server once
 * `killAfter` writes have been acknowledged, with more still in flight.
 */
async function writeUntilKilled(p: StationProcess, token: string, round: number, killAfter: number): Promise<Acked> {
  const acked: Acked = { staff: [], lockoutMinutes: [] };
  let killed = false;
  const total = () => acked.staff.length + acked.lockoutMinutes.length;
  // Both kinds of write must have been acknowledged: staff.create hashes a PIN and is slower, so under
  // load the settings writer alone could reach the count first.
  const maybeKill = () => {
    if (!killed && total() >= killAfter && acked.staff.length > 0 && acked.lockoutMinutes.length > 0) {
      killed = true;
      p.child.kill('SIGKILL');
    }
  };
  const staffWriter = async (w: number) => {
    for (let n = 0; !killed && n < 500; n++) {
      const name = `R${round} W${w} #${n}`;
      try {
        const res = await api(p.url, 'staff.create', { name, role: 'cashier', pin: '2580' }, token);
        if (res.status !== 200) throw new Error(`staff.create answered ${res.status}: ${res.text}`);
        acked.staff.push(name);
      } catch (err) {
        if (killed) return;
        throw err;
      }
      maybeKill();
    }
  };
  const settingsWriter = async () => {
    for (let n = 0; !killed && n < 5000; n++) {
      const minutes = 1 + ((round * 700 + n) % 1440);
      try {
        const res = await api(p.url, 'store.settings.update', { lockoutMinutes: minutes }, token);
        if (res.status !== 200) throw new Error(`store.settings.update answered ${res.status}: ${res.text}`);
        acked.lockoutMinutes.push(minutes);
      } catch (err) {
        if (killed) return;
        throw err;
      }
      maybeKill();
    }
  };
  const exited = new Promise<NodeJS.Signals | null>((resolve) => p.child.once('exit', (_code, signal) => resolve(signal)));
  await Promise.all([staffWriter(1), staffWriter(2), staffWriter(3), settingsWriter()]);
  expect(killed, 'the writers ran out before the kill').toBe(true);
  expect(await exited).toBe('SIGKILL');
  return acked;
}

function checkFile(dataDir: string, acked: Acked): void {
  const db = new Database(path.join(dataDir, 'frontdesk.sqlite'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const names = new Set((db.prepare('SELECT name FROM staff').all() as { name: string }[]).map((r) => r.name));
    expect(
      acked.staff.filter((n) => !names.has(n)),
      'acknowledged staff missing after the kill',
    ).toEqual([]);
    const audited = new Set(
      (
        db.prepare("SELECT json_extract(after_json, '$.lockoutMinutes') AS m FROM audit_log WHERE action = 'settings.update'").all() as {
          m: number;
        }[]
      ).map((r) => r.m),
    );
    expect(
      acked.lockoutMinutes.filter((m) => !audited.has(m)),
      'acknowledged settings changes missing after the kill',
    ).toEqual([]);
    // Every staff row has its audit row: the kill never split a change from its audit.
    const unaudited = db
      .prepare(
        "SELECT count(*) AS n FROM staff s WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'staff.create' AND a.entity_id = CAST(s.id AS TEXT))",
      )
      .get() as { n: number };
    expect(unaudited.n).toBe(0);
  } finally {
    db.close();
  }
}

describe('SIGKILL in the middle of a stream of writes', () => {
  it('loses no acknowledged write and leaves an intact store, twice over', async () => {
    const dataDir = makeTempDir('frontdesk-kill-');
    let p = await start(dataDir);
    const setup = await api(p.url, 'setup.initialize', { profile: PROFILE, admin: { name: 'Ada Admin', pin: ADMIN_PIN } });
    expect(setup.status).toBe(200);

    const all: Acked = { staff: [], lockoutMinutes: [] };
    for (const [round, killAfter] of [
      [1, 15 + Math.floor(Math.random() * 20)],
      [2, 15 + Math.floor(Math.random() * 20)],
    ] as const) {
      const token = await signInAdmin(p.url);
      const acked = await writeUntilKilled(p, token, round, killAfter);
      expect(acked.staff.length).toBeGreaterThan(0);
      all.staff.push(...acked.staff);
      all.lockoutMinutes.push(...acked.lockoutMinutes);
      checkFile(dataDir, all);

      // The restarted server takes over the dead process's lock and serves everything acknowledged.
      p = await start(dataDir);
      const token2 = await signInAdmin(p.url);
      const list = await api(p.url, 'staff.list', { includeInactive: true }, token2);
      expect(list.status).toBe(200);
      const names = new Set((list.body as { name: string }[]).map((s) => s.name));
      expect(all.staff.filter((n) => !names.has(n))).toEqual([]);
    }
    expect(await p.stop('SIGTERM')).toBe(0);
    checkFile(dataDir, all);
  });
});
