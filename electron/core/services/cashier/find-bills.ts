import type Database from 'better-sqlite3';
import type { Bill } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { readBill } from './read-bill.ts';

/**
 * The bills a number typed or scanned at the refund screen stands for: the bill a receipt was issued
 * on (a payment's or a refund's), else the bills of the job with that number, newest first. Neither is
 * NOT_FOUND naming `number`.
 */
export function findBills(db: Database.Database, typed: string): Bill[] {
  const number = typed.trim().toUpperCase();
  const receipt = db.prepare('SELECT bill_id FROM receipts WHERE number = ?').get(number) as { bill_id: number } | undefined;
  if (receipt) return [readBill(db, receipt.bill_id)];
  const bills = db.prepare('SELECT b.id FROM bills b JOIN jobs j ON j.id = b.job_id WHERE j.number = ? ORDER BY b.id DESC').all(number) as {
    id: number;
  }[];
  if (bills.length === 0)
    throw new AppError('NOT_FOUND', `No receipt or billed job has the number ${number}`, { number: 'is not a receipt or a billed job' });
  return bills.map((b) => readBill(db, b.id));
}
