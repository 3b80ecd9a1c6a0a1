import type Database from 'better-sqlite3';
import type { SeededQueue } from './seed-queue.ts';

/**
 * A comparison for the queue's estimated wait, computed by the bench only (the product does not use
 * it): counters serving several services share their time, so a new ticket waits behind every ticket
 * those counters will take, not only its own service's. Each waiting ticket of service t adds its
 * service's mean occupancy of a counter (call to finish, walk-up included; last 20 within 14 days)
 * times the share of t's counters that also serve s; the sum is divided by the counters serving s.
 */
export function pooledEstimate(db: Database.Database, queue: SeededQueue, serviceId: number, businessDay: string, nowMs: number): number {
  const since = new Date(nowMs - 14 * 86_400_000).toISOString();
  const occupancy = db.prepare(
    `SELECT avg(minutes) AS m FROM (SELECT (julianday(finished_at) - julianday(called_at)) * 1440 AS minutes FROM tickets
      WHERE service_id = ? AND status = 'done' AND called_at IS NOT NULL AND finished_at >= ? ORDER BY finished_at DESC LIMIT 20)`,
  );
  const waiting = db.prepare("SELECT service_id AS id, count(*) AS n FROM tickets WHERE business_day = ? AND status = 'waiting' GROUP BY service_id").all(businessDay) as {
    id: number;
    n: number;
  }[];
  const countersOf = (id: number) => queue.counters.filter((c) => c.serviceIds.includes(id)).map((c) => c.id);
  const mine = countersOf(serviceId);
  let minutes = 0;
  for (const { id, n } of waiting) {
    const theirs = countersOf(id);
    const shared = theirs.filter((c) => mine.includes(c)).length;
    if (shared === 0) continue;
    const m = (occupancy.get(id, since) as { m: number | null }).m ?? 0;
    minutes += (n * m * shared) / theirs.length;
  }
  return Math.round(minutes / Math.max(1, mine.length));
}
