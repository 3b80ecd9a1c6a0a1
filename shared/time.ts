import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * One cached formatter per time zone. dayjs's `.tz()` builds a new Intl.DateTimeFormat on every call
 * (about 0.1 ms each), which the queue pays on every number issued and every call; a cached
 * formatter answers the same in microseconds.
 */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

const MINUTE_MS = 60_000;

/** The zone's UTC offset at an instant, in milliseconds (whole minutes, as every zone in use today). */
function offsetAt(instantMs: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of format.formatToParts(instantMs)) if (part.type in p) p[part.type as keyof typeof p] = Number(part.value);
  const minuteMs = Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - minuteMs;
}

/**
 * Even formatToParts costs several microseconds, and the queue asks for the day and the clock a few
 * times per call, so each zone remembers its offset over one UTC day: when the offset is the same at
 * both ends of the day, no change of offset (months apart) lies between, and any instant inside is
 * local time by arithmetic. On the two days a year the offset changes, each instant is asked.
 */
const DAY_MS = 24 * 60 * MINUTE_MS;
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

function localParts(instantMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const local = new Date(instantMs + zoneOffset(instantMs, timeZone));
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(local.getUTCFullYear()),
    month: two(local.getUTCMonth() + 1),
    day: two(local.getUTCDate()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
  };
}

/** The shop's business date (YYYY-MM-DD) and the store-local time of day ("HH:mm") of an instant. */
export function localDayAndClock(instantMs: number, timeZone: string): { day: string; clock: string } {
  const p = localParts(instantMs, timeZone);
  return { day: `${p.year.padStart(4, '0')}-${p.month}-${p.day}`, clock: `${p.hour}:${p.minute}` };
}

/** The shop's business date (YYYY-MM-DD) for an instant, in the store's time zone. */
export const businessDate = (instantMs: number, timeZone: string): string => localDayAndClock(instantMs, timeZone).day;

/** The store-local time of day ("HH:mm") for an instant. */
export const localClock = (instantMs: number, timeZone: string): string => localDayAndClock(instantMs, timeZone).clock;

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function formatInstant(iso: string, timeZone: string, pattern = 'YYYY-MM-DD HH:mm:ss'): string {
  return dayjs(iso).tz(timeZone).format(pattern);
}

export { dayjs };
