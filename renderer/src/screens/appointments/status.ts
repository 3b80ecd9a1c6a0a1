import type { Appointment } from '../../../../shared/contract/appointments.ts';
import { plusMinutes } from './time.ts';

/** How a booking shows: its status, or "late" while it waits past its start + grace. */
export type ShownStatus = Appointment['status'] | 'late';

/** One colour per shown status, on every view. */
export const STATUS_COLOR: Record<ShownStatus, string> = {
  booked: 'blue',
  confirmed: 'green',
  checkedIn: 'indigo',
  late: 'red',
  noShow: 'orange',
  cancelled: 'gray',
};

export const isAwaiting = (a: Appointment): boolean => a.status === 'booked' || a.status === 'confirmed';

/** Late once start + grace has passed without a check-in (worked out here too, so it turns as time passes). */
function isLate(a: Appointment, graceMinutes: number, nowIso: string): boolean {
  return a.overdue || (isAwaiting(a) && plusMinutes(a.startsAt, graceMinutes) < nowIso);
}

export function shownStatus(a: Appointment, graceMinutes: number, nowIso: string): ShownStatus {
  return isLate(a, graceMinutes, nowIso) ? 'late' : a.status;
}
