import type { Core } from '../../electron/core/core.ts';
import { op } from './core.ts';

/** Reminders due now (the sample world's clock does not move): one to take, one to answer, one to cancel. */
export interface ReminderSamples {
  takeId: number;
  outcomeId: number;
  cancelId: number;
}

export async function buildReminderSamples(core: Core, adminToken: string): Promise<ReminderSamples> {
  const due = (room: string) =>
    op(core, 'reminders.create', { kind: 'wakeUp', concerns: { room }, dueAt: core.nowIso(), note: 'sample' }, adminToken).then(
      (r) => r.id,
    );
  return { takeId: await due('101'), outcomeId: await due('102'), cancelId: await due('103') };
}
