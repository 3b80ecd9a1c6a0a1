import type { JobEvent } from '../../../../shared/contract/job-events.ts';
import { intakeInput } from '../../../../shared/contract/jobs.ts';
import type { Role } from '../../../../shared/roles.ts';
import { businessDate, plusDays, zonedInstant } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { getProfile } from '../profile.ts';
import { demoJobs, type DemoJob, type DemoWhen } from './demo-jobs.ts';
import { demoSignature } from './demo-signature.ts';
import { intakeJob } from './intake.ts';
import { moveJob } from './move.ts';
import { getJobsSettings } from './settings.ts';

/** One thing that happened to a demo job: its intake (no event) or a move, at its instant. */
interface Step {
  atMs: number;
  job: number;
  role: Role;
  event: JobEvent | null;
}

/**
 * The demo shop's jobs, taken in and moved through the jobs service (numbers, trails, audit rows, a drawn
 * signature, the promise from how long the earlier ones took) inside the caller's setup transaction, each
 * step by a demo member of staff of the right role and on the core's clock pinned to when it happened:
 * the steps of every job run in the order of their instants, over the last three weeks.
 */
export function seedDemoJobs(ctx: CallContext, zh: boolean, serviceId: number | null): void {
  const { core } = ctx;
  const { db } = core;
  const staff = db.prepare('SELECT id, name, role FROM staff WHERE active = 1 ORDER BY id').all() as {
    id: number;
    name: string;
    role: Role;
  }[];
  const as = (role: Role): CallContext => {
    const member = staff.find((s) => s.role === role);
    return member ? { ...ctx, actor: member } : ctx;
  };
  const nowMs = core.clock.now();
  const { timeZone } = getProfile(db);
  const today = businessDate(nowMs, timeZone);
  const instant = (when: DemoWhen): number =>
    'minutesAgo' in when ? nowMs - when.minutesAgo * 60_000 : zonedInstant(plusDays(today, -when.daysAgo), when.at, timeZone);

  const jobs = demoJobs(zh);
  const steps: Step[] = jobs
    .flatMap((j, job) => [
      { atMs: instant(j.takenIn), job, role: 'reception' as Role, event: null },
      ...j.moves.map(([when, role, event]) => ({ atMs: instant(when), job, role, event })),
    ])
    .sort((a, b) => a.atMs - b.atMs);
  const ids = new Map<number, number>();
  for (const step of steps)
    core.pinnedAt(step.atMs, () => {
      const id = ids.get(step.job);
      if (step.event === null) {
        const taken = takeIn(as(step.role), jobs[step.job] as DemoJob, step.job, zh, serviceId);
        if (taken !== null) ids.set(step.job, taken);
      } else if (id !== undefined) {
        // The customer's answer is dated when it was given: this step's instant.
        const event = step.event.type === 'recordAnswer' ? { ...step.event, answeredAt: core.nowIso() } : step.event;
        moveJob(as(step.role), id, event);
      }
    });
}

/** One demo job's intake, for its customer's device; null when the customer is not in the demo (nothing to take in). */
function takeIn(ctx: CallContext, j: DemoJob, i: number, zh: boolean, serviceId: number | null): number | null {
  const { db } = ctx.core;
  const owner = db
    .prepare(
      'SELECT p.customer_id, a.id AS asset_id FROM customer_phones p JOIN assets a ON a.customer_id = p.customer_id WHERE p.phone = ?',
    )
    .get(j.phone) as { customer_id: number; asset_id: number } | undefined;
  if (!owner) return null;
  const conditionKeys = getJobsSettings(db).conditionChecklist.filter((c) => (c.appliesTo as string[]).includes('device'));
  return intakeJob(
    ctx,
    intakeInput.parse({
      customerId: owner.customer_id,
      assetId: owner.asset_id,
      serviceId,
      source: { kind: 'customer' },
      fault: zh ? j.fault[0] : j.fault[1],
      accessories: i % 2 === 0 ? ['case'] : [],
      condition: Object.fromEntries(conditionKeys.map((c) => [c.key, { state: c.key === 'scratches' ? 'damaged' : 'ok', note: '' }])),
      lines: [{ kind: 'part', description: zh ? j.line[0] : j.line[1], quantity: 1, unitPriceMinor: j.line[2] }],
      depositMinor: j.deposit,
      warranty: { category: 'phone', part: 'handset' },
      signature: demoSignature(i),
    }),
  ).id;
}
