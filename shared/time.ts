import { TZDate, tzOffset } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import type { Locale as DateLocale } from 'date-fns';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The zone's UTC offset at an instant, in milliseconds (@date-fns/tz keeps one Intl formatter per zone). */
const offsetAt = (instantMs: number, timeZone: string): number => tzOffset(timeZone, new Date(instantMs)) * MINUTE_MS;

/**
 * The queue asks for the business day and the clock on every number issued and every call. Formatting
 * a TZDate with date-fns costs tens of microseconds and even tzOffset several, so each zone remembers
 * its offset over one UTC day: when the offset is the same at both ends of the day, no change of offset
 * (months apart) lies between, and any instant inside is local time by arithmetic. On the two days a
 * year the offset changes, each instant is asked.
 */
const zoneDays = new Map<string, { start: number; offset: number | null }>();

function zoneOffset(instantMs: number, timeZone: string): number {
  const start = Math.floor(instantMs / DAY_MS) * DAY_MS;
  let known = zoneDays.get(timeZone);
  if (known?.start !== start) {
    const first = offsetAt(start, timeZone);
    known = { start, offset: first === offsetAt(start + DAY_MS - 1, timeZone) ? first : null };
    zoneDays.set(timeZone, known);
  }
  return known.offset ?? offsetAt(instantMs, timeZone);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The shop's business date (YYYY-MM-DD) and the store-local time of day ("HH:mm") of an instant. */
export function localDayAndClock(instantMs: number, timeZone: string): { day: string; clock: string } {
  const local = new Date(instantMs + zoneOffset(instantMs, timeZone));
  return {
    day: `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`,
    clock: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
  };
}

/** The shop's business date (YYYY-MM-DD) for an instant, in the store's time zone. */
export const businessDate = (instantMs: number, timeZone: string): string => localDayAndClock(instantMs, timeZone).day;

/** The store-local time of day ("HH:mm") for an instant. */
export const localClock = (instantMs: number, timeZone: string): string => localDayAndClock(instantMs, timeZone).clock;

/** The store-local minutes since midnight of an instant (09:30 is 570). */
export function localMinutes(instantMs: number, timeZone: string): number {
  const local = new Date(instantMs + zoneOffset(instantMs, timeZone));
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/**
 * The instant a store-local wall time names: day "2026-03-02", clock "09:30". A time that comes twice
 * when the clocks go back is the first of the two; a time skipped when they go forward is read in the
 * offset before the change, so it lands as far after the change (02:30 becomes 03:30). TZDate's own
 * constructor picks one or the other of the two times depending on the zone, hence the rule here.
 */
export function zonedInstant(day: string, clock: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hours, minutes);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const readings = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  return readings.length > 0 ? Math.min(...readings) : wall - before;
}

/** The calendar date `n` days after `day` (both "YYYY-MM-DD"; n may be negative). */
export const plusDays = (day: string, n: number): string => format(addDays(new UTCDate(day), n), 'yyyy-MM-dd');

/** The weekday of a calendar date, 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (day: string): number => getDay(new UTCDate(day));

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An instant as a store-local date and time, in date-fns `format` tokens ("yyyy-MM-dd HH:mm"). */
export function formatInstant(instant: string | number, timeZone: string, pattern = 'yyyy-MM-dd HH:mm:ss', locale?: DateLocale): string {
  return format(new TZDate(typeof instant === 'string' ? Date.parse(instant) : instant, timeZone), pattern, { locale });
}
