import type Database from 'better-sqlite3';
import type { JobStatus } from '../../../../shared/contract/job-events.ts';
import { linesOf, requireJobRow, type LineRow } from './rows.ts';

/** What the cashier bills of a job: its number, customer, agreed deposit, and its accepted lines (covered ones marked). */
export interface JobCharges {
  id: number;
  number: string;
  customerId: number;
  status: JobStatus;
  depositMinor: number;
  lines: {
    lineNo: number;
    kind: LineRow['kind'];
    description: string;
    quantity: number;
    unitPriceMinor: number;
    warrantyCovered: boolean;
  }[];
}

/** A job's charges for its bill; NOT_FOUND naming `field` when there is no such job. */
export function jobCharges(db: Database.Database, jobId: number, field: string): JobCharges {
  const row = requireJobRow(db, jobId, field);
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    status: row.status,
    depositMinor: row.deposit_minor,
    lines: linesOf(db, jobId)
      .filter((l) => l.status === 'accepted')
      .map((l) => ({
        lineNo: l.line_no,
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitPriceMinor: l.unit_price_minor,
        warrantyCovered: l.warranty_covered === 1,
      })),
  };
}
