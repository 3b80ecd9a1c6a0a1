import type { Counter, Ticket, TicketStatus } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { queueDay } from './day.ts';
import { emitCall, recordTicketEvent } from './events.ts';
import { requireActiveService } from './layout.ts';
import { CALL_ORDER_SQL, counterServes, requireActiveCounter, requireTicket, TICKET_SELECT, toTicket, type TicketRow } from './rows.ts';
import { seatAtCounter } from './setup.ts';
import { nameIn } from '../../../../shared/names.ts';

/**
 * Counter operations on tickets. Each runs in one immediate transaction (so two counters calling at
 * the same instant are serialised by SQLite and never get the same ticket), writes a ticket_events
 * row, and announces calls to the displays only after the commit.
 */

function refuseState(ticket: Ticket): never {
  throw new AppError('INVALID_STATE', `Ticket ${ticket.number} is ${ticket.status}`, {}, { state: ticket.status });
}

function expectState(ticket: Ticket, allowed: readonly TicketStatus[]): void {
  if (!allowed.includes(ticket.status)) refuseState(ticket);
}

/**
 * The counter a call is made from, checked before anything is written: the caller sits there, or it is
 * free (and `seat` opens it for them); a counter someone else sits at, or one on break, is refused.
 */
function callingCounter(ctx: CallContext, counterId: number): { counter: Counter; seat: (now: string) => void } {
  const counter = requireActiveCounter(ctx.core.db, counterId);
  const actorId = ctx.actor?.id ?? null;
  if (counter.openStaffId !== null && counter.openStaffId !== actorId) {
    throw new AppError(
      'INVALID_STATE',
      `${nameIn('en', counter)} is open for ${counter.openStaffName ?? 'another staff member'}`,
      {},
      { state: 'notOpen' },
    );
  }
  if (counter.breakStartedAt !== null) {
    throw new AppError('INVALID_STATE', `${nameIn('en', counter)} is on break`, {}, { state: 'onBreak' });
  }
  const seat = (now: string) => {
    if (counter.openStaffId === null && actorId !== null) seatAtCounter(ctx, counter.id, actorId, now);
  };
  return { counter, seat };
}

/** A counter holds one ticket at a time: the one it was calling or serving is finished first. */
function finishCurrent(ctx: CallContext, counterId: number, now: string): void {
  const { db } = ctx.core;
  const current = db.prepare("SELECT id, status FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving')").all(counterId) as {
    id: number;
    status: TicketStatus;
  }[];
  for (const t of current) {
    db.prepare("UPDATE tickets SET status = 'done', finished_at = ? WHERE id = ?").run(now, t.id);
    recordTicketEvent(ctx, { ticketId: t.id, action: 'finish', at: now, counterId, detail: { from: t.status, byNextCall: true } });
  }
}

function callTo(ctx: CallContext, ticket: Ticket, counterId: number, now: string): Ticket {
  const { db } = ctx.core;
  db.prepare("UPDATE tickets SET status = 'called', counter_id = ?, called_at = ?, call_count = call_count + 1 WHERE id = ?").run(
    counterId,
    now,
    ticket.id,
  );
  recordTicketEvent(ctx, { ticketId: ticket.id, action: 'call', at: now, counterId, detail: { from: ticket.status } });
  return requireTicket(db, ticket.id);
}

/** Runs a change in an immediate transaction and announces the call it made, if any, after the commit. */
function withCall<T extends Ticket | null>(ctx: CallContext, change: (now: string) => T, announce: boolean): T {
  const { db } = ctx.core;
  let now = '';
  const ticket = db
    .transaction(() => {
      now = ctx.core.nowIso();
      return change(now);
    })
    .immediate();
  if (announce && ticket !== null) emitCall(ctx.core, ticket, now);
  return ticket;
}

/**
 * Calls the next ticket for the counter, in call order, among the services it serves. Nobody waiting
 * is an answer, not a refusal: `ticket` is null and nothing is written (the ticket at the counter stays).
 */
export function callNext(ctx: CallContext, counterId: number): { ticket: Ticket | null } {
  const ticket = withCall(
    ctx,
    (now) => {
      const { db } = ctx.core;
      const { counter, seat } = callingCounter(ctx, counterId);
      const row = db
        .prepare(
          `${TICKET_SELECT}
            WHERE t.business_day = +@day AND t.status = 'waiting'
              AND t.service_id IN (SELECT service_id FROM counter_services WHERE counter_id = +@counter)
              AND (t.target_counter_id IS NULL OR t.target_counter_id = +@counter)
            ORDER BY ${CALL_ORDER_SQL}
            LIMIT 1`,
        )
        .get({ day: queueDay(ctx.core).businessDay, counter: counter.id, now }) as TicketRow | undefined;
      if (!row) return null;
      seat(now);
      finishCurrent(ctx, counter.id, now);
      return callTo(ctx, toTicket(row), counter.id, now);
    },
    true,
  );
  return { ticket };
}

/** Calls one chosen ticket (waiting, or parked) to the counter. */
export function callTicket(ctx: CallContext, counterId: number, ticketId: number): Ticket {
  return withCall(
    ctx,
    (now) => {
      const { db } = ctx.core;
      const ticket = requireTicket(db, ticketId);
      expectState(ticket, ['waiting', 'parked']);
      const counter = requireActiveCounter(db, counterId);
      if (!counterServes(db, counter.id, ticket.serviceId)) {
        throw new AppError('VALIDATION', `Invalid input: ${nameIn('en', counter)} does not serve this ticket's service`, {
          counterId: 'does not serve this service',
        });
      }
      callingCounter(ctx, counter.id).seat(now);
      finishCurrent(ctx, counter.id, now);
      return callTo(ctx, ticket, counter.id, now);
    },
    true,
  );
}

