import type Database from 'better-sqlite3';
import type { ServiceLoad } from '../../../../shared/contract/queue.ts';
import type { Core } from '../../core.ts';
import { finishesMark } from '../../store/marks.ts';
import { queueLayout, type QueueLayout } from './layout.ts';
import { queueDay, withinHours, type QueueDay } from './day.ts';
import { CALLED_BEFORE_SQL, CALL_ORDER_SQL, type ServiceRow } from './rows.ts';

/**
 * Estimated wait, from what really happened rather than a constant, over the counters a ticket shares
 * with other services (a counter serving several services calls across them in one call order).
 *
 * 1. Occupancy of a service: how long one of its customers keeps a counter, from the call to the
 *    finish (walk-up included), over its last SAMPLE_SIZE finished tickets within SAMPLE_DAYS days,
 *    each clamped to 0.5-480 minutes so one forgotten "finish" cannot swamp the rest; their mean.
 * 2. With few samples the mean is blended with the service's typical_minutes, which stands for the
 *    occupancy: k samples weigh k/FULL_TRUST (k < FULL_TRUST), the typical minutes the rest; with
 *    none, the typical minutes alone.
 * 3. The counters of service s: the active counters serving s that are open (someone sits there);
 *    when none of them is open (before opening, everyone away), all the active counters serving s,
 *    as if staffed. The shares below are taken among the same counters (the open ones, or in that
 *    fallback all the active ones).
 * 4. The tickets ahead: today's waiting tickets of any service that s's counters may call before this
 *    customer (the call order: inside an appointment window, then priority, then queue time, then id).
 *    Each adds its own service t's occupancy x the share of t's counters that also serve s (the
 *    others take the rest of t's queue); a ticket sent to one counter adds all of it if that counter
 *    serves s, none otherwise.
 * 5. wait = that sum / the number of s's counters, rounded to whole minutes. A service that no
 *    active counter serves counts only its own tickets, at one counter. The customers at the counters
 *    now are not counted; the figure is an estimate the customer reads, not a promise.
 *
 * estimateWait(core, s, ahead) places the customer just before the waiting ticket of s that has
 * `ahead` tickets of s before it in the call order (an existing ticket: the ticket itself), or at the
 * end of the queue when s has no more than `ahead` waiting (a new number).
 */
const SAMPLE_SIZE = 20;
const SAMPLE_DAYS = 14;
const FULL_TRUST = 5;

/** A place in the call order: inside an appointment window now, priority, queue time, id. */
export interface QueuePlace {
  inWindow: boolean;
  priority: boolean;
  queuedAt: string;
  id: number;
}

/** Waiting tickets ahead, counted per service and the counter they were sent to (null: any). */
interface AheadGroup {
  serviceId: number;
  targetCounterId: number | null;
  n: number;
}

interface KnownOccupancy {
  /** The mark of the service's finished tickets when the figure was worked out. */
  mark: string;
  /** The oldest sample's finish, the start of the window then, and how many samples there were. */
  oldest: string;
  since: string;
  count: number;
  typical: number;
  minutes: number;
}

/**
 * Each connection remembers every service's occupancy: an issue needs those of all the services whose
 * tickets wait ahead, and working one out reads and dates 20 tickets (about 30 µs). A remembered
 * figure stands while none of the service's tickets has finished since (`finishesMark`), every sample
 * is still inside the window, and the window has not moved back past samples it left out.
 */
const remembered = new WeakMap<Database.Database, Map<number, KnownOccupancy>>();

/** Minutes one customer of the service keeps a counter (call to finish), from recent history blended with the typical minutes. */
export function occupancyMinutes(db: Database.Database, service: Pick<ServiceRow, 'id' | 'typical_minutes'>, nowMs: number): number {
  return occupancyAt(db, service, nowMs, finishesMark(db, service.id));
}

