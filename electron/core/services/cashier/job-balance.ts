import type Database from 'better-sqlite3';

/**
 * What a customer has really paid on a job, for the jobs area's delivery gate and pages: the deposit
 * paid on the job's deposit bill (less what was refunded of it), and the job's work bill if one is
 * open or settled.
 */

/** The deposit taken as money on the job's live deposit bill, less refunds of it. */
export function depositPaidOnJob(db: Database.Database, jobId: number): number {
  const row = db
    .prepare(
      `SELECT coalesce((SELECT sum(p.applied_minor) FROM payments p WHERE p.bill_id = b.id), 0)
            - coalesce((SELECT sum(r.amount_minor) FROM refunds r WHERE r.bill_id = b.id), 0) AS paid
         FROM bills b WHERE b.job_id = ? AND b.kind = 'deposit' AND b.status <> 'voided'`,
    )
    .get(jobId) as { paid: number } | undefined;
  return Math.max(0, row?.paid ?? 0);
}

/**
 * What is still owed on a job: its work bill's balance once one is opened (its due less what payments
 * credited it); before that, the estimate less the deposit actually paid.
 */
export function owedOnJob(db: Database.Database, jobId: number, estimateMinor: number): number {
  const bill = db
    .prepare(
      `SELECT b.due_minor - coalesce((SELECT sum(p.applied_minor) FROM payments p WHERE p.bill_id = b.id), 0) AS balance
         FROM bills b WHERE b.job_id = ? AND b.kind = 'job' AND b.status <> 'voided'`,
    )
    .get(jobId) as { balance: number } | undefined;
  if (bill) return Math.max(0, bill.balance);
  return Math.max(0, estimateMinor - depositPaidOnJob(db, jobId));
}
