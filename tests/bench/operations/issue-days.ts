import { getProfile } from '../../../electron/core/services/profile.ts';
import { businessDate, zonedInstant } from '../../../shared/time.ts';
import { iterationsFor } from '../harness.ts';
import type { SeededService } from '../seed-queue.ts';
import { serviceMinutes } from '../shop.ts';
import type { BenchContext, Measurement, Step } from '../types.ts';

const DAY_MS = 86_400_000;
/** Numbers issued per simulated business day: a busy day, and well under each prefix's 999. */
export const NUMBERS_PER_DAY = 300;
/** Minutes between two numbers within a day (300 numbers from 09:00 to 19:00). */
export const ISSUE_GAP_MINUTES = 2;
/** The days used lie this many days before the seeded ticket history starts. */
const DAYS_BEFORE_HISTORY = 30;
/** Tickets left waiting per service: the oldest beyond this is served (untimed), as counters would. */
export const KEEP_WAITING = 5;

/** Days already handed to a measurement in this run, so two never issue on the same day. */
const taken = new WeakMap<BenchContext, number>();

export interface IssueDays {
  /** The instant the i-th number is issued at. */
  at: (i: number) => number;
  /** The service of the i-th number (A, B, C in turn). */
  service: (i: number) => SeededService;
  /** A random customer for a third of the numbers, else null; never one already named on the i-th number's day. */
  customer: (i: number) => number | null;
  /** Marks the oldest waiting ticket of the service served when more than KEEP_WAITING wait. */
  keepQueueShort: (businessDay: string, service: SeededService, at: number) => void;
}

/**
 * Where a measurement that issues numbers puts them: each NUMBERS_PER_DAY numbers on a business day
 * of their own, before the seeded history, from 09:00 every ISSUE_GAP_MINUTES. A real day holds a few
 * hundred tickets, and a prefix stops at 999 a day, so thousands of samples cannot all go to today.
 */
export function issueDays(ctx: BenchContext, m: Measurement): IssueDays {
  const { db } = ctx.core;
  const { services, counters } = ctx.seeded.queue;
  const { timeZone } = getProfile(db);
  const { warmup, timed } = iterationsFor(m, ctx.scale);
  const days = Math.ceil((warmup + timed) / NUMBERS_PER_DAY);
  const before = taken.get(ctx) ?? 0;
  taken.set(ctx, before + days);
  const oldestHistory = (db.prepare('SELECT min(business_day) AS day FROM tickets').get() as { day: string | null }).day;
  const firstDay =
    Date.parse(`${oldestHistory ?? businessDate(Date.now(), timeZone)}T12:00:00Z`) - (DAYS_BEFORE_HISTORY + before + days) * DAY_MS;
  const opensAt = new Map<number, number>();
  const dayOpens = (d: number) => {
    let at = opensAt.get(d);
    if (at === undefined) {
      at = zonedInstant(new Date(firstDay + d * DAY_MS).toISOString().slice(0, 10), '09:00', timeZone);
      opensAt.set(d, at);
    }
    return at;
  };
  const waiting = db.prepare("SELECT count(*) AS n FROM tickets WHERE business_day = ? AND service_id = ? AND status = 'waiting'");
  const oldest = db.prepare(
    "SELECT id, issued_at FROM tickets WHERE business_day = ? AND service_id = ? AND status = 'waiting' ORDER BY queued_at, id LIMIT 1",
  );
  const serve = db.prepare(
    "UPDATE tickets SET status = 'done', counter_id = ?, called_at = ?, started_at = ?, finished_at = ? WHERE id = ?",
  );
  // A customer named twice on one day would be refused (they already hold a number), as at a real desk.
  let namedDay = -1;
  const named = new Set<number>();
  return {
    at: (i) => dayOpens(Math.floor(i / NUMBERS_PER_DAY)) + (i % NUMBERS_PER_DAY) * ISSUE_GAP_MINUTES * 60_000,
    service: (i) => services[i % services.length] as SeededService,
    customer: (i) => {
      if (ctx.rng.next() >= 1 / 3) return null;
      const d = Math.floor(i / NUMBERS_PER_DAY);
      if (d !== namedDay) {
        namedDay = d;
        named.clear();
      }
      let id = ctx.rng.int(1, ctx.seeded.maxCustomerId);
      while (named.has(id)) id = ctx.rng.int(1, ctx.seeded.maxCustomerId);
      named.add(id);
      return id;
    },
    keepQueueShort(businessDay, service, at) {
      if ((waiting.get(businessDay, service.id) as { n: number }).n <= KEEP_WAITING) return;
      const first = oldest.get(businessDay, service.id) as { id: number; issued_at: string };
      const started = new Date(Math.max(Date.parse(first.issued_at), at - serviceMinutes(ctx.rng, service.model) * 60_000)).toISOString();
      const counter = counters.find((c) => c.serviceIds.includes(service.id));
      serve.run(counter?.id ?? null, started, started, new Date(at).toISOString(), first.id);
    },
  };
}

interface IssuedOn {
  ticket: { businessDay: string };
}

/**
 * The timed step of a measurement that issues numbers: at the i-th instant (the clock pinned there),
 * `issue` is timed for the i-th service and customer (a synchronous call is timed without a microtask
 * hop); then, untimed, the queue is kept short.
 */
export function issueStep(
  ctx: BenchContext,
  days: IssueDays,
  issue: (serviceId: number, customerId: number | null) => IssuedOn | Promise<IssuedOn>,
): Step {
  return async (i) => {
    const at = days.at(i);
    const service = days.service(i);
    const customerId = days.customer(i);
    return ctx.clock.pinnedAt(at, async () => {
      const t0 = performance.now();
      const pending = issue(service.id, customerId);
      const issued = pending instanceof Promise ? await pending : pending;
      const ms = performance.now() - t0;
      days.keepQueueShort(issued.ticket.businessDay, service, at);
      return { ms };
    });
  };
}
