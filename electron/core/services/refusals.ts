import type Database from 'better-sqlite3';
import { recordAudit } from './audit.ts';

/** At most this many distinct operation names are kept on a coalesced refusal row. */
const MAX_OPERATIONS = 20;

interface Refusal {
  at: string;
  /** The signed-in staff member refused, or null when the caller was not signed in. */
  actorId: number | null;
  operation: string;
  reason: string;
  origin: string;
}

interface CoalescedAfter {
  reason: string;
  count: number;
  operations: string[];
}

/**
 * Records a refused call in the audit log. A signed-in staff member's refusal is one row each (they are
 * known and accountable). Calls refused because nobody was signed in are coalesced: one row per origin
 * and minute, whose `after` counts the refusals and names the operations tried, so anything that can
 * reach the station cannot grow the audit log without bound. Call it inside an immediate transaction.
 */
export function recordRefusal(db: Database.Database, r: Refusal): void {
  if (r.actorId != null) {
    recordAudit(db, {
      at: r.at,
      actorId: r.actorId,
      action: 'access.denied',
      entity: 'operation',
      entityId: r.operation,
      after: { reason: r.reason },
      origin: r.origin,
    });
    return;
  }
  const minuteStart = `${r.at.slice(0, 16)}:00.000Z`;
  // `+action` keeps the planner on the time index: only this minute's rows are looked at.
  const row = db
    .prepare(
      `SELECT id, after_json FROM audit_log
        WHERE at >= ? AND +action = 'access.denied' AND actor_id IS NULL AND origin = ?
        ORDER BY id DESC LIMIT 1`,
    )
    .get(minuteStart, r.origin) as { id: number; after_json: string } | undefined;
  if (!row) {
    const after: CoalescedAfter = { reason: r.reason, count: 1, operations: [r.operation] };
    recordAudit(db, {
      at: r.at,
      actorId: null,
      action: 'access.denied',
      entity: 'operation',
      entityId: r.operation,
      after,
      origin: r.origin,
    });
    return;
  }
  const before = JSON.parse(row.after_json) as CoalescedAfter;
  const operations =
    before.operations.includes(r.operation) || before.operations.length >= MAX_OPERATIONS
      ? before.operations
      : [...before.operations, r.operation];
  const after: CoalescedAfter = { reason: before.reason, count: before.count + 1, operations };
  db.prepare('UPDATE audit_log SET after_json = ? WHERE id = ?').run(JSON.stringify(after), row.id);
}
