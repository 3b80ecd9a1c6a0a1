import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { issueTicketTx, printQueueSlip, requireTicket } from '../queue/index.ts';
import { bookingClock } from './placement.ts';
import { plusMinutes, requireAppointment } from './rows.ts';
import { requireAwaiting } from './status.ts';

export interface CheckedIn {
  appointment: Appointment;
  ticket: Ticket;
  late: boolean;
  ahead: number;
  estimatedMinutes: number;
  printJobId: number | null;
}

/**
 * The customer arrived: the booking becomes a ticket in the same transaction. Inside the grace window
 * [start - grace, start + grace] the ticket carries that window and is called first while it lasts;
 * after it, the ticket is an ordinary one, served in normal order. A booked counter becomes the
 * ticket's target counter. The slip is queued after the commit.
 */
export function checkInAppointment(ctx: CallContext, id: number): CheckedIn {
  const { db } = ctx.core;
  const done = db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const clock = bookingClock(db, now);
      const before = requireAppointment(db, id, clock.graceMinutes, now);
      requireAwaiting(before);
      if (before.businessDay !== businessDate(Date.parse(now), clock.timeZone)) {
        throw new AppError(
          'INVALID_STATE',
          `The appointment is for ${before.businessDay}`,
          {},
          { state: 'otherDay', day: before.businessDay },
        );
      }
      const windowEnd = plusMinutes(before.startsAt, clock.graceMinutes);
      const late = now > windowEnd;
      const issued = issueTicketTx(ctx, {
        serviceId: before.serviceId,
        customerId: before.customerId,
        assetId: before.assetId,
        priority: false,
        confirmBusy: true,
        source: 'appointment',
        window: late ? null : { start: plusMinutes(before.startsAt, -clock.graceMinutes), end: windowEnd },
        appointmentId: before.id,
      });
      // A booking that names a counter is served there: only that counter calls its ticket.
      if (before.counterId !== null)
        db.prepare('UPDATE tickets SET target_counter_id = ? WHERE id = ?').run(before.counterId, issued.ticket.id);
      const ticket = before.counterId === null ? issued.ticket : requireTicket(db, issued.ticket.id);
      db.prepare(
        "UPDATE appointments SET status = 'checkedIn', checked_in_at = ?, ticket_id = ?, checked_in_late = ?, updated_at = ? WHERE id = ?",
      ).run(now, issued.ticket.id, late ? 1 : 0, now, before.id);
      const after = requireAppointment(db, before.id, clock.graceMinutes, now);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'appointment.checkIn',
        entity: 'appointment',
        entityId: before.id,
        before,
        after,
        origin: ctx.origin,
      });
      return { appointment: after, late, ...issued, ticket };
    })
    .immediate();
  return { ...done, printJobId: printQueueSlip(ctx, done) };
}
