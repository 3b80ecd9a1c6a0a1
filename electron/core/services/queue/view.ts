import type { Counter, ServiceLoad, Ticket } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import type { Core } from '../../core.ts';
import { queueDay } from './day.ts';
import { estimateWait, serviceLoads } from './estimate.ts';
import { listTicketEvents } from './events.ts';
import { ticketAhead } from './issue.ts';
import { CALL_ORDER_SQL, requireActiveCounter, requireTicket, TICKET_SELECT, toTicket, type TicketRow } from './rows.ts';
import { recordAudit } from '../audit.ts';
import { reprintQueueSlip } from './slip.ts';

/** Reads of the queue for reception and the counters. */

/**
 * Today's queue: every active service's load and today's tickets that are not finished (waiting,
 * called, serving, parked) plus today's no-shows (so a returning one can be found and reinstated),
 * in call order.
 */
export function queueOverview(core: Core): { businessDay: string; services: ServiceLoad[]; tickets: Ticket[] } {
  const day = queueDay(core);
  const rows = core.db
    .prepare(
      `${TICKET_SELECT}
        WHERE t.business_day = @day AND t.status IN ('waiting', 'called', 'serving', 'parked', 'no_show')
        ORDER BY ${CALL_ORDER_SQL}`,
    )
    .all({ day: day.businessDay, now: day.nowIso }) as TicketRow[];
  return { businessDay: day.businessDay, services: serviceLoads(core), tickets: rows.map(toTicket) };
}

export function ticketDetail(core: Core, ticketId: number) {
  return { ticket: requireTicket(core.db, ticketId), events: listTicketEvents(core.db, ticketId) };
}

/**
 * A counter's screen: who sits there, the ticket it is calling or serving, the tickets parked there,
 * how many wait for it, the one "call next" would call, and the wait of the last of those in line
 * (the longest estimate among the services it serves).
 */
export function counterView(
  core: Core,
  counterId: number,
): {
  counter: Counter;
  current: Ticket | null;
  parked: Ticket[];
  waiting: number;
  next: Ticket | null;
  estimatedMinutes: number;
} {
  const { db } = core;
  const counter = requireActiveCounter(db, counterId);
  const day = queueDay(core);
  const args = { day: day.businessDay, counter: counter.id, now: day.nowIso };
  const current = db
    .prepare(`${TICKET_SELECT} WHERE t.counter_id = @counter AND t.status IN ('called', 'serving') ORDER BY t.called_at DESC LIMIT 1`)
    .get(args) as TicketRow | undefined;
  const parked = db
    .prepare(`${TICKET_SELECT} WHERE t.counter_id = @counter AND t.status = 'parked' AND t.business_day = @day ORDER BY t.queued_at, t.id`)
    .all(args) as TicketRow[];
  const eligible = `t.business_day = @day AND t.status = 'waiting'
       AND t.service_id IN (SELECT service_id FROM counter_services WHERE counter_id = @counter)
       AND (t.target_counter_id IS NULL OR t.target_counter_id = @counter)`;
  const next = db.prepare(`${TICKET_SELECT} WHERE ${eligible} ORDER BY ${CALL_ORDER_SQL} LIMIT 1`).get(args) as TicketRow | undefined;
  const perService = db
    .prepare(`SELECT t.service_id AS serviceId, count(*) AS n FROM tickets t WHERE ${eligible} GROUP BY t.service_id`)
    .all(args) as { serviceId: number; n: number }[];
  const waiting = perService.reduce((sum, s) => sum + s.n, 0);
  const estimatedMinutes = perService.reduce((most, s) => Math.max(most, estimateWait(core, s.serviceId, s.n)), 0);
  return {
    counter,
    current: current ? toTicket(current) : null,
    parked: parked.map(toTicket),
    waiting,
    next: next ? toTicket(next) : null,
    estimatedMinutes,
  };
}

/**
 * Prints a ticket's slip again, with the people ahead and the wait as they stand now and the reprint
 * mark; not for a finished one. Audited (who asked for a second slip of which number).
 */
export function reprintSlip(ctx: CallContext, ticketId: number): { printJobId: number | null } {
  const ticket = requireTicket(ctx.core.db, ticketId);
  if (ticket.status === 'done' || ticket.status === 'cancelled') {
    throw new AppError('INVALID_STATE', `Ticket ${ticket.number} is ${ticket.status}`, {}, { state: ticket.status });
  }
  const ahead = ticketAhead(ctx.core.db, ticket, ctx.core.nowIso());
  const estimatedMinutes = ticket.status === 'waiting' ? estimateWait(ctx.core, ticket.serviceId, ahead) : 0;
  // The slip's print job and its audit row are written together: the reprint is recorded, or not made.
  const printJobId = ctx.core.db
    .transaction(() => {
      const jobId = reprintQueueSlip(ctx, { ticket, ahead, estimatedMinutes });
      if (jobId !== null) {
        recordAudit(ctx.core.db, {
          at: ctx.core.nowIso(),
          actorId: ctx.actor?.id ?? null,
          action: 'queue.slip.reprint',
          entity: 'ticket',
          entityId: ticket.id,
          after: { number: ticket.number, printJobId: jobId },
          origin: ctx.origin,
        });
      }
      return jobId;
    })
    .immediate();
  return { printJobId };
}
