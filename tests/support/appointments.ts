import type { Core } from '../../electron/core/core.ts';
import { localDayAndClock, plusDays, zonedInstant } from '../../shared/time.ts';
import { op, PROFILE } from './core.ts';

/**
 * Appointment fixtures for the bad-input samples: a bookable service (letter Y, all day, 30-minute
 * slots, three places) with a counter, a customer, and bookings for today and tomorrow in the store's
 * zone, one for each operation that changes a booking. Needs the store set up and the admin's token.
 */
export interface AppointmentSamples {
  serviceId: number;
  counterId: number;
  customerId: number;
  /** Store-local dates of the core's clock: today and tomorrow. */
  today: string;
  tomorrow: string;
  /** A start for `day` at `hhmm` in the store's zone, as a UTC instant. */
  at: (day: string, hhmm: string) => string;
  rescheduleId: number;
  cancelId: number;
  confirmId: number;
  checkInId: number;
  noShowId: number;
}

export async function buildAppointmentSamples(core: Core, adminToken: string): Promise<AppointmentSamples> {
  const service = await op(
    core,
    'queue.services.save',
    { prefix: 'Y', nameZh: '预约检测', nameEn: 'Booked check', typicalMinutes: 15, slotMinutes: 30, slotCapacity: 3 },
    adminToken,
  );
  const counter = await op(
    core,
    'queue.counters.save',
    { nameZh: '预约台', nameEn: 'Booking desk', kind: 'desk', serviceIds: [service.id] },
    adminToken,
  );
  const now = core.nowIso();
  const customerId = Number(
    core.db
      .prepare("INSERT INTO customers (name, phone, tags, created_at, updated_at) VALUES ('Sample Booker', '13700001111', '[]', ?, ?)")
      .run(now, now).lastInsertRowid,
  );
  const zone = PROFILE.timeZone;
  const { day: today } = localDayAndClock(core.clock.now(), zone);
  const tomorrow = plusDays(today, 1);
  const at = (day: string, hhmm: string) => new Date(zonedInstant(day, hhmm, zone)).toISOString();
  // The next slot today (after 23:30 there is none, and the check-in sample meets a booking for tomorrow).
  const next = localDayAndClock(core.clock.now() + 30 * 60_000, zone);
  const soon = { day: next.day, clock: `${next.clock.slice(0, 2)}:${next.clock.slice(3) < '30' ? '00' : '30'}` };
  const book = async (startsAt: string) =>
    (
      await op(
        core,
        'appointments.book',
        { customerId, serviceId: service.id, startsAt, note: 'sample', confirmDuplicate: true },
        adminToken,
      )
    ).id;
  return {
    serviceId: service.id,
    counterId: counter.id,
    customerId,
    today,
    tomorrow,
    at,
    rescheduleId: await book(at(tomorrow, '09:00')),
    cancelId: await book(at(tomorrow, '09:00')),
    confirmId: await book(at(tomorrow, '09:30')),
    checkInId: await book(soon.day === today ? at(soon.day, soon.clock) : at(tomorrow, '09:30')),
    noShowId: await book(at(tomorrow, '10:00')),
  };
}
