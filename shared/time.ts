import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Instants are stored as UTC ISO-8601 strings with milliseconds ("2026-11-25T08:00:00.000Z"). */
export function toUtcIso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * One cached formatter per time zone. dayjs's `.tz()` builds a new Intl.DateTimeFormat on every call
 * (about 0.1 ms each), which the queue pays on every number issued and every call; a cached
 * formatter answers the same in microseconds.
 */
const zoneParts = new Map<string, Intl.DateTimeFormat>();

function localParts(instantMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let format = zoneParts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    zoneParts.set(timeZone, format);
  }
  const parts = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const part of format.formatToParts(instantMs)) if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  return parts;
}

/** The shop's business date (YYYY-MM-DD) for an instant, in the store's time zone. */
export function businessDate(instantMs: number, timeZone: string): string {
  const p = localParts(instantMs, timeZone);
  return `${p.year.padStart(4, '0')}-${p.month}-${p.day}`;
}

/** The store-local time of day ("HH:mm") for an instant. */
export function localClock(instantMs: number, timeZone: string): string {
  const p = localParts(instantMs, timeZone);
  return `${p.hour}:${p.minute}`;
}

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
