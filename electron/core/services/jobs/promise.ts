import type Database from 'better-sqlite3';
import type { JobAssetKind, JobsSettings } from '../../../../shared/contract/jobs-settings.ts';

/** How many of the latest similar jobs the suggestion looks at. */
const SAMPLE = 51;

/**
 * The promise intake suggests: now plus the median time the latest similar jobs (same service and asset
 * kind) took from intake to ready, or the shop's default turnaround when none has been ready yet.
 */
export function suggestPromise(
  db: Database.Database,
  settings: JobsSettings,
  q: { serviceId: number | null; assetKind: JobAssetKind; nowMs: number },
): { promisedReadyAt: string; minutes: number; basedOn: number } {
  const rows = db
    .prepare(
      `SELECT (julianday(ready_at) - julianday(created_at)) * 1440 AS minutes FROM jobs
        WHERE service_id ${q.serviceId === null ? 'IS NULL' : '= @service'} AND asset_kind = @kind AND ready_at IS NOT NULL
        ORDER BY ready_at DESC LIMIT ${SAMPLE}`,
    )
    .all({ ...(q.serviceId === null ? {} : { service: q.serviceId }), kind: q.assetKind }) as { minutes: number }[];
  const sorted = rows.map((r) => r.minutes).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const minutes = Math.max(1, Math.round(median ?? settings.defaultTurnaroundHours * 60));
  return { promisedReadyAt: new Date(q.nowMs + minutes * 60_000).toISOString(), minutes, basedOn: sorted.length };
}
