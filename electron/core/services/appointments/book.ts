import type Database from 'better-sqlite3';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { bookingClock, placeBooking } from './placement.ts';
import { AWAITING, requireAppointment } from './rows.ts';

export interface BookInput {
  customerId: number;
  assetId: number | null;
  serviceId: number;
  counterId: number | null;
  startsAt: string;
  note: string;
  /** The customer already has a booking that day, and the receptionist books another anyway. */
  confirmDuplicate?: boolean;
}

function requireCustomerAndAsset(db: Database.Database, customerId: number, assetId: number | null): void {
  if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) {
    throw new AppError('NOT_FOUND', `No customer with id ${customerId}`, { customerId: 'no such customer' });
  }
  if (assetId === null) return;
  const asset = db.prepare('SELECT customer_id, active FROM assets WHERE id = ?').get(assetId) as
    { customer_id: number; active: number } | undefined;
  if (!asset || asset.active !== 1) throw new AppError('NOT_FOUND', `No asset with id ${assetId}`, { assetId: 'no such asset' });
  if (asset.customer_id !== customerId)
    throw new AppError('VALIDATION', 'The asset belongs to another customer', { assetId: 'must belong to the customer' });
}

/**
 * Refuses a second booking on the same business day for the same customer, naming the one they have
 * (still to come or already checked in), unless the receptionist confirmed.
 */
function assertNoBookingThatDay(db: Database.Database, customerId: number, businessDay: string): void {
  const existing = db
    .prepare(
      `SELECT id, service_id, starts_at FROM appointments
        WHERE customer_id = ? AND business_day = ? AND status IN ('booked', 'confirmed', 'checkedIn') ORDER BY starts_at, id LIMIT 1`,
    )
    .get(customerId, businessDay) as { id: number; service_id: number; starts_at: string } | undefined;
  if (!existing) return;
  throw new AppError(
    'ALREADY_BOOKED',
    `The customer already has a booking on ${businessDay} at ${existing.starts_at}`,
    {},
    {
      appointmentId: existing.id,
      serviceId: existing.service_id,
      startsAt: existing.starts_at,
      day: businessDay,
    },
  );
}

/**
 * Books a slot for a customer (and one of their assets): a place is taken or nothing is written. A
 * second booking for the customer on the same day needs `confirmDuplicate`.
 */
export function bookAppointment(ctx: CallContext, input: BookInput): Appointment {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const clock = bookingClock(db, now);
      requireCustomerAndAsset(db, input.customerId, input.assetId);
      const place = placeBooking(db, clock, {
        serviceId: input.serviceId,
        counterId: input.counterId,
        startsAt: input.startsAt,
        exceptId: null,
      });
      if (input.confirmDuplicate !== true) assertNoBookingThatDay(db, input.customerId, place.businessDay);
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO appointments (customer_id, asset_id, service_id, counter_id, business_day, starts_at, ends_at, status, note, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)`,
        )
        .run(
          input.customerId,
          input.assetId,
          input.serviceId,
          input.counterId,
          place.businessDay,
          place.startsAt,
          place.endsAt,
          input.note,
          ctx.actor?.id ?? null,
          now,
          now,
        );
      const created = requireAppointment(db, Number(lastInsertRowid), clock.graceMinutes, now);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'appointment.book',
        entity: 'appointment',
        entityId: created.id,
        after: created,
        origin: ctx.origin,
      });
      return created;
    })
    .immediate();
}

export interface RescheduleInput {
  id: number;
  startsAt: string;
  serviceId?: number | undefined;
  counterId?: number | null | undefined;
}

/** Moves a booking still to come; a booking moved to another time or place needs confirming again. */
export function rescheduleAppointment(ctx: CallContext, input: RescheduleInput): Appointment {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const clock = bookingClock(db, now);
      const before = requireAppointment(db, input.id, clock.graceMinutes, now);
      if (!AWAITING.includes(before.status)) {
        throw new AppError('INVALID_STATE', `The appointment is ${before.status}`, {}, { state: before.status });
      }
      const serviceId = input.serviceId ?? before.serviceId;
      const counterId = input.counterId === undefined ? before.counterId : input.counterId;
      const place = placeBooking(db, clock, { serviceId, counterId, startsAt: input.startsAt, exceptId: before.id });
      const moved = place.startsAt !== before.startsAt || serviceId !== before.serviceId || counterId !== before.counterId;
      if (moved) {
        db.prepare(
          `UPDATE appointments SET service_id = ?, counter_id = ?, business_day = ?, starts_at = ?, ends_at = ?, status = 'booked',
                  confirmed_at = NULL, confirmed_by = NULL, confirm_channel = NULL, confirm_note = '', updated_at = ?
            WHERE id = ?`,
        ).run(serviceId, counterId, place.businessDay, place.startsAt, place.endsAt, now, before.id);
      }
      const after = requireAppointment(db, before.id, clock.graceMinutes, now);
      if (moved)
        recordAudit(db, {
          at: now,
          actorId: ctx.actor?.id ?? null,
          action: 'appointment.reschedule',
          entity: 'appointment',
          entityId: before.id,
          before,
          after,
          origin: ctx.origin,
        });
      return after;
    })
    .immediate();
}
