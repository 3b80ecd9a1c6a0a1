import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { storeTimeZone } from '../format.ts';

const PICKER = 'yyyy-MM-dd HH:mm:ss';

/** An instant as a date-time picker holds it: the store's wall-clock time. */
export const toStoreWallClock = (iso: string) => format(new TZDate(iso, storeTimeZone()), PICKER);

/** A picker's wall-clock time in the store back to an instant. */
export function fromStoreWallClock(value: string): string {
  const [day = '', time = '00:00:00'] = value.split(' ');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, storeTimeZone()).toISOString();
}
