import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { dispatch } from '../../../electron/core/dispatch.ts';
import { updateStaff } from '../../../electron/core/services/staff.ts';
import type { Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';

const AUDIT_INSERT = `INSERT INTO audit_log (at, actor_id, approver_id, action, entity, entity_id, before_json, after_json, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** better-sqlite3's own `prepare`, which compiles the SQL every time it is called. */
function compileStatement(this: Database.Database, sql: string): Database.Statement {
  return Database.prototype.prepare.call(this, sql);
}

/**
 * A what-if without touching the core: while switched on, `db.prepare(sql)` compiles afresh on every
 * call, as the core did before it cached statements per connection (store/statements.ts puts a
 * caching `prepare` on the connection). Switching off puts back whatever the connection had.
 */
function withoutStatementCache(db: Database.Database): { on: () => void; off: () => void } {
  const own = db as unknown as Record<string, unknown>;
  let saved: { had: boolean; value: unknown } | null = null;
  return {
    on: () => {
      saved = { had: Object.hasOwn(own, 'prepare'), value: own.prepare };
      own.prepare = compileStatement;
    },
    off: () => {
      if (!saved) return;
      if (saved.had) own.prepare = saved.value;
      else delete own.prepare;
      saved = null;
    },
  };
}

/**
 * Not targets: these split `audit.write` (and `contract.inProcess`) into layers so a miss can be
 * traced to its cause. From the floor up: `diag.audit.insert` adds audit_log's four secondary indexes;
 * `diag.audit.write.sql` runs the statements of an audited staff.update (role change) on their own;
 * `diag.audit.write.service` calls the core's service function without dispatch; `audit.write` adds
 * dispatch (session lookup, zod in and out). The `.uncached` rows rerun the contract operations with
 * statement caching switched off for the duration of the call: what the core's statement cache buys.
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
    what: "The SQL of audit.write on its own, each statement prepared once: the session check (two primary-key reads), then BEGIN IMMEDIATE, the staff row, UPDATE of the role, the audit INSERT, COMMIT. Mirrors the core's staff.update for a role change; keep it in step when that changes.",
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const { db } = ctx.core;
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 1);
      const tokenHash = createHash('sha256').update(ctx.seeded.adminToken).digest('hex');
      const begin = db.prepare('BEGIN IMMEDIATE');
      const commit = db.prepare('COMMIT');
      const session = db.prepare('SELECT staff_id, expires_at, ended_at FROM sessions WHERE token_hash = ?');
      const actor = db.prepare('SELECT id, name, role FROM staff WHERE id = ? AND active = 1');
      const row = db.prepare('SELECT * FROM staff WHERE id = ?');
      const update = db.prepare('UPDATE staff SET role = @role, updated_at = @updated_at WHERE id = @id');
      const audit = db.prepare(AUDIT_INSERT);
      const roles = [who.role === 'reception' ? 'cashier' : 'reception', who.role];
      return (i) => {
        const now = new Date().toISOString();
        const s = session.get(tokenHash) as { staff_id: number; expires_at: string; ended_at: string | null } | undefined;
        if (!s || s.ended_at !== null || s.expires_at <= now || !actor.get(s.staff_id)) throw new Error('the admin session is gone');
        begin.run();
        try {
          const before = row.get(who.id) as Record<string, unknown>;
          const role = roles[i % 2];
          update.run({ role, updated_at: now, id: who.id });
          audit.run(
            now,
            ctx.seeded.admin.id,
            null,
            'staff.update',
            'staff',
            String(who.id),
            JSON.stringify(before),
            JSON.stringify({ ...before, role, updated_at: now }),
            'bench',
          );
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
    what: 'The core service updateStaff() called directly (no dispatch: no session lookup, no zod), toggling a role.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 2);
      const roles = [who.role, who.role === 'reception' ? 'cashier' : 'reception'] as const;
      const callCtx = {
        core: ctx.core,
        actor: { id: ctx.seeded.admin.id, name: ctx.seeded.admin.name, role: ctx.seeded.admin.role },
        origin: 'bench',
      };
      return (i) => {
        updateStaff(callCtx, { id: who.id, role: roles[i % 2] });
      };
    },
  },
  {
    name: 'diag.prepare',
    what: "Compiling recordAudit's INSERT with better-sqlite3's own prepare: what one statement cost per call before the core cached statements.",
    floor: null,
    cost: 'read',
    prepare({ core }) {
      return () => {
        compileStatement.call(core.db, AUDIT_INSERT);
      };
    },
  },
  {
    name: 'diag.audit.write.uncached',
    what: "audit.write (staff.update through dispatch) with the connection's statement cache switched off during the call: every statement compiled afresh.",
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const who = staffFor(ctx, ['reception', 'cashier', 'technician'], 3);
      const roles = [who.role, who.role === 'reception' ? 'cashier' : 'reception'];
      const cache = withoutStatementCache(ctx.core.db);
      return async (i) => {
        cache.on();
        try {
          const r = await dispatch(
            ctx.core,
            'staff.update',
            { id: who.id, role: roles[i % 2] },
            { token: ctx.seeded.adminToken, origin: 'bench' },
          );
          if (!r.ok) throw new Error(`staff.update failed: ${r.error.message}`);
        } finally {
          cache.off();
        }
      };
    },
  },
  {
    name: 'diag.contract.inProcess.uncached',
    what: "contract.inProcess (store.profile.get through dispatch) with the connection's statement cache switched off during the call.",
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      const cache = withoutStatementCache(ctx.core.db);
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
