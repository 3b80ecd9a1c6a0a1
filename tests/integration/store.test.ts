import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { listAudit } from '../../electron/core/services/audit.ts';
import { StoreLockedError } from '../../electron/core/store/lock.ts';
import { loadMigrations, NewerStoreError } from '../../electron/core/store/migrate.ts';
import { DEFAULT_MIGRATIONS_DIR, openStore } from '../../electron/core/store/open.ts';
import { auditQuery } from '../../shared/contract/audit.ts';
import { makeCore, makeTempDir, removeTempDirs } from '../support/core.ts';

const cores: Core[] = [];
const track = <T extends { core: Core }>(t: T): T => (cores.push(t.core), t);
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
afterAll(removeTempDirs);

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the store file', () => {
  it('opens with WAL, synchronous=FULL, foreign keys on and a busy timeout', () => {
    const { core } = track(makeCore());
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    // The foreign keys really are enforced, not just reported.
    expect(() =>
      core.db.prepare("INSERT INTO sessions (token_hash, staff_id, origin, created_at, expires_at) VALUES ('x', 999, 't', 'a', 'b')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('migrates a new file to the latest version', () => {
    const latest = loadMigrations(DEFAULT_MIGRATIONS_DIR).length;
    expect(latest).toBeGreaterThan(0);
    const { core } = track(makeCore());
    expect(core.schemaVersion).toBe(latest);
    expect(core.db.pragma('user_version', { simple: true })).toBe(latest);
    // Opening again is a no-op: same version, nothing re-run (a re-run CREATE TABLE would throw).
    core.close();
    cores.pop();
    const again = track(makeCore({ dataDir: core.dataDir }));
    expect(again.core.schemaVersion).toBe(latest);
  });

  it('applies all pending migrations in one transaction: a failing step rolls back the steps before it', () => {
    const migrations = makeTempDir('frontdesk-migrations-');
    fs.writeFileSync(path.join(migrations, '001_first.sql'), 'CREATE TABLE first_table (id INTEGER PRIMARY KEY);');
    fs.writeFileSync(
      path.join(migrations, '002_second.sql'),
      'CREATE TABLE second_table (id INTEGER PRIMARY KEY); INSERT INTO second_table VALUES (1);',
    );
    fs.writeFileSync(path.join(migrations, '003_broken.sql'), 'CREATE TABLE third_table (id INTEGER PRIMARY KEY); THIS IS NOT SQL;');
    const file = path.join(makeTempDir(), 'store.sqlite');

    expect(() => openStore(file, migrations)).toThrow(/syntax error/);
    const db = new Database(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(0);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([]);
    } finally {
      db.close();
    }

    // Once the broken step is fixed, all three apply together.
    fs.writeFileSync(path.join(migrations, '003_broken.sql'), 'CREATE TABLE third_table (id INTEGER PRIMARY KEY);');
    const opened = openStore(file, migrations);
    try {
      expect(opened.schemaVersion).toBe(3);
      const tables = (
        opened.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(['first_table', 'second_table', 'third_table']);
    } finally {
      opened.db.close();
    }
  });

  it('a core whose migration fails releases its lock and leaves the store at its old version', () => {
    const migrations = makeTempDir('frontdesk-migrations-');
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, '001_initial.sql'), path.join(migrations, '001_initial.sql'));
    const dataDir = makeTempDir();
    openCore({ dataDir, migrationsDir: migrations }).close();
    fs.writeFileSync(
      path.join(migrations, '002_broken.sql'),
      'ALTER TABLE staff ADD COLUMN nickname TEXT NOT NULL DEFAULT ""; ALTER TABLE no_such_table ADD COLUMN x;',
    );
    expect(() => openCore({ dataDir, migrationsDir: migrations })).toThrow(/no such table/);
    expect(fs.existsSync(path.join(dataDir, 'frontdesk.lock'))).toBe(false);
    const db = new Database(path.join(dataDir, 'frontdesk.sqlite'), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      const cols = (db.prepare('PRAGMA table_info(staff)').all() as { name: string }[]).map((c) => c.name);
      expect(cols).not.toContain('nickname');
    } finally {
      db.close();
    }
  });

  it.each(['delete', 'wal'])('refuses a store written by a newer version (journal mode %s) and leaves its bytes untouched', (journal) => {
    const dataDir = makeTempDir();
    const file = path.join(dataDir, 'frontdesk.sqlite');
    // A store as a newer Frontdesk would leave it: its own schema and a higher user_version.
    const newer = new Database(file);
    newer.pragma(`journal_mode = ${journal}`);
    newer.exec(
      "CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO future_things (what) VALUES ('from the future');",
    );
    newer.pragma('user_version = 99');
    newer.close();
    const before = sha256(file);
    const listing = fs.readdirSync(dataDir).sort();

    let error: unknown;
    try {
      openCore({ dataDir }).close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(NewerStoreError);
    expect((error as Error).message).toMatch(/newer version of Frontdesk.*schema 99/);
    expect(sha256(file)).toBe(before);
    expect(
      fs
        .readdirSync(dataDir)
        .filter((f) => f !== 'frontdesk.instance-lock')
        .sort(),
    ).toEqual(listing); // the lock's own file stays
  });

  it('lets only one core use a data directory at a time', () => {
    const { dataDir } = track(makeCore());
    expect(() => openCore({ dataDir })).toThrow(StoreLockedError);
    expect(fs.readFileSync(path.join(dataDir, 'frontdesk.lock'), 'utf8')).toBe(String(process.pid));
  });

  it('refuses a store another running process holds, naming it', async () => {
    const dataDir = makeTempDir();
    // A second process holding the lock for real: a child that opens a core on the folder and waits.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./electron/core/store/lock.ts').then((m) => { m.acquireStoreLock(${JSON.stringify(dataDir)}); console.log('held'); setTimeout(() => {}, 60000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      expect(() => openCore({ dataDir })).toThrow(new RegExp(`process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
    }
    // Killed, the holder's lock went with it: the folder opens at once.
    await new Promise((r) => holder.once('exit', r));
    const { core } = track(makeCore({ dataDir }));
    expect(fs.readFileSync(path.join(dataDir, 'frontdesk.lock'), 'utf8')).toBe(String(process.pid));
    core.close();
    cores.pop();
  });

  it('starts when the lock file names a live process that is not a Frontdesk (a reused process id)', async () => {
    const dataDir = makeTempDir();
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => unrelated.once('spawn', r));
      fs.writeFileSync(path.join(dataDir, 'frontdesk.lock'), String(unrelated.pid));
      const { core } = track(makeCore({ dataDir }));
      expect(fs.readFileSync(path.join(dataDir, 'frontdesk.lock'), 'utf8')).toBe(String(process.pid));
      core.close();
      cores.pop();
    } finally {
      unrelated.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dataDir = makeTempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    expect(deadPid).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dataDir, 'frontdesk.lock'), String(deadPid));
    const { core } = track(makeCore({ dataDir }));
    expect(fs.readFileSync(path.join(dataDir, 'frontdesk.lock'), 'utf8')).toBe(String(process.pid));
    core.close();
    cores.pop();
    expect(fs.existsSync(path.join(dataDir, 'frontdesk.lock'))).toBe(false);
  });
});

