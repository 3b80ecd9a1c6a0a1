import type Database from 'better-sqlite3';
import type { ServiceLoad } from '../../../../shared/contract/queue.ts';
import type { Core } from '../../core.ts';
import { queueDay, withinHours } from './day.ts';
import type { ServiceRow } from './rows.ts';

/**
 * Estimated wait, from what really happened rather than a constant.
 *
 * 1. Minutes per customer for a service: the service time (started_at to finished_at) of its last
 *    SAMPLE_SIZE finished tickets within SAMPLE_DAYS days, each clamped to 0.5-480 minutes so one
 *    forgotten "finish" cannot swamp the rest; their mean.
 * 2. With few samples the mean is blended with the service's typical_minutes: k samples weigh k/FULL_TRUST
 *    (k < FULL_TRUST), the typical minutes the rest; with none, the typical minutes alone.
 * 3. The people ahead share the counters that serve the service and are open (someone sits there),
 *    at least one: wait = ahead x minutes per customer / open counters, rounded to whole minutes.
 *    A counter serving several services is counted for each of them, so a mixed shop is estimated
 *    a little short; the figure is an estimate the customer reads, not a promise.
 */
export const SAMPLE_SIZE = 20;
export const SAMPLE_DAYS = 14;
export const FULL_TRUST = 5;

/** Minutes one customer of the service takes, from recent history blended with the typical minutes. */
export function minutesPerCustomer(db: Database.Database, service: Pick<ServiceRow, 'id' | 'typical_minutes'>, nowMs: number): number {
  const since = new Date(nowMs - SAMPLE_DAYS * 86_400_000).toISOString();
  const rows = db
    .prepare(
      `SELECT (julianday(finished_at) - julianday(started_at)) * 1440 AS minutes
         FROM tickets
        WHERE service_id = ? AND status = 'done' AND started_at IS NOT NULL AND finished_at >= ?
        ORDER BY finished_at DESC
        LIMIT ${SAMPLE_SIZE}`,
    )
    .all(service.id, since) as { minutes: number }[];
  if (rows.length === 0) return service.typical_minutes;
  const mean = rows.reduce((sum, r) => sum + Math.min(480, Math.max(0.5, r.minutes)), 0) / rows.length;
  const trust = Math.min(rows.length, FULL_TRUST) / FULL_TRUST;
  return trust * mean + (1 - trust) * service.typical_minutes;
}

/** Open counters (someone sits there) that serve the service; at least one. */
export function openServers(db: Database.Database, serviceId: number): number {
  const { n } = db
    .prepare(
      `SELECT count(*) AS n FROM counters c JOIN counter_services cs ON cs.counter_id = c.id
        WHERE cs.service_id = ? AND c.active = 1 AND c.open_staff_id IS NOT NULL`,
    )
    .get(serviceId) as { n: number };
  return Math.max(1, n);
}

function waitMinutes(db: Database.Database, service: Pick<ServiceRow, 'id' | 'typical_minutes'>, ahead: number, nowMs: number): number {
  if (ahead <= 0) return 0;
  return Math.round((ahead * minutesPerCustomer(db, service, nowMs)) / openServers(db, service.id));
}

/** Minutes a customer with `ahead` people before them can expect to wait for the service. */
export function estimateWait(core: Core, serviceId: number, ahead: number): number {
  const service = core.db.prepare('SELECT id, typical_minutes FROM services WHERE id = ?').get(serviceId) as Pick<ServiceRow, 'id' | 'typical_minutes'> | undefined;
  if (!service) return 0;
  return waitMinutes(core.db, service, ahead, core.clock.now());
}

/** Walk-in numbers of a service issued on a business day (what the daily cap counts). */
export function walkinsIssued(db: Database.Database, serviceId: number, businessDay: string): number {
  return (
    db
      .prepare("SELECT count(*) AS n FROM tickets WHERE business_day = ? AND original_service_id = ? AND source = 'walkin'")
      .get(businessDay, serviceId) as { n: number }
  ).n;
}

/** Tickets waiting for a service today. */
export function waitingCount(db: Database.Database, serviceId: number, businessDay: string): number {
  return (db.prepare("SELECT count(*) AS n FROM tickets WHERE business_day = ? AND service_id = ? AND status = 'waiting'").get(businessDay, serviceId) as { n: number }).n;
}

/** Every active service's load now: waiting, the wait a new number would face, today's issue and cap. */
export function serviceLoads(core: Core): ServiceLoad[] {
  const { db } = core;
  const day = queueDay(core);
  const services = db.prepare('SELECT * FROM services WHERE active = 1 ORDER BY position, prefix').all() as ServiceRow[];
  const issued = db.prepare('SELECT count(*) AS n FROM tickets WHERE business_day = ? AND original_service_id = ?');
  return services.map((s) => {
    const waiting = waitingCount(db, s.id, day.businessDay);
    return {
      serviceId: s.id,
      waiting,
      estimatedMinutes: waitMinutes(db, s, waiting, day.nowMs),
      issuedToday: (issued.get(day.businessDay, s.id) as { n: number }).n,
      capLeft: s.daily_cap === null ? null : Math.max(0, s.daily_cap - walkinsIssued(db, s.id, day.businessDay)),
      open: withinHours(day.clock, s.opens_at, s.closes_at),
    };
  });
}
