import type Database from 'better-sqlite3';
import type { Reminder } from '../../../../shared/contract/reminders.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { readReminders, requireReminder } from './rows.ts';
import { getReminderSettings } from './settings.ts';

/**
 * The reminder's cycle (docs/reminders.md): set for a time; due when its next alert comes; taken in
 * hand; then done, or no answer (back after the retry interval; escalated to the duty manager once the
 * attempt limit is reached, and flagged until it is done); or cancelled with a reason. Every step is
 * audited in the transaction that makes it.
 */

const MINUTE_MS = 60_000;
/** Instants are compared as text: every one is written in the same form (`toISOString`). */
const instant = (ms: number) => new Date(ms).toISOString();

interface NewReminder {
  kind: Reminder['kind'];
  concerns: { customerId: number | null; jobId: number | null; appointmentId: number | null; room: string; phone: string };
  dueAt: string;
  note: string;
  ownerId: number | null;
}

export function createReminder(ctx: CallContext, input: NewReminder): Reminder {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const c = input.concerns;
      const exists = (table: string, id: number | null, field: string) => {
        if (id !== null && !db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id))
          throw new AppError('NOT_FOUND', `There is no ${field.replace(/Id$/, '')} ${id}`, {
            [`concerns.${field}`]: `is not a ${field.replace(/Id$/, '')}`,
          });
      };
      exists('customers', c.customerId, 'customerId');
      exists('jobs', c.jobId, 'jobId');
      exists('appointments', c.appointmentId, 'appointmentId');
      if (input.ownerId !== null && !db.prepare('SELECT 1 FROM staff WHERE id = ? AND active = 1').get(input.ownerId))
        throw new AppError('NOT_FOUND', `There is no active staff member ${input.ownerId}`, { ownerId: 'is not an active staff member' });
      const now = ctx.core.nowIso();
      const due = instant(Date.parse(input.dueAt));
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO reminders (kind, customer_id, job_id, appointment_id, room, phone, note, due_at, next_at, owner_id, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.kind,
          c.customerId,
          c.jobId,
          c.appointmentId,
          c.room,
          c.phone,
          input.note,
          due,
          due,
          input.ownerId ?? actor.id,
          now,
          actor.id,
        );
      const id = Number(lastInsertRowid);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'reminder.create',
        entity: 'reminder',
        entityId: id,
        after: { kind: input.kind, dueAt: due, note: input.note },
        origin: ctx.origin,
      });
      return requireReminder(db, id);
    })
    .immediate();
}

/** A reminder still to be seen to: refused, naming `reminderId`, once it is done or cancelled. */
function requireLive(ctx: CallContext, id: number): Reminder {
  const r = requireReminder(ctx.core.db, id);
  if (r.status === 'done' || r.status === 'cancelled')
    throw new AppError('CONFLICT', `Reminder ${id} is already ${r.status}`, { reminderId: `is already ${r.status}` }, { status: r.status });
  return r;
}

/** A live reminder whose alert has come (an escalated one always has). */
function requireAlerting(ctx: CallContext, id: number): Reminder {
  const r = requireLive(ctx, id);
  if (r.status === 'pending' && r.nextAt > ctx.core.nowIso())
    throw new AppError('CONFLICT', `Reminder ${id} is not due until ${r.nextAt}`, { reminderId: 'is not due yet' }, { nextAt: r.nextAt });
  return r;
}

/** Takes an alerting reminder in hand; someone else's stays theirs. */
export function takeReminder(ctx: CallContext, id: number): Reminder {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const r = requireAlerting(ctx, id);
      if (r.takenById === actor.id) return r;
      if (r.takenById !== null)
        throw new AppError(
          'CONFLICT',
          `${r.takenByName} has reminder ${id} in hand`,
          { reminderId: 'is in someone else’s hands' },
          { takenBy: r.takenByName ?? '' },
        );
      const now = ctx.core.nowIso();
      db.prepare('UPDATE reminders SET taken_by = ?, taken_at = ? WHERE id = ?').run(actor.id, now, id);
      recordAudit(db, { at: now, actorId: actor.id, action: 'reminder.take', entity: 'reminder', entityId: id, origin: ctx.origin });
      return requireReminder(db, id);
    })
    .immediate();
}

