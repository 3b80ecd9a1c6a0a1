import type Database from 'better-sqlite3';
import { cashRounded } from '../../../../shared/bill-math.ts';
import type { Bill } from '../../../../shared/contract/cashier-bills.ts';
import { requireBillRow } from './rows.ts';

interface LineRow {
  line_no: number;
  kind: Bill['lines'][number]['kind'];
  description: string;
  quantity: number;
  unit_price_minor: number;
  list_price_minor: number;
  covered_reason: 'warranty' | null;
  job_line_no: number | null;
  item_key: string | null;
  taxable: number;
  discount_minor: number;
  bill_discount_share_minor: number;
  net_minor: number;
  tax_minor: number;
  total_minor: number;
}

interface PaymentRow {
  id: number;
  method: Bill['payments'][number]['method'];
  reference: string;
  amount_minor: number;
  applied_minor: number;
  rounding_minor: number;
  tendered_minor: number;
  change_minor: number;
  refunded: number;
  number: string;
  till: string;
  at: string;
  by_staff: number;
}

/** A bill as every cashier read and write answers it: its lines, its payments and receipts, what is still owed. */
export function readBill(db: Database.Database, billId: number): Bill {
  const row = requireBillRow(db, billId);
  const lines = db.prepare('SELECT * FROM bill_lines WHERE bill_id = ? ORDER BY line_no').all(billId) as LineRow[];
  const payments = db
    .prepare(
      `SELECT p.*, r.number, coalesce((SELECT sum(f.amount_minor) FROM refunds f WHERE f.payment_id = p.id), 0) AS refunded
         FROM payments p JOIN receipts r ON r.id = p.receipt_id WHERE p.bill_id = ? ORDER BY p.id`,
    )
    .all(billId) as PaymentRow[];
  const receipts = db
    .prepare('SELECT id, number, kind, amount_minor, change_minor, balance_after_minor, at FROM receipts WHERE bill_id = ? ORDER BY id')
    .all(billId) as {
    id: number;
    number: string;
    kind: 'payment' | 'refund';
    amount_minor: number;
    change_minor: number;
    balance_after_minor: number;
    at: string;
  }[];
  const job = row.job_id === null ? undefined : (db.prepare('SELECT number FROM jobs WHERE id = ?').get(row.job_id) as { number: string });
  const paidMinor = payments.reduce((s, p) => s + p.applied_minor, 0);
  const balanceMinor = row.status === 'voided' ? 0 : row.due_minor - paidMinor;
  return {
    id: row.id,
    kind: row.kind,
    jobId: row.job_id,
    jobNumber: job?.number ?? null,
    customerId: row.customer_id,
    status: row.status,
    currency: row.currency,
    taxMode: row.tax_mode,
    taxRateBp: row.tax_rate_bp,
    cashRounding: row.cash_rounding === 1,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unit_price_minor,
      listPriceMinor: l.list_price_minor,
      coveredReason: l.covered_reason,
      jobLineNo: l.job_line_no,
      itemKey: l.item_key,
      taxable: l.taxable === 1,
      discountMinor: l.discount_minor,
      billDiscountShareMinor: l.bill_discount_share_minor,
      netMinor: l.net_minor,
      taxMinor: l.tax_minor,
      totalMinor: l.total_minor,
    })),
    grossMinor: row.gross_minor,
    lineDiscountMinor: row.line_discount_minor,
    billDiscountMinor: row.bill_discount_minor,
    taxMinor: row.tax_minor,
    totalMinor: row.total_minor,
    depositAppliedMinor: row.deposit_applied_minor,
    dueMinor: row.due_minor,
    discountApprovedBy: row.discount_approved_by,
    paidMinor,
    balanceMinor,
    cashDueMinor: row.cash_rounding === 1 ? cashRounded(balanceMinor) : balanceMinor,
    refundedMinor: payments.reduce((s, p) => s + p.refunded, 0),
    payments: payments.map((p) => ({
      id: p.id,
      method: p.method,
      reference: p.reference,
      amountMinor: p.amount_minor,
      appliedMinor: p.applied_minor,
      roundingMinor: p.rounding_minor,
      tenderedMinor: p.tendered_minor,
      changeMinor: p.change_minor,
      refundedMinor: p.refunded,
      receiptNumber: p.number,
      till: p.till,
      at: p.at,
      by: p.by_staff,
    })),
    receipts: receipts.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      amountMinor: r.amount_minor,
      changeMinor: r.change_minor,
      balanceAfterMinor: r.balance_after_minor,
      at: r.at,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
    closedAt: row.closed_at,
    voided:
      row.status === 'voided' && row.voided_at !== null && row.voided_by !== null
        ? { at: row.voided_at, by: row.voided_by, reason: row.void_reason ?? '' }
        : null,
  };
}
