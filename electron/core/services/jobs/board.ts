import type Database from 'better-sqlite3';
import type { JobStatus } from '../../../../shared/contract/job-events.ts';
import type { BoardCard } from '../../../../shared/contract/jobs.ts';
import type { JobAssetKind } from '../../../../shared/contract/jobs-settings.ts';
import type { Core } from '../../core.ts';
import { labelOf, owedOf } from './rows.ts';
import { getJobsSettings } from './settings.ts';

interface CardRow {
  id: number;
  number: string;
  status: JobStatus;
  status_since: string;
  customer_name: string;
  asset_kind: JobAssetKind;
  brand: string | null;
  model: string | null;
  imei: string | null;
  serial: string | null;
  plate: string | null;
  vin: string | null;
  service_id: number | null;
  technician_id: number | null;
  technician_name: string | null;
  fault: string;
  promised_ready_at: string | null;
}

/** Open jobs only: `closed_at IS NULL` is the partial indexes' own condition, so closed jobs are never read. */
export const OPEN_CARDS = `
  SELECT j.id, j.number, j.status, j.status_since, c.name AS customer_name, j.asset_kind, a.brand, a.model, a.imei, a.serial,
         a.plate, a.vin, j.service_id, j.technician_id, t.name AS technician_name, j.fault, j.promised_ready_at
    FROM jobs j
    JOIN customers c ON c.id = j.customer_id
    LEFT JOIN assets a ON a.id = j.asset_id
    LEFT JOIN staff t ON t.id = j.technician_id
   WHERE j.closed_at IS NULL
     AND (@technician IS NULL OR j.technician_id = @technician)
     AND (@service IS NULL OR j.service_id = @service)
     AND (@kind IS NULL OR j.asset_kind = @kind)
   ORDER BY j.status_since, j.id`;

/** The fault as the board shows it on a card: its first line, cut short. */
const short = (fault: string): string => {
  const first = fault.split('\n')[0] ?? '';
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
};

/**
 * The job board: open jobs (filtered by technician, service and asset kind), counts per status, which
 * are overdue (past the promise, not ready yet) or stale (longer in their status than the shop's
 * threshold), and each technician's open load for dispatch.
 */
export function jobBoard(core: Core, f: { technicianId: number | null; serviceId: number | null; assetKind: JobAssetKind | null }) {
  const { db } = core;
  const settings = getJobsSettings(db);
  const now = core.clock.now();
  const nowIso = new Date(now).toISOString();
  // Instants compare as the strings the store writes: the moment before which each status is stale.
  const staleBefore = new Map(
    Object.entries(settings.staleHours).map(([s, hours]) => [s, new Date(now - hours * 3_600_000).toISOString()]),
  );
  const rows = db.prepare(OPEN_CARDS).all({ technician: f.technicianId, service: f.serviceId, kind: f.assetKind }) as CardRow[];
  const counts: Record<string, number> = Object.fromEntries([...staleBefore.keys()].map((s) => [s, 0]));
  const jobs: BoardCard[] = rows.map((r) => {
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    return {
      id: r.id,
      number: r.number,
      status: r.status,
      statusSince: r.status_since,
      customerName: r.customer_name,
      assetKind: r.asset_kind,
      assetLabel: labelOf({ kind: r.asset_kind, ...r }),
      serviceId: r.service_id,
      technicianId: r.technician_id,
      technicianName: r.technician_name,
      fault: short(r.fault),
      promisedReadyAt: r.promised_ready_at,
      overdue: r.status !== 'ready' && r.promised_ready_at !== null && r.promised_ready_at < nowIso,
      stale: r.status_since < (staleBefore.get(r.status) ?? ''),
    };
  });
  return { counts, jobs, technicians: technicianLoads(db) };
}

/** Every active technician with their open jobs, and anyone else who holds open jobs (a manager stepping in). */
function technicianLoads(db: Database.Database) {
  return db
    .prepare(
      `SELECT s.id, s.name, count(j.id) AS openJobs
         FROM staff s
         LEFT JOIN jobs j ON j.technician_id = s.id AND j.closed_at IS NULL
        WHERE (s.active = 1 AND s.role = 'technician') OR j.id IS NOT NULL
        GROUP BY s.id
        ORDER BY openJobs, s.name`,
    )
    .all() as { id: number; name: string; openJobs: number }[];
}

/** Ready and not collected, longest waiting first, with whole days waiting, what is still owed and the phone to call. */
export function readyList(core: Core) {
  const { db } = core;
  const now = core.clock.now();
  const staleBefore = new Date(now - getJobsSettings(db).staleHours.ready * 3_600_000).toISOString();
  const rows = db
    .prepare(
      `SELECT j.id, j.number, c.name AS customer_name, c.phone AS customer_phone, j.asset_kind, a.brand, a.model, a.imei, a.serial,
              a.plate, a.vin, j.ready_at, j.deposit_minor,
              (SELECT coalesce(sum(l.quantity * l.unit_price_minor), 0) FROM job_lines l
                WHERE l.job_id = j.id AND l.status = 'accepted' AND l.warranty_covered = 0) AS estimate
         FROM jobs j
         JOIN customers c ON c.id = j.customer_id
         LEFT JOIN assets a ON a.id = j.asset_id
        WHERE j.closed_at IS NULL AND j.status = 'ready'
        ORDER BY j.ready_at, j.id`,
    )
    .all() as (CardRow & { customer_phone: string; ready_at: string; deposit_minor: number; estimate: number })[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    assetLabel: labelOf({ kind: r.asset_kind, ...r }),
    readyAt: r.ready_at,
    daysWaiting: Math.max(0, Math.floor((now - Date.parse(r.ready_at)) / 86_400_000)),
    stale: r.ready_at < staleBefore,
    owedMinor: owedOf(db, r.id, r.estimate),
  }));
}

/**
 * The pickup list a waiting-room display shows: the numbers of ready jobs, the latest ready first, at
 * most `limit`. Only the number: the waiting room never learns whose job is ready.
 */
export function readyForPickup(db: Database.Database, limit: number): string[] {
  return db
    .prepare(
      `SELECT j.number FROM jobs j
        WHERE j.closed_at IS NULL AND j.status = 'ready'
        ORDER BY j.ready_at DESC, j.id DESC
        LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}
