import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { dispatch } from '../../../electron/core/dispatch.ts';
import { updateStaff } from '../../../electron/core/services/staff.ts';
import type { Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';

const AUDIT_INSERT = `INSERT INTO audit_log (at, actor_id, approver_id, action, entity, entity_id, before_json, after_json, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * A what-if for the core without touching it: while switched on, `db.prepare(sql)` hands back one
 * statement per SQL text instead of compiling it again, as a statement cache in the core would.
 */
function statementCache(db: Database.Database): { on(): void; off(): void } {
  const cache = new Map<string, Database.Statement>();
  const compile = db.prepare;
  const cached = function (this: Database.Database, sql: string): Database.Statement {
    let statement = cache.get(sql);
    if (!statement) {
      statement = compile.call(this, sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const own = db as unknown as Record<string, unknown>;
  return {
    on: () => {
      own.prepare = cached;
    },
    off: () => {
      delete own.prepare;
    },
  };
}

/**
 * Not targets: these split `audit.write` (and `contract.inProcess`) into layers so a miss can be
 * traced to its cause. From the floor up: `diag.audit.insert` adds audit_log's four indexes;
 * `diag.audit.write.sql` runs every statement of an audited staff.update, each prepared once;
 * `diag.audit.write.service` calls the core's service function, which prepares its statements on
 * every call; `audit.write` adds dispatch (session lookup, zod in and out). The `.cached` rows rerun
 * the contract operations with a statement cache patched over `db.prepare` for the duration of the
 * call: what caching statements in the core would buy.
 */
export const diagnostics: Measurement[] = [
  {
    name: 'diag.audit.insert',
    what: 'BEGIN IMMEDIATE; one prepared INSERT of an audit row (audit_log has four secondary indexes); COMMIT.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const { db } = ctx.core;
      const begin = db.prepare('BEGIN IMMEDIATE');
      const insert = db.prepare(AUDIT_INSERT);
      const commit = db.prepare('COMMIT');
      const after = JSON.stringify({ role: 'technician', note: 'a row about the size of an audit entry' });
      return () => {
        begin.run();
        insert.run(new Date().toISOString(), ctx.seeded.admin.id, null, 'bench.insert', 'bench', '1', null, after, 'bench');
        commit.run();
      };
    },
  },
  {
    name: 'diag.audit.write.sql',
    what: 'The SQL of audit.write alone, statements prepared once: the session lookup, then BEGIN IMMEDIATE, staff row, name check, UPDATE, staff row again, audit INSERT, COMMIT.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const { db } = ctx.core;
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 1);
      const tokenHash = createHash('sha256').update(ctx.seeded.adminToken).digest('hex');
      const begin = db.prepare('BEGIN IMMEDIATE');
      const commit = db.prepare('COMMIT');
      const session = db.prepare(
        `SELECT s.id, s.name, s.role FROM sessions x JOIN staff s ON s.id = x.staff_id
          WHERE x.token_hash = ? AND x.ended_at IS NULL AND x.expires_at > ? AND s.active = 1`,
      );
      const row = db.prepare('SELECT * FROM staff WHERE id = ?');
      const nameFree = db.prepare('SELECT id FROM staff WHERE active = 1 AND name = ? AND id <> ?');
      const update = db.prepare('UPDATE staff SET name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?');
      const audit = db.prepare(AUDIT_INSERT);
      const roles = [who.role, who.role === 'reception' ? 'cashier' : 'reception'];
      return (i) => {
        const now = new Date().toISOString();
        if (!session.get(tokenHash, now)) throw new Error('the admin session is gone');
        begin.run();
        try {
          const before = row.get(who.id) as Record<string, unknown>;
          nameFree.get(who.name, who.id);
          update.run(who.name, roles[i % 2], 1, now, who.id);
          const after = row.get(who.id) as Record<string, unknown>;
          audit.run(now, ctx.seeded.admin.id, null, 'staff.update', 'staff', String(who.id), JSON.stringify(before), JSON.stringify(after), 'bench');
          commit.run();
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      };
    },
  },
  {
    name: 'diag.audit.write.service',
    what: 'The core service updateStaff() called directly (no dispatch: no session lookup, no zod), toggling a role: its statements are prepared on every call.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 2);
      const roles = [who.role, who.role === 'reception' ? 'cashier' : 'reception'] as const;
      const callCtx = { core: ctx.core, actor: { id: ctx.seeded.admin.id, name: ctx.seeded.admin.name, role: ctx.seeded.admin.role }, origin: 'bench' };
      return (i) => {
        updateStaff(callCtx, { id: who.id, role: roles[i % 2] });
      };
    },
  },
  {
    name: 'diag.prepare',
    what: "db.prepare() of recordAudit's INSERT, as the core does on every call (better-sqlite3 does not cache statements).",
    floor: null,
    cost: 'read',
    prepare({ core }) {
      return () => {
        core.db.prepare(AUDIT_INSERT);
      };
    },
  },
  {
    name: 'diag.audit.write.cached',
    what: 'audit.write (staff.update through dispatch) with a statement cache patched over db.prepare during the call.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 3);
      const roles = [who.role, who.role === 'reception' ? 'cashier' : 'reception'];
      const cache = statementCache(ctx.core.db);
      return async (i) => {
        cache.on();
        try {
          const r = await dispatch(ctx.core, 'staff.update', { id: who.id, role: roles[i % 2] }, { token: ctx.seeded.adminToken, origin: 'bench' });
          if (!r.ok) throw new Error(`staff.update failed: ${r.error.message}`);
        } finally {
          cache.off();
        }
      };
    },
  },
  {
    name: 'diag.contract.inProcess.cached',
    what: 'contract.inProcess (store.profile.get through dispatch) with a statement cache patched over db.prepare during the call.',
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      const cache = statementCache(ctx.core.db);
      return async () => {
        cache.on();
        try {
          const r = await dispatch(ctx.core, 'store.profile.get', {}, { token: ctx.seeded.adminToken, origin: 'bench' });
          if (!r.ok) throw new Error(`store.profile.get failed: ${r.error.message}`);
        } finally {
          cache.off();
        }
      };
    },
  },
];
