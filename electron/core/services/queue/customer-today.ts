import type Database from 'better-sqlite3';
import type { CustomerToday } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { Core } from '../../core.ts';
import { queueDay } from './day.ts';
import { TICKET_SELECT, toTicket, type TicketRow } from './rows.ts';

/** A number the customer still holds: not finished, not missed, not cancelled. */
const LIVE_STATUSES = "('waiting', 'called', 'serving', 'parked')";

/**
 * A customer's day at reception: their live numbers, their bookings still to arrive (the appointments
 * table is read here, not through its area, since appointments already builds on the queue), and the
 * service of their latest number as the one they usually come for.
 */
function customerTodayOn(db: Database.Database, businessDay: string, customerId: number): CustomerToday {
  if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) {
    throw new AppError('NOT_FOUND', `There is no customer with id ${customerId}`, { customerId: 'is not a customer' });
  }
  const tickets = (
    db
      .prepare(`${TICKET_SELECT} WHERE t.customer_id = ? AND t.business_day = ? AND t.status IN ${LIVE_STATUSES} ORDER BY t.id`)
      .all(customerId, businessDay) as TicketRow[]
  ).map(toTicket);
  const bookings = (
    db
      .prepare(
        `SELECT id, service_id, starts_at, status FROM appointments
          WHERE customer_id = ? AND business_day = ? AND status IN ('booked', 'confirmed') ORDER BY starts_at, id`,
      )
      .all(customerId, businessDay) as { id: number; service_id: number; starts_at: string; status: 'booked' | 'confirmed' }[]
  ).map((b) => ({ id: b.id, serviceId: b.service_id, startsAt: b.starts_at, status: b.status }));
  const usual = db
    .prepare(
      `SELECT t.service_id AS id FROM tickets t JOIN services s ON s.id = t.service_id
        WHERE t.customer_id = ? AND s.active = 1 ORDER BY t.id DESC LIMIT 1`,
    )
    .get(customerId) as { id: number } | undefined;
  return { customerId, tickets, bookings, usualServiceId: usual?.id ?? null };
}

export function customerToday(core: Core, customerId: number): CustomerToday {
  return customerTodayOn(core.db, queueDay(core).businessDay, customerId);
}

/**
 * Refuses a walk-in number for a customer who already holds a live number or a booking still to
 * arrive today, naming the first of each, unless the receptionist confirmed a second number. One
 * read on the customer's index of each table; most customers hold neither, and nothing more is read.
 */
export function assertNotQueuedToday(db: Database.Database, businessDay: string, customerId: number): void {
  const found = db
    .prepare(
      `SELECT (SELECT t.id FROM tickets t WHERE t.customer_id = @customer AND t.business_day = @day AND t.status IN ${LIVE_STATUSES}
                ORDER BY t.id LIMIT 1) AS ticketId,
              (SELECT a.id FROM appointments a WHERE a.customer_id = @customer AND a.business_day = @day AND a.status IN ('booked', 'confirmed')
                ORDER BY a.starts_at, a.id LIMIT 1) AS appointmentId`,
    )
    .get({ customer: customerId, day: businessDay }) as { ticketId: number | null; appointmentId: number | null };
  if (found.ticketId === null && found.appointmentId === null) return;
  const today = customerTodayOn(db, businessDay, customerId);
  const ticket = today.tickets[0];
  const booking = today.bookings[0];
  const params: Record<string, string | number> = { customerId };
  if (ticket) Object.assign(params, { ticketId: ticket.id, ticketNumber: ticket.number, ticketStatus: ticket.status });
  if (booking) Object.assign(params, { appointmentId: booking.id, appointmentStartsAt: booking.startsAt });
  throw new AppError(
    'ALREADY_QUEUED',
    ticket ? `The customer already holds number ${ticket.number} today` : `The customer has a booking today at ${booking!.startsAt}`,
    {},
    params,
  );
}