describe('audit log queries', () => {
  // No ANALYZE here: the app never runs it, so the plans below are the ones a shop's store gets.
  /** Runs the real listAudit, capturing its SQL and arguments, and returns the query plan of each. */
  function plansFor(core: Core, query: Record<string, unknown>): string[] {
    const captured: { sql: string; args: unknown[] }[] = [];
    const spy = new Proxy(core.db, {
      get(target, prop) {
        if (prop !== 'prepare') return Reflect.get(target, prop, target) as unknown;
        return (sql: string) => {
          const stmt = target.prepare(sql);
          return {
            all: (...args: unknown[]) => {
              captured.push({ sql, args });
              return stmt.all(...args);
            },
          };
        };
      },
    });
    listAudit(spy, auditQuery.parse(query));
    expect(captured).toHaveLength(1);
    const { sql, args } = captured[0]!;
    return (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);
  }

  function seed(core: Core): void {
    const insert = core.db.prepare(
      "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, after_json, origin) VALUES (?, NULL, ?, ?, ?, '{}', 'seed')",
    );
    core.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) {
        insert.run(
          new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
          ['staff.create', 'auth.signIn', 'settings.update', 'backup.create'][i % 4],
          ['staff', 'settings', 'backup'][i % 3],
          String(i),
        );
      }
    })();
  }

  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['by time range', { from: '2026-01-02T00:00:00.000Z', to: '2026-01-02T06:00:00.000Z' }, /USING INDEX audit_at/],
    ['by actor', { actorId: 3 }, /USING INDEX audit_actor/],
    ['by action prefix', { action: 'staff.' }, /USING INDEX audit_action/],
    ['by entity', { entity: 'backup' }, /USING INDEX audit_entity/],
  ];

  it.each(cases)('filters %s through its index', (_label, query, index) => {
    const { core } = track(makeCore());
    seed(core);
    const plan = plansFor(core, query);
    expect(plan.join('\n')).toMatch(index);
    expect(plan.join('\n')).not.toMatch(/^SCAN a$/m);
  });

  it('returns the rows the filters ask for', () => {
    const { core } = track(makeCore());
    seed(core);
    const page = listAudit(core.db, auditQuery.parse({ action: 'staff.', limit: 5 }));
    expect(page.rows).toHaveLength(5);
    expect(page.rows.every((r) => r.action === 'staff.create')).toBe(true);
    expect(page.nextBeforeId).toBe(page.rows.at(-1)!.id);
    const next = listAudit(core.db, auditQuery.parse({ action: 'staff.', limit: 5, beforeId: page.nextBeforeId }));
    expect(next.rows[0]!.id).toBeLessThan(page.nextBeforeId!);
    // LIKE wildcards in the filter are taken literally.
    expect(listAudit(core.db, auditQuery.parse({ action: 's%' })).rows).toEqual([]);
  });
});
