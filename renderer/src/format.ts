import type { TFunction } from 'i18next';
import { dayjs } from '../../shared/time.ts';

let zone: string = dayjs.tz.guess();

/** The store's time zone: every time on screen is shown in it, wherever the browser is. */
export function setStoreTimeZone(timeZone: string): void {
  zone = timeZone;
}

export function storeTimeZone(): string {
  return zone;
}

export function formatDateTime(iso: string): string {
  return dayjs(iso).tz(zone).format('YYYY-MM-DD HH:mm');
}

export function formatDateTimeSeconds(iso: string): string {
  return dayjs(iso).tz(zone).format('YYYY-MM-DD HH:mm:ss');
}

/** A time of day when it is today in the store, the date too when it is not. */
export function formatWhen(iso: string): string {
  const at = dayjs(iso).tz(zone);
  return at.isSame(dayjs().tz(zone), 'day') ? at.format('HH:mm') : at.format('YYYY-MM-DD HH:mm');
}

export function formatBytes(t: TFunction, bytes: number): string {
  if (bytes < 1024) return t('common:bytes.b', { value: bytes });
  if (bytes < 1024 ** 2) return t('common:bytes.kb', { value: (bytes / 1024).toFixed(1) });
  if (bytes < 1024 ** 3) return t('common:bytes.mb', { value: (bytes / 1024 ** 2).toFixed(1) });
  return t('common:bytes.gb', { value: (bytes / 1024 ** 3).toFixed(2) });
}
