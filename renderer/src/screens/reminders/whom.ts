import type { TFunction } from 'i18next';
import type { Reminder } from '../../../../shared/contract/reminders.ts';
import { formatPhone } from '../../../../shared/identifiers.ts';

/** Whom a reminder concerns, in a line: the customer, the job's number, the room, the phone. */
export function whomText(t: TFunction, r: Reminder): string {
  return [
    r.customerName,
    r.jobNumber ? t('reminders:alert.job', { number: r.jobNumber }) : null,
    r.room ? t('reminders:alert.room', { room: r.room }) : null,
    r.phone ? formatPhone(r.phone) : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
