import type { Bill, RefundInput } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { managerFor } from './approval.ts';
import { queueReceipt } from './receipt-print.ts';
import { readBill } from './read-bill.ts';
import { appendRefund, leftOnPayment, type RefundablePayment } from './refund-write.ts';
import { requireTill } from './settings.ts';

/**
 * A refund (docs/cashier.md, Refunds): money given back against one payment, never more than is left
 * of it, to its own method or in cash from the till's drawer, with a reason and a manager's approval.
 * The payment stays as it was; the refund is a new link in the chain with its own receipt, audited and
 * queued to print in the same transaction.
 */

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

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
      const payment = db.prepare('SELECT * FROM payments WHERE id = ?').get(input.paymentId) as RefundablePayment | undefined;
      if (!payment) throw new AppError('NOT_FOUND', `There is no payment with id ${input.paymentId}`, { paymentId: 'is not a payment' });
      requireTill(db, input.till);
      const left = leftOnPayment(ctx, payment);
      if (left === 0)
        throw new AppError('INVALID_STATE', `Payment ${payment.id} is refunded in full`, { paymentId: 'is refunded in full' });
      if (input.amountMinor > left) throw invalid('amountMinor', `must not be more than is left to refund on that payment (${left})`);
      const written = appendRefund(ctx, {
        actor,
        managerId: manager.id,
        payment,
        amountMinor: input.amountMinor,
        to: input.to,
        till: input.till,
        reason: input.reason,
      });
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: actor.id,
        approverId: manager.id !== actor.id ? manager.id : null,
        action: 'cashier.refund',
        entity: 'bill',
        entityId: payment.bill_id,
        after: {
          receipt: written.number,
          refundOf: written.refundOf,
          method: written.method,
          amountMinor: input.amountMinor,
          reason: input.reason,
        },
        origin: ctx.origin,
      });
      const printJobs = input.print ? queueReceipt(ctx, written.receiptId) : [];
      return { bill: readBill(db, payment.bill_id), receipt: { id: written.receiptId, number: written.number }, printJobs };
    })
    .immediate();
}
