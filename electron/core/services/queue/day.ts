import type { Core } from '../../core.ts';
import { localDayAndClock } from '../../../../shared/time.ts';
import { queueLayout } from './layout.ts';

/** The queue's sense of "today": the store's business day and time of day in its own time zone. */
export interface QueueDay {
  nowMs: number;
  nowIso: string;
  timeZone: string;
  businessDay: string;
  /** Store-local time of day, "HH:mm". */
  clock: string;
}

export function queueDay(core: Core): QueueDay {
  const nowMs = core.clock.now();
  const { timeZone } = queueLayout(core.db);
  const local = localDayAndClock(nowMs, timeZone);
  return { nowMs, nowIso: new Date(nowMs).toISOString(), timeZone, businessDay: local.day, clock: local.clock };
}

/** Whether numbers are issued at `clock`: from opensAt up to, not including, closesAt ("24:00" is midnight). */
export function withinHours(clock: string, opensAt: string, closesAt: string): boolean {
  return opensAt <= clock && clock < closesAt;
}
