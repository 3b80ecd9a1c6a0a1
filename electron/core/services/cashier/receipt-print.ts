import type Database from 'better-sqlite3';
import { nameIn } from '../../../../shared/names.ts';
import type { CallContext } from '../../context.ts';
import { getPrintJob, printAfterCommit, receipt, refundReceipt, type ReceiptData } from '../../printing/index.ts';
import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import type { PrintDocument } from '../../../../shared/print/layout.ts';
import { getProfile } from '../profile.ts';
import { getStaffRow } from '../staff.ts';
import { readBill } from './read-bill.ts';
import { getCashierSettings } from './settings.ts';

interface ReceiptRow {
  id: number;
  kind: 'payment' | 'refund';
  number: string;
  bill_id: number;
  change_minor: number;
  balance_after_minor: number;
  till: string;
  at: string;
  by_staff: number;
  hash: string;
}

/** What a receipt prints: the store, its bill, its own payments, what was paid before it. */
function receiptData(db: Database.Database, receiptId: number): ReceiptData {
  const r = db.prepare('SELECT * FROM receipts WHERE id = ?').get(receiptId) as ReceiptRow;
  const bill = readBill(db, r.bill_id);
  const profile = getProfile(db);
  const till = getCashierSettings(db).tills.find((t) => t.key === r.till);
  const own = db.prepare('SELECT id FROM payments WHERE receipt_id = ?').all(receiptId) as { id: number }[];
  const ids = new Set(own.map((p) => p.id));
  const payments = bill.payments.filter((p) => ids.has(p.id));
  const earlier = ids.size === 0 ? [] : bill.payments.filter((p) => p.id < Math.min(...ids));
  return {
    store: {
      name: profile.name,
      address: profile.address,
      phone: profile.phone,
      currency: profile.currency,
      locale: profile.locale,
      timeZone: profile.timeZone,
    },
    number: r.number,
    at: r.at,
    till: till ? nameIn(profile.locale, till) : r.till,
    cashier: getStaffRow(db, r.by_staff)?.name ?? '',
    jobNumber: bill.jobNumber,
    bill,
    paidEarlierMinor: earlier.reduce((s, p) => s + p.appliedMinor, 0),
    payments: payments.map((p) => ({
      method: p.method,
      reference: p.reference,
      amountMinor: p.amountMinor,
      tenderedMinor: p.tenderedMinor,
      roundingMinor: p.roundingMinor,
    })),
    changeMinor: r.change_minor,
    balanceAfterMinor: r.balance_after_minor,
    hash: r.hash,
  };
}

/** A refund receipt's document: the refund, the receipt of the payment it gives back, who approved it. */
function refundDocument(db: Database.Database, r: ReceiptRow): PrintDocument {
  const refund = db
    .prepare(
      `SELECT f.method, f.amount_minor, f.reason, f.approved_by, r.number AS paid_on
         FROM refunds f JOIN payments p ON p.id = f.payment_id JOIN receipts r ON r.id = p.receipt_id WHERE f.receipt_id = ?`,
    )
    .get(r.id) as { method: PaymentMethod; amount_minor: number; reason: string; approved_by: number; paid_on: string };
  const data = receiptData(db, r.id);
  return refundReceipt({
    store: data.store,
    number: r.number,
    at: r.at,
    till: data.till,
    cashier: data.cashier,
    approvedBy: getStaffRow(db, refund.approved_by)?.name ?? '',
    jobNumber: data.jobNumber,
    paidOn: refund.paid_on,
    method: refund.method,
    amountMinor: refund.amount_minor,
    reason: refund.reason,
    hash: r.hash,
  });
}

/**
 * Queues a receipt (a payment's or a refund's) on the printer routed for receipts, inside the
 * transaction that issued it: killed right after the commit, the station finds the receipt waiting in
 * the print queue. A receipt that cannot be queued is kept as a failed print job saying why (the money
 * stands); none routed queues nothing.
 */
export function queueReceipt(
  ctx: CallContext,
  receiptId: number,
  options: { reprintMark?: boolean } = {},
): { id: number; status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled' }[] {
  const { db } = ctx.core;
  const id = printAfterCommit(
    ctx,
    'receipt',
    () => {
      const r = db.prepare('SELECT * FROM receipts WHERE id = ?').get(receiptId) as ReceiptRow;
      return r.kind === 'refund' ? refundDocument(db, r) : receipt(receiptData(db, receiptId));
    },
    options,
  );
  if (id === null) return [];
  return [{ id, status: getPrintJob(db, id).status }];
}
