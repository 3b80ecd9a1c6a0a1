import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors.ts';
import { businessDate } from '../../../../shared/time.ts';
import { getSettings } from '../settings.ts';
import { getProfile } from '../profile.ts';
import { countSlots, findService, insideHours, isBookable, slotFrames, type BookableService } from './slots.ts';

/** The store's zone and the check-in grace, read once per call. */
export interface BookingClock {
  timeZone: string;
  graceMinutes: number;
  nowIso: string;
}

export function bookingClock(db: Database.Database, nowIso: string): BookingClock {
  return { timeZone: getProfile(db).timeZone, graceMinutes: getSettings(db).appointmentGraceMinutes, nowIso };
}

export function requireBookableService(db: Database.Database, serviceId: number): BookableService {
  const service = findService(db, serviceId);
  if (!service) throw new AppError('NOT_FOUND', `No service with id ${serviceId}`, { serviceId: 'no such service' });
  if (!isBookable(service)) throw new AppError('VALIDATION', 'This service does not take bookings', { serviceId: 'is not bookable' });
  return service;
}

/** A counter that exists, is in use and serves the service. */
export function requireCounterFor(db: Database.Database, counterId: number, serviceId: number): void {
  const counter = db.prepare('SELECT active FROM counters WHERE id = ?').get(counterId) as { active: number } | undefined;
  if (!counter || counter.active !== 1)
    throw new AppError('NOT_FOUND', `No counter with id ${counterId}`, { counterId: 'no such counter' });
  const serves = db.prepare('SELECT 1 FROM counter_services WHERE counter_id = ? AND service_id = ?').get(counterId, serviceId);
  if (!serves) throw new AppError('VALIDATION', 'This counter does not serve this service', { counterId: 'does not serve this service' });
}

export interface PlacementRequest {
  serviceId: number;
  counterId: number | null;
  startsAt: string;
  /** The booking being moved: its own place does not count against it. */
  exceptId: number | null;
}

export interface Placement {
  service: BookableService;
  businessDay: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Where a booking goes, or why it cannot: the service takes bookings, the counter serves it, the start
 * is in the future, inside the service's hours and on one of its slots, the slot has a place left and
 * the counter is free for the whole slot. Call it inside the transaction that writes the booking.
 */
export function placeBooking(db: Database.Database, clock: BookingClock, req: PlacementRequest): Placement {
  const service = requireBookableService(db, req.serviceId);
  if (req.counterId !== null) requireCounterFor(db, req.counterId, service.id);
  const startsAt = new Date(req.startsAt).toISOString();
  if (startsAt < clock.nowIso)
    throw new AppError('VALIDATION', 'An appointment cannot start in the past', { startsAt: 'must be in the future' });
  if (!insideHours(service, startsAt, clock.timeZone)) {
    throw new AppError(
      'VALIDATION',
      "The time is outside the service's hours",
      { startsAt: "must be within the service's hours" },
      { opensAt: service.opensAt, closesAt: service.closesAt },
    );
  }
  const day = businessDate(Date.parse(startsAt), clock.timeZone);
  const frame = slotFrames(service, day, clock.timeZone).find((f) => f.startsAt === startsAt);
  if (!frame)
    throw new AppError(
      'VALIDATION',
      `Appointments start every ${service.slotMinutes} minutes`,
      { startsAt: 'must start on a slot boundary' },
      { slotMinutes: service.slotMinutes },
    );
  const [forService] = countSlots(db, service, [frame], { counterId: null, exceptId: req.exceptId, nowIso: clock.nowIso });
  if (forService!.free === 0) {
    throw new AppError('FULLY_BOOKED', 'That slot is fully booked', { startsAt: 'is fully booked' }, { capacity: service.slotCapacity });
  }
  if (req.counterId !== null) {
    const [forCounter] = countSlots(db, service, [frame], { counterId: req.counterId, exceptId: req.exceptId, nowIso: clock.nowIso });
    if (forCounter!.booked > 0)
      throw new AppError('FULLY_BOOKED', 'That counter is already booked at this time', { counterId: 'is already booked at this time' });
  }
  return { service, businessDay: day, startsAt: frame.startsAt, endsAt: frame.endsAt };
}
