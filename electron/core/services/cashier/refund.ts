import type { Bill, RefundInput } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { managerFor } from './approval.ts';
import { appendLink } from './chain.ts';
import { drawerReport } from './drawer-report.ts';
import { requireOpenSession } from './drawer-rows.ts';
import { queueReceipt } from './receipt-print.ts';
import { takeReceiptNumber } from './receipt-numbers.ts';
import { readBill } from './read-bill.ts';
import { paidOn, requireBillRow } from './rows.ts';
import { requireTill } from './settings.ts';

/**
 * A refund (docs/cashier.md, Refunds): money given back against one payment, never more than is left
 * of it, to its own method or in cash from the till's drawer, with a reason and a manager's approval.
 * The payment stays as it was; the refund is a new link in the chain with its own receipt, audited and
 * queued to print in the same transaction.
 */

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

interface PaymentRow {
  id: number;
  bill_id: number;
  method: Bill['payments'][number]['method'];
  amount_minor: number;
  receipt_id: number;
}

export async function refundPayment(
  ctx: CallContext,
  input: RefundInput,
): Promise<{
  bill: Bill;
  receipt: { id: number; number: string };
  printJobs: { id: number; status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled' }[];
}> {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const manager = await managerFor(ctx, input.approval, 'a refund');
  return db
    .transaction(() => {
      const payment = db.prepare('SELECT * FROM payments WHERE id = ?').get(input.paymentId) as PaymentRow | undefined;
      if (!payment) throw new AppError('NOT_FOUND', `There is no payment with id ${input.paymentId}`, { paymentId: 'is not a payment' });
      requireTill(db, input.till);
      const refunded = (
        db.prepare('SELECT coalesce(sum(amount_minor), 0) AS n FROM refunds WHERE payment_id = ?').get(payment.id) as { n: number }
      ).n;
      const left = payment.amount_minor - refunded;
      if (left === 0)
        throw new AppError('INVALID_STATE', `Payment ${payment.id} is refunded in full`, { paymentId: 'is refunded in full' });
      if (input.amountMinor > left) throw invalid('amountMinor', `must not be more than is left to refund on that payment (${left})`);
      const method = input.to === 'cash' ? 'cash' : payment.method;
      const session = method === 'cash' ? requireOpenSession(db, input.till) : null;
      if (session) {
        const holds = drawerReport(db, session).expectedCashMinor;
        if (input.amountMinor > holds) throw invalid('amountMinor', `must not be more than the drawer holds (${holds})`);
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
        amount_minor: input.amountMinor,
        change_minor: 0,
        balance_after_minor: bill.status === 'voided' ? 0 : bill.due_minor - paidOn(db, bill.id),
        till: input.till,
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      appendLink(db, 'refund', {
        payment_id: payment.id,
        bill_id: bill.id,
        receipt_id: receiptId,
        method,
        amount_minor: input.amountMinor,
        reason: input.reason,
        approved_by: manager.id,
        till: input.till,
        drawer_session_id: session?.id ?? null,
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      const paidReceipt = (db.prepare('SELECT number FROM receipts WHERE id = ?').get(payment.receipt_id) as { number: string }).number;
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        approverId: manager.id !== actor.id ? manager.id : null,
        action: 'cashier.refund',
        entity: 'bill',
        entityId: bill.id,
        after: { receipt: number.number, refundOf: paidReceipt, method, amountMinor: input.amountMinor, reason: input.reason },
        origin: ctx.origin,
      });
      const printJobs = input.print ? queueReceipt(ctx, receiptId) : [];
      return { bill: readBill(db, bill.id), receipt: { id: receiptId, number: number.number }, printJobs };
    })
    .immediate();
}
