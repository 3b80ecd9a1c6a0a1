import { useEffect, useState } from 'react';
import { dayjs } from '../../../../shared/time.ts';
import { storeTimeZone } from '../../format.ts';

/** The store's business date now, "2026-03-02". */
export function storeToday(): string {
  return dayjs().tz(storeTimeZone()).format('YYYY-MM-DD');
}

/** A date `n` days after `day` (both "YYYY-MM-DD"). */
export function addDays(day: string, n: number): string {
  return dayjs(day).add(n, 'day').format('YYYY-MM-DD');
}

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const d = dayjs(day);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** An instant's store-local time of day, "09:30". */
export function localTime(iso: string): string {
  return dayjs(iso).tz(storeTimeZone()).format('HH:mm');
}

/** An instant's store-local minutes since midnight. */
export function localMinutes(iso: string): number {
  const at = dayjs(iso).tz(storeTimeZone());
  return at.hour() * 60 + at.minute();
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** A date as the console's language writes it with its weekday: "Mon 2 Mar" / "3月2日 周一". */
export function dayLabel(day: string, language: string, withYear = false): string {
  const d = dayjs(day).locale(language === 'en' ? 'en' : 'zh-cn');
  if (language === 'en') return d.format(withYear ? 'ddd D MMM YYYY' : 'ddd D MMM');
  return d.format(withYear ? 'YYYY年M月D日 ddd' : 'M月D日 ddd');
}

/** The current instant, refreshed every `everyMs`, for the time line and the late marks. */
export function useNow(everyMs = 30_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
