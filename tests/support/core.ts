import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpName, OpOutput } from '../../shared/contract/index.ts';
import type { Role } from '../../shared/roles.ts';
import type { Clock } from '../../electron/core/clock.ts';
import type { Core } from '../../electron/core/core.ts';
import { openCore, type OpenCoreOptions } from '../../electron/core/open-core.ts';
import { call, dispatch, type CallResult } from '../../electron/core/dispatch.ts';

/** A clock the test moves by hand; starts at a fixed instant so business dates are predictable. */
export class ManualClock implements Clock {
  constructor(private ms = Date.parse('2026-03-02T01:00:00.000Z')) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

const tempDirs: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs` (call it in afterAll/afterEach). */
export function makeTempDir(prefix = 'frontdesk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface TestCore {
  core: Core;
  clock: ManualClock;
  dataDir: string;
}

/** A real core on a real SQLite file in a new temp directory, with a hand-moved clock. */
export function makeCore(options: Partial<OpenCoreOptions> = {}): TestCore {
  const clock = options.clock instanceof ManualClock ? options.clock : new ManualClock();
  const dataDir = options.dataDir ?? makeTempDir();
  const core = openCore({ ...options, dataDir, clock });
  return { core, clock, dataDir };
}

export const ADMIN_PIN = '73915604';

export const PROFILE = {
  name: 'Test Repair Shop',
  address: '1 Test Road',
  phone: '+86 21 5555 0000',
  currency: 'CNY',
  taxMode: 'inclusive',
  taxRateBp: 600,
  locale: 'en',
  timeZone: 'Asia/Shanghai',
} as const;

/** Calls an operation in process as `token`'s holder; throws the AppError when it fails. */
export function op<K extends OpName>(core: Core, name: K, input: unknown, token: string | null = null): Promise<OpOutput<K>> {
  return call(core, name, input, { token, origin: 'test' });
}

/** Calls an operation in process and returns the result, failure included. */
export function tryOp(core: Core, name: string, input: unknown, token: string | null = null): Promise<CallResult> {
  return dispatch(core, name, input, { token, origin: 'test' });
}

export interface SetUpStore {
  adminId: number;
  adminToken: string;
}

/** First-run setup (profile and admin) and the admin signed in. */
export async function setUpStore(core: Core): Promise<SetUpStore> {
  const { adminId } = await op(core, 'setup.initialize', { profile: PROFILE, admin: { name: 'Ada Admin', pin: ADMIN_PIN } });
  const { token } = await op(core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN });
  return { adminId, adminToken: token };
}

/**
 * For a test shop whose clock jumps hours between calls: the longest idle lock (12 hours), stored as
 * an admin would set it, so its sessions stay open as a desk in use keeps them (tests/integration/session-lock.test.ts
 * covers the lock itself).
 */
export function lockOnlyAfterLongIdle(core: Core): void {
  core.db
    .prepare("INSERT INTO settings (key, value) VALUES ('autoLockMinutes', '720') ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run();
}

/** Adds a staff member as the admin and signs them in. */
export async function addStaff(
  core: Core,
  adminToken: string,
  role: Role,
  pin: string,
  name = `${role} ${pin}`,
): Promise<{ id: number; token: string }> {
  const { id } = await op(core, 'staff.create', { name, role, pin }, adminToken);
  const { token } = await op(core, 'auth.signIn', { staffId: id, pin });
  return { id, token };
}

export function count(core: Core, table: string, where = '1 = 1', ...args: unknown[]): number {
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;
}

/** A session's last activity, which any call writes now and then (at most once a minute), refused calls too. */
function withoutActivity(row: Record<string, unknown>): Record<string, unknown> {
  const { last_active_at: _lastActive, ...rest } = row;
  return rest;
}

/** Every row of every table, for "nothing changed" comparisons (a session's last activity left out). */
export function snapshot(core: Core): Record<string, unknown[]> {
  const tables = (
    core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => [
      t,
      core.db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((r) => JSON.stringify(t === 'sessions' ? withoutActivity(r as Record<string, unknown>) : r))
        .sort(),
    ]),
  );
}

/** Approves a folder for backups, restores and exports, confirmed with the admin's PIN, as the station server's admin does. */
export async function approveFolder(core: Core, adminToken: string, adminId: number, folder: string): Promise<void> {
  await op(core, 'backup.folders.approve', { folder, approval: { approverId: adminId, pin: ADMIN_PIN } }, adminToken);
}
