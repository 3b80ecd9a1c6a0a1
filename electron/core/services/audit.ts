import type Database from 'better-sqlite3';
import type { AuditEntry, AuditQuery } from '../../../shared/contract/audit.ts';
import { isAuditAction, type AuditAction } from '../../../shared/audit-actions.ts';

export interface AuditRecord {
  at: string;
  actorId: number | null;
  approverId?: number | null;
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  origin: string;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Writes one audit row; call it inside the transaction that makes the change. */
export function recordAudit(db: Database.Database, r: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_id, approver_id, action, entity, entity_id, before_json, after_json, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.at,
    r.actorId,
    r.approverId ?? null,
    r.action,
    r.entity,
    r.entityId == null ? null : String(r.entityId),
    json(r.before),
    json(r.after),
    r.origin,
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  approver_id: number | null;
  approver_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  origin: string;
}

const parse = (text: string | null): unknown => (text == null ? null : JSON.parse(text));

export function listAudit(db: Database.Database, q: AuditQuery): { rows: AuditEntry[]; nextBeforeId: number | null } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.from) {
    where.push('a.at >= ?');
    args.push(q.from);
  }
  if (q.to) {
    where.push('a.at < ?');
    args.push(q.to);
  }
  if (q.actorId) {
    where.push('a.actor_id = ?');
    args.push(q.actorId);
  }
  // A known action matches itself only (auth.signIn is not auth.signIn.wrongPin); anything else is a
  // prefix, as a range rather than LIKE: LIKE is case-insensitive, so it cannot use the audit_action index.
  if (q.action && isAuditAction(q.action)) {
    where.push('a.action = ?');
    args.push(q.action);
  } else if (q.action) {
    where.push('a.action >= ? AND a.action < ?');
    args.push(q.action, `${q.action}\u{10FFFF}`);
  }
  if (q.entity) {
    where.push('a.entity = ?');
    args.push(q.entity);
  }
  if (q.text) {
    where.push("(a.entity_id = ? OR a.before_json LIKE ? ESCAPE '\\' OR a.after_json LIKE ? ESCAPE '\\')");
    const like = `%${escapeLike(q.text)}%`;
    args.push(q.text, like, like);
  }
  if (q.beforeId) {
    where.push('a.id < ?');
    args.push(q.beforeId);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor_id, s.name AS actor_name, a.approver_id, p.name AS approver_name,
              a.action, a.entity, a.entity_id, a.before_json, a.after_json, a.origin
         FROM audit_log a
         LEFT JOIN staff s ON s.id = a.actor_id
         LEFT JOIN staff p ON p.id = a.approver_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC
        LIMIT ?`,
    )
    .all(...args, q.limit + 1) as AuditRow[];
  const page = rows.slice(0, q.limit);
  return {
    rows: page.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      approverId: r.approver_id,
      approverName: r.approver_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: parse(r.before_json),
      after: parse(r.after_json),
      origin: r.origin,
    })),
    nextBeforeId: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
