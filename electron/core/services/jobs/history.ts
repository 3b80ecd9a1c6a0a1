import type Database from 'better-sqlite3';
import type { JobHistoryEntry } from '../../../../shared/contract/customers.ts';
import type { JobStatus } from '../../../../shared/contract/job-events.ts';

/** A customer's jobs, newest first: `limit` of them and whether older ones exist (the customer page's history). */
export function jobsOfCustomer(db: Database.Database, customerId: number, limit: number): { entries: JobHistoryEntry[]; more: boolean } {
  const rows = db
    .prepare(
      `SELECT id, number, status, asset_id, fault, created_at, closed_at FROM jobs
        WHERE customer_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(customerId, limit + 1) as {
    id: number;
    number: string;
    status: JobStatus;
    asset_id: number | null;
    fault: string;
    created_at: string;
    closed_at: string | null;
  }[];
  return {
    entries: rows.slice(0, limit).map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      assetId: r.asset_id,
      fault: r.fault,
      createdAt: r.created_at,
      closedAt: r.closed_at,
    })),
    more: rows.length > limit,
  };
}
