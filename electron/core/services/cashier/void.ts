import type { Bill, VoidInput } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type Actor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { managerFor } from './approval.ts';
import { queueReceipt } from './receipt-print.ts';
import { readBill } from './read-bill.ts';
import { appendRefund, leftOnPayment, type RefundablePayment } from './refund-write.ts';
import { requireBillRow } from './rows.ts';
import { requireTill } from './settings.ts';

/**
 * Voiding a bill (docs/cashier.md, Voids). Nothing paid: the bill is cancelled, no manager needed (no
 * money moves; the bill can be opened again). Payments made: what is left of each is refunded to its
 * own method in the same transaction (each a refund with its receipt, links of the chain; cash from the
 * till's drawer), a manager approving as for any refund. The bill's money and payments stay as they
 * were; only its status moves to voided, with who, when and why. A job's voided bill lets the job be
 * billed again. A deposit bill whose deposit a live work bill took off is refused: void that one first.
 */

type PrintJobs = { id: number; status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled' }[];

const hasPayments = (ctx: CallContext, billId: number) =>
  ctx.core.db.prepare('SELECT 1 FROM payments WHERE bill_id = ? LIMIT 1').get(billId) !== undefined;

export async function voidBill(
  ctx: CallContext,
  input: VoidInput,
): Promise<{ bill: Bill; receipts: { id: number; number: string }[]; printJobs: PrintJobs }> {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const manager: Actor | null =
    input.approval !== null || hasPayments(ctx, input.billId) ? await managerFor(ctx, input.approval, 'voiding a paid bill') : null;
  return db
    .transaction(() => {
      const row = requireBillRow(db, input.billId);
      if (row.status === 'voided') throw new AppError('INVALID_STATE', `Bill ${row.id} is already voided`, { billId: 'is already voided' });
      requireTill(db, input.till);
      if (row.kind === 'deposit' && row.job_id !== null) {
        const work = db
          .prepare("SELECT id FROM bills WHERE job_id = ? AND kind = 'job' AND status <> 'voided' AND deposit_applied_minor > 0")
          .get(row.job_id) as { id: number } | undefined;
        if (work)
          throw new AppError('INVALID_STATE', `Bill ${row.id}'s deposit is taken off bill ${work.id}: void that bill first`, {
            billId: `its deposit is taken off the job's bill ${work.id}: void that bill first`,
          });
      }
      const payments = db.prepare('SELECT * FROM payments WHERE bill_id = ? ORDER BY id').all(row.id) as RefundablePayment[];
      if (payments.length > 0 && manager === null)
        throw new AppError('APPROVAL_REQUIRED', 'A manager or admin must approve this: voiding a paid bill', {
          approval: 'a manager approves this with their PIN: voiding a paid bill',
        });
      const refunds = payments.flatMap((payment) => {
        const left = leftOnPayment(ctx, payment);
        if (left === 0) return [];
        const written = appendRefund(ctx, {
          actor,
          managerId: (manager ?? actor).id,
          payment,
          amountMinor: left,
          to: 'original',
          till: input.till,
          reason: input.reason,
        });
        return [{ ...written, amountMinor: left }];
      });
      const now = ctx.core.nowIso();
      db.prepare(
        "UPDATE bills SET status = 'voided', voided_at = ?, voided_by = ?, void_reason = ?, closed_at = coalesce(closed_at, ?) WHERE id = ?",
      ).run(now, actor.id, input.reason, now, row.id);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        approverId: manager !== null && manager.id !== actor.id ? manager.id : null,
        action: 'cashier.bill.void',
        entity: 'bill',
        entityId: row.id,
        before: { status: row.status },
        after: {
          status: 'voided',
          reason: input.reason,
          refunds: refunds.map((r) => ({ receipt: r.number, refundOf: r.refundOf, method: r.method, amountMinor: r.amountMinor })),
        },
        origin: ctx.origin,
      });
      const printJobs = input.print ? refunds.flatMap((r) => queueReceipt(ctx, r.receiptId)) : [];
      return { bill: readBill(db, row.id), receipts: refunds.map((r) => ({ id: r.receiptId, number: r.number })), printJobs };
    })
    .immediate();
}
