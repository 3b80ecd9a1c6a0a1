import { useEffect, useState } from 'react';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { businessDate, localClock, localMinutes as zoneMinutes, plusDays, weekdayOf } from '../../../../shared/time.ts';
import { dateLocale } from '../../dateLocale.ts';
import { storeTimeZone } from '../../format.ts';

/** The store's business date now, "2026-03-02". */
export function storeToday(): string {
  return businessDate(Date.now(), storeTimeZone());
}

/** A date `n` days after `day` (both "YYYY-MM-DD"). */
export const addDays = plusDays;

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  return plusDays(day, -((weekdayOf(day) + 6) % 7));
}

/** An instant's store-local time of day, "09:30". */
export function localTime(iso: string): string {
  return localClock(Date.parse(iso), storeTimeZone());
}

/** An instant's store-local minutes since midnight. */
export function localMinutes(iso: string): number {
  return zoneMinutes(Date.parse(iso), storeTimeZone());
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** A date as the console's language writes it with its weekday: "Mon 2 Mar" / "3月2日 周一". */
export function dayLabel(day: string, language: string, withYear = false): string {
  const pattern = language === 'en' ? (withYear ? 'EEE d MMM yyyy' : 'EEE d MMM') : withYear ? 'yyyy年M月d日 EEE' : 'M月d日 EEE';
  return format(day, pattern, { locale: dateLocale(language), in: tz('UTC') });
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