/** Done, or no answer: back after the retry interval, escalated once the tries are used up. */
export function recordOutcome(ctx: CallContext, input: { reminderId: number; outcome: 'done' | 'noAnswer'; note: string }): Reminder {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const r = requireAlerting(ctx, input.reminderId);
      const nowMs = ctx.core.clock.now();
      const now = instant(nowMs);
      const audit = (action: 'reminder.done' | 'reminder.noAnswer' | 'reminder.escalate', after: Record<string, unknown>) =>
        recordAudit(db, { at: now, actorId: actor.id, action, entity: 'reminder', entityId: r.id, after, origin: ctx.origin });
      if (input.outcome === 'done') {
        db.prepare(
          "UPDATE reminders SET status = 'done', closed_at = ?, closed_by = ?, outcome_note = ?, taken_by = NULL, taken_at = NULL WHERE id = ?",
        ).run(now, actor.id, input.note, r.id);
        audit('reminder.done', { note: input.note, attempts: r.attempts });
        return requireReminder(db, r.id);
      }
      const attempts = r.attempts + 1;
      const { retryMinutes, attemptLimit } = getReminderSettings(db);
      const escalates = r.status === 'pending' && attempts >= attemptLimit;
      const status = r.status === 'escalated' || escalates ? 'escalated' : 'pending';
      const next = status === 'escalated' ? now : instant(nowMs + retryMinutes * MINUTE_MS);
      db.prepare(
        'UPDATE reminders SET attempts = ?, status = ?, next_at = ?, outcome_note = ?, taken_by = NULL, taken_at = NULL WHERE id = ?',
      ).run(attempts, status, next, input.note, r.id);
      audit('reminder.noAnswer', { attempts, nextAt: next, note: input.note });
      if (escalates) audit('reminder.escalate', { attempts });
      return requireReminder(db, r.id);
    })
    .immediate();
}

export function cancelReminder(ctx: CallContext, input: { reminderId: number; reason: string }): Reminder {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const r = requireLive(ctx, input.reminderId);
      const now = ctx.core.nowIso();
      db.prepare(
        "UPDATE reminders SET status = 'cancelled', closed_at = ?, closed_by = ?, outcome_note = ?, taken_by = NULL, taken_at = NULL WHERE id = ?",
      ).run(now, actor.id, input.reason, r.id);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'reminder.cancel',
        entity: 'reminder',
        entityId: r.id,
        after: { reason: input.reason },
        origin: ctx.origin,
      });
      return requireReminder(db, r.id);
    })
    .immediate();
}

/** What alerts now: pending reminders whose next alert has come (overdue ones too), and escalated ones. */
export function dueReminders(ctx: CallContext): { now: string; due: Reminder[]; escalated: Reminder[] } {
  const now = ctx.core.nowIso();
  const { db } = ctx.core;
  return {
    now,
    due: readReminders(db, "WHERE r.status = 'pending' AND r.next_at <= @now ORDER BY r.next_at, r.id", { now }),
    escalated: readReminders(db, "WHERE r.status = 'escalated' ORDER BY r.next_at, r.id"),
  };
}

export function listReminders(ctx: CallContext, input: { from: string; to: string }): Reminder[] {
  return readReminders(ctx.core.db, 'WHERE r.due_at >= @from AND r.due_at < @to ORDER BY r.due_at, r.id', {
    from: instant(Date.parse(input.from)),
    to: instant(Date.parse(input.to)),
  });
}

/**
 * The alarm's two questions: did a pending reminder fall due after `since` and by `now` (then the
 * consoles are told), and when does the next one after `now` fall due (null when none waits).
 */
export function alarmState(db: Database.Database, since: string, now: string): { fellDue: boolean; nextAt: string | null } {
  const fellDue = db.prepare("SELECT 1 FROM reminders WHERE status = 'pending' AND next_at > ? AND next_at <= ? LIMIT 1").get(since, now);
  const next = db.prepare("SELECT min(next_at) AS at FROM reminders WHERE status = 'pending' AND next_at > ?").get(now) as {
    at: string | null;
  };
  return { fellDue: fellDue !== undefined, nextAt: next.at };
}
