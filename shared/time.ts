import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Instants are stored as UTC ISO-8601 strings with milliseconds ("2026-11-25T08:00:00.000Z"). */
export function toUtcIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The shop's business date (YYYY-MM-DD) for an instant, in the store's time zone. */
export function businessDate(instantMs: number, timeZone: string): string {
  return dayjs(instantMs).tz(timeZone).format('YYYY-MM-DD');
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