/** Announces a called ticket again. */
export function recallTicket(ctx: CallContext, ticketId: number): Ticket {
  return withCall(
    ctx,
    (now) => {
      const { db } = ctx.core;
      const ticket = requireTicket(db, ticketId);
      expectState(ticket, ['called']);
      const counterId = ticket.counterId as number;
      callingCounter(ctx, counterId).seat(now);
      db.prepare('UPDATE tickets SET call_count = call_count + 1 WHERE id = ?').run(ticket.id);
      recordTicketEvent(ctx, { ticketId: ticket.id, action: 'recall', at: now, counterId, detail: { callCount: ticket.callCount + 1 } });
      return requireTicket(db, ticket.id);
    },
    true,
  );
}

type Action = 'skip' | 'reinstate' | 'park' | 'start' | 'finish' | 'cancel';

/** A plain state change: check the state, write the columns, record the event. */
function transition(
  ctx: CallContext,
  ticketId: number,
  action: Action,
  allowed: readonly TicketStatus[],
  set: (ticket: Ticket, now: string) => { sql: string; args: unknown[]; detail?: unknown },
): Ticket {
  return withCall(
    ctx,
    (now) => {
      const { db } = ctx.core;
      const ticket = requireTicket(db, ticketId);
      expectState(ticket, allowed);
      const change = set(ticket, now);
      db.prepare(`UPDATE tickets SET ${change.sql} WHERE id = ?`).run(...change.args, ticket.id);
      recordTicketEvent(ctx, {
        ticketId: ticket.id,
        action,
        at: now,
        counterId: ticket.counterId,
        detail: change.detail ?? { from: ticket.status },
      });
      return requireTicket(db, ticket.id);
    },
    false,
  );
}

/** The called customer did not come: a no-show, who may be reinstated today if they return. */
export const skipTicket = (ctx: CallContext, ticketId: number): Ticket =>
  transition(ctx, ticketId, 'skip', ['called', 'parked'], () => ({ sql: "status = 'no_show'", args: [] }));

/** A returning no-show joins the back of today's queue. */
export function reinstateTicket(ctx: CallContext, ticketId: number): Ticket {
  const today = queueDay(ctx.core).businessDay;
  return transition(ctx, ticketId, 'reinstate', ['no_show'], (ticket, now) => {
    if (ticket.businessDay !== today) {
      throw new AppError(
        'INVALID_STATE',
        `Ticket ${ticket.number} was a no-show on ${ticket.businessDay}; only today's can be reinstated`,
        {},
        { state: 'no_show' },
      );
    }
    return {
      sql: "status = 'waiting', queued_at = ?, counter_id = NULL",
      args: [now],
      detail: { from: 'no_show', previousQueuedAt: ticket.queuedAt },
    };
  });
}

/** Set aside at the counter (the customer went to fetch something); called again later by choice. */
export const parkTicket = (ctx: CallContext, ticketId: number): Ticket =>
  transition(ctx, ticketId, 'park', ['called', 'serving'], () => ({ sql: "status = 'parked'", args: [] }));

export const startTicket = (ctx: CallContext, ticketId: number): Ticket =>
  transition(ctx, ticketId, 'start', ['called'], (_t, now) => ({ sql: "status = 'serving', started_at = ?", args: [now] }));

/** Done. A ticket finished without "start" counts its service time from its call. */
export const finishTicket = (ctx: CallContext, ticketId: number): Ticket =>
  transition(ctx, ticketId, 'finish', ['called', 'serving'], (_t, now) => ({
    sql: "status = 'done', started_at = coalesce(started_at, called_at), finished_at = ?",
    args: [now],
  }));

export const cancelTicket = (ctx: CallContext, ticketId: number, reason: string): Ticket =>
  transition(ctx, ticketId, 'cancel', ['waiting', 'called', 'serving', 'parked'], (t, now) => ({
    sql: "status = 'cancelled', finished_at = ?",
    args: [now],
    detail: { from: t.status, ...(reason ? { reason } : {}) },
  }));

/**
 * Sends a ticket to another service and/or counter. It waits again in its original place: issued_at
 * and queued_at are kept. A counter that does not serve the (new) service is refused.
 */
export function transferTicket(ctx: CallContext, input: { ticketId: number; serviceId: number | null; counterId: number | null }): Ticket {
  return withCall(
    ctx,
    (now) => {
      const { db } = ctx.core;
      const ticket = requireTicket(db, input.ticketId);
      expectState(ticket, ['waiting', 'called', 'serving', 'parked']);
      const serviceId = input.serviceId ?? ticket.serviceId;
      if (input.serviceId !== null) requireActiveService(db, input.serviceId);
      if (input.counterId !== null) {
        const counter = requireActiveCounter(db, input.counterId);
        if (!counterServes(db, counter.id, serviceId)) {
          throw new AppError('VALIDATION', `Invalid input: ${nameIn('en', counter)} does not serve this service`, {
            counterId: 'does not serve this service',
          });
        }
      }
      db.prepare(
        "UPDATE tickets SET status = 'waiting', service_id = ?, target_counter_id = ?, counter_id = NULL, started_at = NULL WHERE id = ?",
      ).run(serviceId, input.counterId, ticket.id);
      recordTicketEvent(ctx, {
        ticketId: ticket.id,
        action: 'transfer',
        at: now,
        counterId: ticket.counterId,
        detail: {
          from: ticket.status,
          fromServiceId: ticket.serviceId,
          toServiceId: serviceId,
          fromCounterId: ticket.targetCounterId,
          toCounterId: input.counterId,
        },
      });
      return requireTicket(db, ticket.id);
    },
    false,
  );
}
