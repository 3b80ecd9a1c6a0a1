import type { Appointment, Slot } from '../../../../shared/contract/appointments.ts';
import { addDays, daysBetween } from '../../../../shared/contract/appointments.ts';
import type { Core } from '../../core.ts';
import { bookingClock, requireBookableService, requireCounterFor } from './placement.ts';
import { queryAppointments } from './rows.ts';
import { bookableServices, countSlots, slotFrames, type BookableService } from './slots.ts';

export interface DayFilter {
  serviceId?: number | undefined;
  counterId?: number | undefined;
}

/** One day's bookings, every status, in start order. */
export function appointmentsOfDay(
  core: Core,
  day: string,
  filter: DayFilter,
): { day: string; graceMinutes: number; appointments: Appointment[] } {
  const clock = bookingClock(core.db, core.nowIso());
  const where = ['a.business_day = ?'];
  const args: unknown[] = [day];
  if (filter.serviceId !== undefined) {
    where.push('a.service_id = ?');
    args.push(filter.serviceId);
  }
  if (filter.counterId !== undefined) {
    where.push('a.counter_id = ?');
    args.push(filter.counterId);
  }
  const appointments = queryAppointments(core.db, {
    where: where.join(' AND '),
    args,
    graceMinutes: clock.graceMinutes,
    nowIso: clock.nowIso,
  });
  return { day, graceMinutes: clock.graceMinutes, appointments };
}

/** The bookings of a day still to come, to call or message the day before. */
export function confirmationList(core: Core, day: string): { day: string; appointments: Appointment[] } {
  const clock = bookingClock(core.db, core.nowIso());
  const appointments = queryAppointments(core.db, {
    where: "a.business_day = ? AND a.status IN ('booked', 'confirmed')",
    args: [day],
    graceMinutes: clock.graceMinutes,
    nowIso: clock.nowIso,
  });
  return { day, appointments };
}

export interface AvailabilityInput {
  serviceId: number;
  day: string;
  counterId: number | null;
  exceptId: number | null;
}

/** The slots of one service on one day with the places left (at the counter, when one is named). */
export function availability(core: Core, input: AvailabilityInput): { serviceId: number; day: string; slotMinutes: number; slots: Slot[] } {
  const { db } = core;
  const clock = bookingClock(db, core.nowIso());
  const service = requireBookableService(db, input.serviceId);
  if (input.counterId !== null) requireCounterFor(db, input.counterId, service.id);
  const slots = countSlots(db, service, slotFrames(service, input.day, clock.timeZone), {
    counterId: input.counterId,
    exceptId: input.exceptId,
    nowIso: clock.nowIso,
  });
  return { serviceId: service.id, day: input.day, slotMinutes: service.slotMinutes, slots };
}

function servicesFor(core: Core, filter: DayFilter): BookableService[] {
  const { db } = core;
  if (filter.serviceId !== undefined) {
    const service = requireBookableService(db, filter.serviceId);
    if (filter.counterId !== undefined) requireCounterFor(db, filter.counterId, service.id);
    return [service];
  }
  if (filter.counterId === undefined) return bookableServices(db);
  const served = new Set(
    (db.prepare('SELECT service_id FROM counter_services WHERE counter_id = ?').all(filter.counterId) as { service_id: number }[]).map(
      (r) => r.service_id,
    ),
  );
  return bookableServices(db).filter((s) => served.has(s.id));
}

/** The week view: every bookable service's slots over the days from..to, counted. */
export function slotRange(core: Core, from: string, to: string, filter: DayFilter) {
  const clock = bookingClock(core.db, core.nowIso());
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  const services = servicesFor(core, filter).map((service) => ({
    serviceId: service.id,
    slotMinutes: service.slotMinutes,
    slots: countSlots(
      core.db,
      service,
      days.flatMap((day) => slotFrames(service, day, clock.timeZone)),
      { counterId: filter.counterId ?? null, exceptId: null, nowIso: clock.nowIso },
    ),
  }));
  return { from, to, days, services };
}
