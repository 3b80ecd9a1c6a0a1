import type { AuditAction } from '../../../../shared/audit-actions.ts';
import type { Appointment, ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { bookingClock, type BookingClock } from './placement.ts';
import { AWAITING, plusMinutes, requireAppointment } from './rows.ts';

/** Refuses anything but a booking still to come: checked in, no-show and cancelled ones are final. */
export function requireAwaiting(a: Appointment): void {
  if (!AWAITING.includes(a.status)) throw new AppError('INVALID_STATE', `The appointment is ${a.status}`, {}, { state: a.status });
}

/**
 * Loads an appointment still to come, applies `change` (an UPDATE) and writes the audit row, all in one
 * transaction; the appointment as it is afterwards is returned.
 */
function transition(ctx: CallContext, id: number, action: AuditAction, change: (a: Appointment, clock: BookingClock) => void): Appointment {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const clock = bookingClock(db, now);
      const before = requireAppointment(db, id, clock.graceMinutes, now);
      requireAwaiting(before);
      change(before, clock);
      const after = requireAppointment(db, id, clock.graceMinutes, now);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action,
        entity: 'appointment',
        entityId: id,
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}

/** Cancels a booking with the reason; the row is kept and its place freed. */
export function cancelAppointment(ctx: CallContext, id: number, reason: string): Appointment {
  return transition(ctx, id, 'appointment.cancel', (a, clock) => {
    ctx.core.db
      .prepare("UPDATE appointments SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ?")
      .run(clock.nowIso, reason, clock.nowIso, a.id);
  });
}

/** Records that the customer confirmed (the day-before call or message); confirming again updates it. */
export function confirmAppointment(ctx: CallContext, id: number, channel: ConfirmChannel, note: string): Appointment {
  return transition(ctx, id, 'appointment.confirm', (a, clock) => {
    ctx.core.db
      .prepare(
        "UPDATE appointments SET status = 'confirmed', confirmed_at = ?, confirmed_by = ?, confirm_channel = ?, confirm_note = ?, updated_at = ? WHERE id = ?",
      )
      .run(clock.nowIso, ctx.actor?.id ?? null, channel, note, clock.nowIso, a.id);
  });
}

/** Marks a booking the customer did not come to; allowed once its start plus the grace has passed. */
export function markNoShow(ctx: CallContext, id: number): Appointment {
  return transition(ctx, id, 'appointment.noShow', (a, clock) => {
    const due = plusMinutes(a.startsAt, clock.graceMinutes);
    if (clock.nowIso < due) throw new AppError('INVALID_STATE', `A no-show can be marked from ${due}`, {}, { state: 'notDue', dueAt: due });
    ctx.core.db
      .prepare("UPDATE appointments SET status = 'noShow', no_show_at = ?, updated_at = ? WHERE id = ?")
      .run(clock.nowIso, clock.nowIso, a.id);
  });
}
