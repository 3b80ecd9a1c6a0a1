import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { Actor, CallContext } from '../../context.ts';
import { appendLink } from './chain.ts';
import { drawerReport } from './drawer-report.ts';
import { requireOpenSession } from './drawer-rows.ts';
import { takeReceiptNumber } from './receipt-numbers.ts';
import { paidOn, requireBillRow } from './rows.ts';

/** A payment as a refund reads it. */
export interface RefundablePayment {
  id: number;
  bill_id: number;
  method: PaymentMethod;
  amount_minor: number;
  receipt_id: number;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

/** What is left to give back of a payment: what it took less what was refunded of it. */
export function leftOnPayment(ctx: CallContext, payment: RefundablePayment): number {
  const refunded = (
    ctx.core.db.prepare('SELECT coalesce(sum(amount_minor), 0) AS n FROM refunds WHERE payment_id = ?').get(payment.id) as { n: number }
  ).n;
  return payment.amount_minor - refunded;
}

/**
 * Writes one refund inside the caller's transaction: its receipt (numbered), the refund as a link of
 * the chain, paid out by the payment's method or in cash from the till's open drawer (never more than
 * it holds, refused naming `amountMinor`). The caller checks what is left and audits.
 */
export function appendRefund(
  ctx: CallContext,
  refund: {
    actor: Actor;
    managerId: number;
    payment: RefundablePayment;
    amountMinor: number;
    to: 'original' | 'cash';
    till: string;
    reason: string;
  },
): { receiptId: number; number: string; method: PaymentMethod; refundOf: string } {
  const { db } = ctx.core;
  const { payment, amountMinor } = refund;
  const method = refund.to === 'cash' ? 'cash' : payment.method;
  const session = method === 'cash' ? requireOpenSession(db, refund.till) : null;
  if (session) {
    const holds = drawerReport(db, session).expectedCashMinor;
    if (amountMinor > holds) throw invalid('amountMinor', `must not be more than the drawer holds (${holds})`);
  }
  const bill = requireBillRow(db, payment.bill_id);
  const now = ctx.core.nowIso();
  const number = takeReceiptNumber(ctx);
  const receiptId = appendLink(db, 'receipt', {
    number: number.number,
    year: number.year,
    seq: number.seq,
    kind: 'refund',
    bill_id: bill.id,
    amount_minor: amountMinor,
    change_minor: 0,
    balance_after_minor: bill.status === 'voided' ? 0 : bill.due_minor - paidOn(db, bill.id),
    till: refund.till,
    at: now,
    by_staff: refund.actor.id,
    origin: ctx.origin,
  });
  appendLink(db, 'refund', {
    payment_id: payment.id,
    bill_id: bill.id,
    receipt_id: receiptId,
    method,
    amount_minor: amountMinor,
    reason: refund.reason,
    approved_by: refund.managerId,
    till: refund.till,
    drawer_session_id: session?.id ?? null,
    at: now,
    by_staff: refund.actor.id,
    origin: ctx.origin,
  });
  const refundOf = (db.prepare('SELECT number FROM receipts WHERE id = ?').get(payment.receipt_id) as { number: string }).number;
  return { receiptId, number: number.number, method, refundOf };
}
