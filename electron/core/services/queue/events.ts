import type Database from 'better-sqlite3';
import type { DisplayCall, Ticket } from '../../../../shared/contract/queue.ts';
import { maskName } from '../../../../shared/privacy.ts';
import type { CallContext } from '../../context.ts';
import type { Core } from '../../core.ts';
import { findCounter } from './rows.ts';

/** What ticket_events records; the issue itself ('issue', or 'checkIn' for an appointment) is on the ticket's row. */
export type TicketAction = 'call' | 'recall' | 'skip' | 'reinstate' | 'park' | 'unpark' | 'transfer' | 'start' | 'finish' | 'cancel';

/** Writes one row of the queue's own trail; call it inside the transaction that makes the change. */
export function recordTicketEvent(
  ctx: CallContext,
  e: { ticketId: number; action: TicketAction; at: string; counterId: number | null; detail?: unknown },
): void {
  ctx.core.db
    .prepare('INSERT INTO ticket_events (ticket_id, at, action, counter_id, staff_id, detail_json, origin) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      e.ticketId,
      e.at,
      e.action,
      e.counterId,
      ctx.actor?.id ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
      ctx.origin,
    );
}

interface EventRow {
  id: number;
  ticket_id: number;
  at: string;
  action: string;
  counter_id: number | null;
  staff_id: number | null;
  staff_name: string | null;
  detail_json: string | null;
}

/**
 * A ticket's trail, oldest first: its issue (from the ticket's own row, as event id 0: 'issue', or
 * 'checkIn' for an appointment's ticket), then every ticket_events row.
 */
export function listTicketEvents(db: Database.Database, ticketId: number) {
  const rows = db
    .prepare(
      `SELECT 0 AS id, t.id AS ticket_id, t.issued_at AS at, CASE t.source WHEN 'appointment' THEN 'checkIn' ELSE 'issue' END AS action,
              NULL AS counter_id, t.issued_by AS staff_id, s.name AS staff_name, t.issue_detail_json AS detail_json
         FROM tickets t LEFT JOIN staff s ON s.id = t.issued_by WHERE t.id = +@ticket
       UNION ALL
       SELECT e.id, e.ticket_id, e.at, e.action, e.counter_id, e.staff_id, s.name, e.detail_json
         FROM ticket_events e LEFT JOIN staff s ON s.id = e.staff_id WHERE e.ticket_id = +@ticket
       ORDER BY id`,
    )
    .all({ ticket: ticketId }) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    ticketId: r.ticket_id,
    at: r.at,
    action: r.action,
    counterId: r.counter_id,
    staffId: r.staff_id,
    staffName: r.staff_name,
    detail: r.detail_json === null ? null : (JSON.parse(r.detail_json) as unknown),
  }));
}

/** The call as the display shows and speaks it: the customer's name masked, never a phone. */
function displayCallOf(db: Database.Database, ticket: Ticket, at: string | null = ticket.calledAt): DisplayCall | null {
  if (ticket.counterId === null || at === null) return null;
  const counter = findCounter(db, ticket.counterId);
  if (!counter) return null;
  return {
    ticketId: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    counterId: counter.id,
    counterNameZh: counter.nameZh,
    counterNameEn: counter.nameEn,
    customerMasked: maskName(ticket.customerName),
    at,
    callCount: ticket.callCount,
  };
}

/** Tells the displays about a call (or a recall); after the commit, so they never announce what was rolled back. */
export function emitCall(core: Core, ticket: Ticket, at: string): void {
  const call = displayCallOf(core.db, ticket, at);
  if (call) core.events.emit({ type: 'queue.call', call });
}