/** occupancyMinutes, given the mark of the service's finished tickets (null: work it out afresh). */
function occupancyAt(
  db: Database.Database,
  service: Pick<ServiceRow, 'id' | 'typical_minutes'>,
  nowMs: number,
  mark: string | null,
): number {
  const since = new Date(nowMs - SAMPLE_DAYS * 86_400_000).toISOString();
  let known = remembered.get(db);
  if (!known) {
    known = new Map();
    remembered.set(db, known);
  }
  const was = known.get(service.id);
  if (
    mark !== null &&
    was &&
    was.mark === mark &&
    was.typical === service.typical_minutes &&
    since <= was.oldest &&
    (was.count === SAMPLE_SIZE || since >= was.since)
  ) {
    return was.minutes;
  }
  // The minutes expression is the one in the index tickets_durations, so it is read, not worked out.
  const sample = db
    .prepare(
      `SELECT count(*) AS count, sum(min(480, max(0.5, minutes))) AS total, min(at) AS oldest FROM (
         SELECT finished_at AS at, (julianday(finished_at) - julianday(coalesce(called_at, started_at))) * 1440 AS minutes
           FROM tickets
          WHERE service_id = +? AND status = 'done' AND started_at IS NOT NULL AND finished_at >= +?
          ORDER BY finished_at DESC
          LIMIT ${SAMPLE_SIZE})`,
    )
    .get(service.id, since) as { count: number; total: number | null; oldest: string | null };
  if (sample.count === 0 || sample.total === null || sample.oldest === null) {
    known.delete(service.id);
    return service.typical_minutes;
  }
  const trust = Math.min(sample.count, FULL_TRUST) / FULL_TRUST;
  const minutes = trust * (sample.total / sample.count) + (1 - trust) * service.typical_minutes;
  if (mark !== null)
    known.set(service.id, { mark, oldest: sample.oldest, since, count: sample.count, typical: service.typical_minutes, minutes });
  return minutes;
}

/** Everything one moment's estimates read once: the layout, with each occupancy on demand. */
interface Snapshot {
  counters: QueueLayout['counters'];
  occupancy: (serviceId: number) => number;
  has: (serviceId: number) => boolean;
}

function snapshot(db: Database.Database, nowMs: number): Snapshot {
  const { counters, services } = queueLayout(db);
  const known = new Map<number, number>();
  return {
    counters,
    has: (serviceId) => services.has(serviceId),
    occupancy(serviceId) {
      let minutes = known.get(serviceId);
      if (minutes === undefined) {
        minutes = occupancyAt(db, services.get(serviceId) ?? { id: serviceId, typical_minutes: 0 }, nowMs, finishesMark(db, serviceId));
        known.set(serviceId, minutes);
      }
      return minutes;
    },
  };
}

/** Minutes the tickets ahead keep service s's counters busy, per counter (steps 3 to 5 above). */
function pooledWait(snap: Snapshot, serviceId: number, ahead: readonly AheadGroup[]): number {
  const all = [...snap.counters];
  const anyOpen = all.some(([, c]) => c.open && c.serves.has(serviceId));
  const pool = new Map(all.filter(([, c]) => c.open || !anyOpen).map(([id, c]) => [id, c.serves]));
  const mine = [...pool.values()].filter((serves) => serves.has(serviceId)).length;
  const share = (g: AheadGroup): number => {
    if (mine === 0) return g.serviceId === serviceId ? 1 : 0;
    if (g.targetCounterId !== null) {
      const serves = pool.get(g.targetCounterId);
      return serves?.has(serviceId) && serves.has(g.serviceId) ? 1 : 0;
    }
    const theirs = [...pool.values()].filter((serves) => serves.has(g.serviceId));
    return theirs.length === 0 ? 0 : theirs.filter((serves) => serves.has(serviceId)).length / theirs.length;
  };
  let minutes = 0;
  for (const g of ahead) {
    const part = share(g);
    if (part > 0) minutes += g.n * snap.occupancy(g.serviceId) * part;
  }
  return Math.round(minutes / Math.max(1, mine));
}

const GROUPED = 'GROUP BY t.service_id, t.target_counter_id';

/** Today's waiting tickets, per service and target counter. */
function waitingGroups(db: Database.Database, businessDay: string): AheadGroup[] {
  return db
    .prepare(
      `SELECT t.service_id AS serviceId, t.target_counter_id AS targetCounterId, count(*) AS n FROM tickets t WHERE t.business_day = ? AND t.status = 'waiting' ${GROUPED}`,
    )
    .all(businessDay) as AheadGroup[];
}

/** Today's waiting tickets per service and target counter: how many, and how many are called before `place`. */
export interface QueueGroup extends AheadGroup {
  before: number;
}

