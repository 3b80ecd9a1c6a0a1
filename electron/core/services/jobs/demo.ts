import { intakeInput } from '../../../../shared/contract/jobs.ts';
import type { Role } from '../../../../shared/roles.ts';
import { businessDate, plusDays, zonedInstant } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { getProfile } from '../profile.ts';
import { demoJobs, type DemoJob, type DemoTender, type DemoWhen } from './demo-jobs.ts';
import { demoSignature } from './demo-signature.ts';
import { intakeJob } from './intake.ts';
import { moveJob } from './move.ts';
import { getJobsSettings } from './settings.ts';

/** One thing that happened in the demo shop, at its instant: a job's intake or move, or a step at the till. */
interface Step {
  atMs: number;
  run: () => void;
}

/**
 * The till's side of the demo, on the same pinned clock: its own steps (the drawer opened, sales, the
 * close) among the jobs', and each agreed deposit paid as its job is taken in.
 */
export interface DemoTill {
  steps: { at: DemoWhen; run: () => void }[];
  payDeposit: (jobId: number, by: DemoTender) => void;
}

/**
 * The demo shop's jobs, taken in and moved through the jobs service (numbers, trails, audit rows, a drawn
 * signature, the promise from how long the earlier ones took) inside the caller's setup transaction, each
 * step by a demo member of staff of the right role and on the core's clock pinned to when it happened:
 * the steps of every job, and the till's, run in the order of their instants, over the last three weeks.
 */
export function seedDemoJobs(ctx: CallContext, zh: boolean, serviceId: number | null, till: DemoTill): void {
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
  const instant = (when: DemoWhen): number => {
    if ('minutesAgo' in when) return nowMs - when.minutesAgo * 60_000;
    if ('todayAt' in when) return Math.min(zonedInstant(today, when.todayAt, timeZone), nowMs - when.atLeastMinutesAgo * 60_000);
    return zonedInstant(plusDays(today, -when.daysAgo), when.at, timeZone);
  };

  const ids = new Map<number, number>();
  const steps: Step[] = [
    ...demoJobs(zh).flatMap((j, job) => [
      {
        atMs: instant(j.takenIn),
        run: () => {
          const id = takeIn(as('reception'), j, job, zh, serviceId);
          if (id === null) return;
          ids.set(job, id);
          if (j.depositPaidBy !== null) till.payDeposit(id, j.depositPaidBy);
        },
      },
      ...j.moves.map(([when, role, event]) => ({
        atMs: instant(when),
        run: () => {
          const id = ids.get(job);
          if (id === undefined) return;
          // The customer's answer is dated when it was given: this step's instant.
          moveJob(as(role), id, event.type === 'recordAnswer' ? { ...event, answeredAt: core.nowIso() } : event);
        },
      })),
    ]),
    ...till.steps.map((s) => ({ atMs: instant(s.at), run: s.run })),
  ];
  for (const step of steps.sort((a, b) => a.atMs - b.atMs)) core.pinnedAt(step.atMs, step.run);
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
