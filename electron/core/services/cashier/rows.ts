import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors.ts';

/** A bill's row as the store keeps it. */
export interface BillRow {
  id: number;
  kind: 'job' | 'deposit' | 'sale';
  job_id: number | null;
  customer_id: number | null;
  currency: string;
  tax_mode: 'none' | 'inclusive' | 'exclusive';
  tax_rate_bp: number;
  cash_rounding: number;
  gross_minor: number;
  line_discount_minor: number;
  bill_discount_kind: 'amount' | 'percent' | null;
  bill_discount_value: number;
  bill_discount_minor: number;
  tax_minor: number;
  total_minor: number;
  deposit_applied_minor: number;
  due_minor: number;
  discount_approved_by: number | null;
  status: 'open' | 'settled' | 'voided';
  created_at: string;
  created_by: number;
  closed_at: string | null;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
}

export function requireBillRow(db: Database.Database, billId: number, field = 'billId'): BillRow {
  const row = db.prepare('SELECT * FROM bills WHERE id = ?').get(billId) as BillRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no bill with id ${billId}`, { [field]: 'is not a bill' });
  return row;
}

/** What payments have credited a bill so far. */
export function paidOn(db: Database.Database, billId: number): number {
  return (db.prepare('SELECT coalesce(sum(applied_minor), 0) AS paid FROM payments WHERE bill_id = ?').get(billId) as { paid: number })
    .paid;
}
