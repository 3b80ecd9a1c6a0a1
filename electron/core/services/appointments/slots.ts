import type Database from 'better-sqlite3';
import { ACTIVE_STATUSES, type Slot } from '../../../../shared/contract/appointments.ts';
import { localMinutes, zonedInstant } from '../../../../shared/time.ts';

/** What booking needs to know about a service. */
export interface BookableService {
  id: number;
  opensAt: string;
  closesAt: string;
  slotMinutes: number;
  slotCapacity: number;
  active: boolean;
}

export function findService(db: Database.Database, serviceId: number): BookableService | null {
  const row = db
    .prepare('SELECT id, opens_at, closes_at, slot_minutes, slot_capacity, active FROM services WHERE id = ?')
    .get(serviceId) as
    { id: number; opens_at: string; closes_at: string; slot_minutes: number; slot_capacity: number; active: number } | undefined;
  if (!row) return null;
  return {
    id: row.id,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    slotMinutes: row.slot_minutes,
    slotCapacity: row.slot_capacity,
    active: row.active === 1,
  };
}

/** Active services that take bookings, in the shop's order. */
export function bookableServices(db: Database.Database): BookableService[] {
  const ids = db.prepare('SELECT id FROM services WHERE active = 1 AND slot_capacity > 0 ORDER BY position, id').all() as { id: number }[];
  return ids.map((r) => findService(db, r.id)!);
}

export function isBookable(service: BookableService | null): service is BookableService {
  return service !== null && service.active && service.slotCapacity > 0;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A slot's place in time, before anything is counted. */
export interface SlotFrame {
  day: string;
  time: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The slots of a service on a store-local day: from its opening time every slot_minutes, each ending
 * by its closing time. Start times are store-local wall times; the length is real minutes.
 */
export function slotFrames(service: BookableService, day: string, timeZone: string): SlotFrame[] {
  const frames: SlotFrame[] = [];
  const close = minutesOf(service.closesAt);
  for (let m = minutesOf(service.opensAt); m + service.slotMinutes <= close; m += service.slotMinutes) {
    const start = zonedInstant(day, hhmm(m), timeZone);
    frames.push({
      day,
      time: hhmm(m),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + service.slotMinutes * 60_000).toISOString(),
    });
  }
  return frames;
}

/** Whether a store-local time of day (the minutes of an instant) lies inside the service's hours. */
export function insideHours(service: BookableService, startsAt: string, timeZone: string): boolean {
  const minute = localMinutes(Date.parse(startsAt), timeZone);
  return minute >= minutesOf(service.opensAt) && minute + service.slotMinutes <= minutesOf(service.closesAt);
}

interface Span {
  starts_at: string;
  ends_at: string;
}

const ACTIVE_SQL = `status IN (${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Active bookings of a service overlapping [from, to), except one (a booking being moved). */
function serviceBookings(db: Database.Database, serviceId: number, from: string, to: string, exceptId: number | null): Span[] {
  return db
    .prepare(
      `SELECT starts_at, ends_at FROM appointments WHERE service_id = ? AND ${ACTIVE_SQL} AND starts_at < ? AND ends_at > ? AND id <> ?`,
    )
    .all(serviceId, to, from, exceptId ?? 0) as Span[];
}

/** Active bookings at a counter (for any service) overlapping [from, to), except one. */
function counterBookings(db: Database.Database, counterId: number, from: string, to: string, exceptId: number | null): Span[] {
  return db
    .prepare(
      `SELECT starts_at, ends_at FROM appointments WHERE counter_id = ? AND ${ACTIVE_SQL} AND starts_at < ? AND ends_at > ? AND id <> ?`,
    )
    .all(counterId, to, from, exceptId ?? 0) as Span[];
}

const overlapping = (spans: Span[], frame: SlotFrame): number =>
  spans.filter((s) => s.starts_at < frame.endsAt && s.ends_at > frame.startsAt).length;

export interface CountOptions {
  counterId: number | null;
  exceptId: number | null;
  nowIso: string;
}

/**
 * Counts the bookings in each frame. For the service alone a slot holds slot_capacity bookings; with a
 * counter it holds one (the counter's), and only while the service has a place left too.
 */
export function countSlots(db: Database.Database, service: BookableService, frames: SlotFrame[], o: CountOptions): Slot[] {
  if (frames.length === 0) return [];
  const from = frames[0]!.startsAt;
  const to = frames.at(-1)!.endsAt;
  const forService = serviceBookings(db, service.id, from, to, o.exceptId);
  const forCounter = o.counterId === null ? null : counterBookings(db, o.counterId, from, to, o.exceptId);
  return frames.map((frame) => {
    const past = frame.startsAt < o.nowIso;
    const serviceBooked = overlapping(forService, frame);
    const serviceFree = Math.max(0, service.slotCapacity - serviceBooked);
    if (forCounter === null) {
      return { ...frame, capacity: service.slotCapacity, booked: serviceBooked, free: past ? 0 : serviceFree, past };
    }
    const counterBooked = Math.min(1, overlapping(forCounter, frame));
    return { ...frame, capacity: 1, booked: counterBooked, free: past ? 0 : Math.min(1 - counterBooked, serviceFree), past };
  });
}
