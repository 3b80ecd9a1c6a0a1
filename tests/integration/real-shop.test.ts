import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/index.ts';
import { anyString, stringContaining } from '../support/matchers.ts';
import { count, makeCore, op, PROFILE, removeTempDirs, setUpStore, snapshot, tryOp, type TestCore } from '../support/core.ts';

/**
 * "Start my real shop": the demo store is replaced by a fresh, empty one on a real SQLite file, which
 * records where it came from; first-run setup follows. Only an admin, only the demo, only with the
 * demo's name typed.
 */

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.core.close();
  removeTempDirs();
});

/** A demo store with its admin and manager signed in. */
async function demoStore(): Promise<TestCore & { adminToken: string; adminName: string; managerToken: string }> {
  const t = makeCore();
  cores.push(t);
  const { staff } = await op(t.core, 'setup.loadDemo', { locale: 'zh-CN' });
  const admin = staff.find((s) => s.role === 'admin')!;
  const manager = staff.find((s) => s.role === 'manager')!;
  const { token: adminToken } = await op(t.core, 'auth.signIn', { staffId: admin.id, pin: admin.pin });
  const { token: managerToken } = await op(t.core, 'auth.signIn', { staffId: manager.id, pin: manager.pin });
  return { ...t, adminToken, adminName: admin.name, managerToken };
}

const TABLES_KEPT_EMPTY = [
  'store_profile',
  'settings',
  'staff',
  'sessions',
  'customers',
  'assets',
  'services',
  'counters',
  'tickets',
  'jobs',
  'job_media',
];

describe('start my real shop', () => {
  it('counts what the demo holds, for the confirmation', async () => {
    const t = await demoStore();
    const contents = await op(t.core, 'setup.demoContents', {}, t.adminToken);
    expect(contents).toMatchObject({
      storeName: '示例手机维修店',
      customers: count(t.core, 'customers'),
      tickets: count(t.core, 'tickets'),
      appointments: count(t.core, 'appointments'),
      jobs: 7,
      services: 3,
      counters: 3,
      staff: 5,
      auditRows: count(t.core, 'audit_log'),
    });
    expect(contents.customers).toBeGreaterThan(0);
    expect(contents.appointments).toBeGreaterThan(0);
  });

  it('wipes everything the demo made into a fresh store that says it came from the demo, then setup runs as on a first run', async () => {
    const t = await demoStore();
    const events: ServerEvent[] = [];
    t.core.events.subscribe((e) => events.push(e));
    const before = await op(t.core, 'setup.demoContents', {}, t.adminToken);

    const { deleted } = await op(t.core, 'setup.startRealShop', { confirm: '示例手机维修店' }, t.adminToken);
    expect(deleted).toEqual(before);
    expect(events).toContainEqual({ type: 'store.restored', from: 'demoWiped' });

    // A clean store at the current schema: no row the demo made, one audit row about the wipe.
    expect(t.core.db.pragma('user_version', { simple: true })).toBe(t.core.schemaVersion);
    for (const table of TABLES_KEPT_EMPTY) expect(count(t.core, table), `${table} after the wipe`).toBe(0);
    const rows = t.core.db.prepare('SELECT at, actor_id, action, entity, before_json, after_json, origin FROM audit_log').all() as {
      before_json: string;
      after_json: string;
    }[];
    expect(rows).toEqual([
      {
        at: t.core.nowIso(),
        actor_id: null,
        action: 'store.demoWiped',
        entity: 'store_profile',
        before_json: anyString(),
        after_json: anyString(),
        origin: 'test',
      },
    ]);
    expect(JSON.parse(rows[0]!.after_json)).toEqual({ wipedDemo: '示例手机维修店', by: t.adminName });
    expect(JSON.parse(rows[0]!.before_json)).toEqual(before);
    // No file of the wipe is left beside the store, and the file on disk is the fresh one.
    expect(fs.existsSync(`${t.core.dbFile}.fresh`)).toBe(false);
    const onDisk = new Database(t.core.dbFile, { readonly: true });
    expect((onDisk.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n).toBe(0);
    onDisk.close();

    // The demo's sessions are gone with it; the console shows first-run setup.
    expect(await tryOp(t.core, 'auth.me', {}, t.adminToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await op(t.core, 'setup.status', {})).toEqual({
      initialized: false,
      storeName: null,
      locale: 'zh-CN',
      demo: false,
      fromDemo: true,
    });

    const { adminToken } = await setUpStore(t.core);
    expect(await op(t.core, 'setup.status', {})).toMatchObject({
      initialized: true,
      storeName: PROFILE.name,
      demo: false,
      fromDemo: false,
    });
    expect(await op(t.core, 'customers.search', { q: '1', limit: 20 }, adminToken)).toEqual([]);
    const audit = await op(t.core, 'audit.list', { limit: 10 }, adminToken);
    // The fresh store's log starts with the wipe (then the old token's refused call, and the setup).
    expect(audit.rows.map((r) => r.action).reverse()).toEqual([
      'store.demoWiped',
      'access.denied',
      'store.profile.create',
      'staff.create',
      'auth.signIn',
    ]);
  });

  it('refuses a wrong confirmation, naming the field, and leaves the demo as it was', async () => {
    const t = await demoStore();
    const before = snapshot(t.core);
    const result = await tryOp(t.core, 'setup.startRealShop', { confirm: 'Demo Phone Repair' }, t.adminToken);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { confirm: stringContaining('示例手机维修店') } },
    });
    expect(snapshot(t.core)).toEqual(before);
  });

  it('is for an admin only', async () => {
    const t = await demoStore();
    const before = snapshot(t.core);
    for (const name of ['setup.demoContents', 'setup.startRealShop']) {
      const input = name === 'setup.startRealShop' ? { confirm: '示例手机维修店' } : {};
      expect(await tryOp(t.core, name, input, t.managerToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await tryOp(t.core, name, input, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    const after = snapshot(t.core);
    // Refused calls are audited (access.denied); no row of data changes.
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });
    expect(count(t.core, 'customers')).toBeGreaterThan(0);
  });

  it('refuses a real shop with a clear error, whatever is typed', async () => {
    const t = makeCore();
    cores.push(t);
    const { adminToken } = await setUpStore(t.core);
    const before = snapshot(t.core);
    for (const name of ['setup.demoContents', 'setup.startRealShop']) {
      const input = name === 'setup.startRealShop' ? { confirm: PROFILE.name } : {};
      const result = await tryOp(t.core, name, input, adminToken);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_DEMO', message: stringContaining('real shop') } });
    }
    expect(snapshot(t.core)).toEqual(before);
  });

  it('refuses strictly: an unknown field or an empty confirmation names the field', async () => {
    const t = await demoStore();
    expect(await tryOp(t.core, 'setup.startRealShop', { confirm: '示例手机维修店', keepCustomers: true }, t.adminToken)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { keepCustomers: anyString() } },
    });
    expect(await tryOp(t.core, 'setup.startRealShop', { confirm: '  ' }, t.adminToken)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { confirm: 'is required' } },
    });
    expect(count(t.core, 'customers')).toBeGreaterThan(0);
  });
});