/** One read of today's waiting queue (from the covering index `tickets_queue`) for a place in it. */
export function queueGroups(db: Database.Database, day: QueueDay, place: QueuePlace): QueueGroup[] {
  return db
    .prepare(
      `SELECT t.service_id AS serviceId, t.target_counter_id AS targetCounterId, count(*) AS n,
              sum(${CALLED_BEFORE_SQL}) AS before
         FROM tickets t
        WHERE t.business_day = +@day AND t.status = 'waiting' ${GROUPED}`,
    )
    .all({
      day: day.businessDay,
      now: day.nowIso,
      w: place.inWindow ? 1 : 0,
      p: place.priority ? 1 : 0,
      q: place.queuedAt,
      id: place.id,
    }) as QueueGroup[];
}

/** Today's waiting tickets called before `place`, per service and target counter. */
function groupsBefore(db: Database.Database, day: QueueDay, place: QueuePlace): AheadGroup[] {
  return queueGroups(db, day, place).map((g) => ({ serviceId: g.serviceId, targetCounterId: g.targetCounterId, n: g.before }));
}

/** The estimate for a service from today's waiting groups already read (`n`: the tickets that count). */
export function estimateFromGroups(db: Database.Database, day: QueueDay, serviceId: number, groups: readonly AheadGroup[]): number {
  const snap = snapshot(db, day.nowMs);
  if (!snap.has(serviceId)) return 0;
  return pooledWait(snap, serviceId, groups);
}

/** Minutes a customer of the service at `place` in the call order (null: the end of today's queue) can expect to wait. */
function estimateWaitAt(db: Database.Database, day: QueueDay, serviceId: number, place: QueuePlace | null): number {
  return estimateFromGroups(db, day, serviceId, place ? groupsBefore(db, day, place) : waitingGroups(db, day.businessDay));
}

/** Minutes a customer with `ahead` people of the same service before them can expect to wait for the service. */
export function estimateWait(core: Core, serviceId: number, ahead: number): number {
  const day = queueDay(core);
  const next = core.db
    .prepare(
      `SELECT t.window_start, t.window_end, t.priority, t.queued_at, t.id FROM tickets t
        WHERE t.business_day = @day AND t.service_id = @service AND t.status = 'waiting'
        ORDER BY ${CALL_ORDER_SQL} LIMIT 1 OFFSET @ahead`,
    )
    .get({ day: day.businessDay, service: serviceId, now: day.nowIso, ahead: Math.max(0, ahead) }) as
    { window_start: string | null; window_end: string | null; priority: number; queued_at: string; id: number } | undefined;
  const place = next && {
    inWindow: next.window_start !== null && next.window_end !== null && next.window_start <= day.nowIso && day.nowIso <= next.window_end,
    priority: next.priority === 1,
    queuedAt: next.queued_at,
    id: next.id,
  };
  return estimateWaitAt(core.db, day, serviceId, place ?? null);
}

/** Walk-in numbers of a service issued on a business day (what the daily cap counts). */
function walkinsIssued(db: Database.Database, serviceId: number, businessDay: string): number {
  return (
    db
      .prepare("SELECT count(*) AS n FROM tickets WHERE business_day = +? AND original_service_id = +? AND source = 'walkin'")
      .get(businessDay, serviceId) as { n: number }
  ).n;
}

/** Every active service's load now: waiting, the wait a new number would face, today's issue and cap. */
export function serviceLoads(core: Core): ServiceLoad[] {
  const { db } = core;
  const day = queueDay(core);
  const services = db.prepare('SELECT * FROM services WHERE active = 1 ORDER BY position, prefix').all() as ServiceRow[];
  const issued = db.prepare('SELECT count(*) AS n FROM tickets WHERE business_day = ? AND original_service_id = ?');
  const snap = snapshot(db, day.nowMs);
  const waitingNow = waitingGroups(db, day.businessDay);
  return services.map((s) => ({
    serviceId: s.id,
    waiting: waitingNow.reduce((sum, g) => sum + (g.serviceId === s.id ? g.n : 0), 0),
    estimatedMinutes: pooledWait(snap, s.id, waitingNow),
    issuedToday: (issued.get(day.businessDay, s.id) as { n: number }).n,
    capLeft: s.daily_cap === null ? null : Math.max(0, s.daily_cap - walkinsIssued(db, s.id, day.businessDay)),
    open: withinHours(day.clock, s.opens_at, s.closes_at),
  }));
}
