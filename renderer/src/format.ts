import type { TFunction } from 'i18next';
import { businessDate, formatInstant, isValidTimeZone } from '../../shared/time.ts';

const ZONE_KEY = 'frontdesk.timeZone';

function rememberedZone(): string | null {
  try {
    const remembered = localStorage.getItem(ZONE_KEY);
    return remembered && isValidTimeZone(remembered) ? remembered : null;
  } catch {
    return null;
  }
}

/** Before anyone signs in (the sign-in screen's lock times) the zone last seen on this computer is used. */
let zone: string = rememberedZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The store's time zone: every time on screen is shown in it, wherever the browser is. */
export function setStoreTimeZone(timeZone: string): void {
  zone = timeZone;
  try {
    localStorage.setItem(ZONE_KEY, timeZone);
  } catch {
    // Without storage the sign-in screen falls back to the computer's own zone.
  }
}

export function storeTimeZone(): string {
  return zone;
}

export function formatDateTime(iso: string): string {
  return formatInstant(iso, zone, 'yyyy-MM-dd HH:mm');
}

export function formatDateTimeSeconds(iso: string): string {
  return formatInstant(iso, zone, 'yyyy-MM-dd HH:mm:ss');
}

/** A time of day when it is today in the store, the date too when it is not. */
export function formatWhen(iso: string): string {
  const today = businessDate(Date.parse(iso), zone) === businessDate(Date.now(), zone);
  return formatInstant(iso, zone, today ? 'HH:mm' : 'yyyy-MM-dd HH:mm');
}

export function formatBytes(t: TFunction, bytes: number): string {
  if (bytes < 1024) return t('common:bytes.b', { value: bytes });
  if (bytes < 1024 ** 2) return t('common:bytes.kb', { value: (bytes / 1024).toFixed(1) });
  if (bytes < 1024 ** 3) return t('common:bytes.mb', { value: (bytes / 1024 ** 2).toFixed(1) });
  return t('common:bytes.gb', { value: (bytes / 1024 ** 3).toFixed(2) });
}
