import type { Bill, QuoteInput } from '../../../../shared/contract/cashier-bills.ts';
import type { Approval } from '../../../../shared/contract/fields.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type Actor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { managerFor } from './approval.ts';
import { priceDraft, type Draft } from './pricing.ts';
import { readBill } from './read-bill.ts';

/**
 * Opening a bill (docs/cashier.md, Bills): priced once, as `cashier.quote` prices it, and kept as it was
 * priced (the store refuses any later change to its money). A discount above the limit is approved by a
 * manager; a job has one live bill of each kind; a bill with nothing to pay (all covered, or its deposit
 * paid it) is settled as it opens.
 */

function refuseSecondBill(ctx: CallContext, draft: Draft): void {
  if (draft.jobId === null) return;
  const live = ctx.core.db
    .prepare("SELECT id FROM bills WHERE job_id = ? AND kind = ? AND status <> 'voided'")
    .get(draft.jobId, draft.kind) as { id: number } | undefined;
  if (live)
    throw new AppError(
      'CONFLICT',
      `Job ${draft.jobNumber} already has a ${draft.kind} bill (${live.id})`,
      { 'source.jobId': `already has a ${draft.kind} bill` },
      { billId: live.id },
    );
  const status = (ctx.core.db.prepare('SELECT status FROM jobs WHERE id = ?').get(draft.jobId) as { status: string }).status;
  if (status === 'cancelled') throw new AppError('INVALID_STATE', `Job ${draft.jobNumber} was cancelled`, {}, { state: status });
}

function insertBill(ctx: CallContext, draft: Draft, input: QuoteInput, approverId: number | null): number {
  const { db } = ctx.core;
  const q = draft.quote;
  const now = ctx.core.nowIso();
  const settled = q.dueMinor === 0;
  const billId = Number(
    db
      .prepare(
        `INSERT INTO bills (kind, job_id, customer_id, currency, tax_mode, tax_rate_bp, cash_rounding, gross_minor, line_discount_minor,
            bill_discount_kind, bill_discount_value, bill_discount_minor, tax_minor, total_minor, deposit_applied_minor, due_minor,
            discount_approved_by, status, created_at, created_by, origin, closed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        draft.kind,
        draft.jobId,
        draft.customerId,
        q.currency,
        q.taxMode,
        q.taxRateBp,
        q.cashRounding ? 1 : 0,
        q.grossMinor,
        q.lineDiscountMinor,
        input.billDiscount?.kind ?? null,
        input.billDiscount === null ? 0 : input.billDiscount.kind === 'amount' ? input.billDiscount.valueMinor : input.billDiscount.bp,
        q.billDiscountMinor,
        q.taxMinor,
        q.totalMinor,
        q.depositAppliedMinor,
        q.dueMinor,
        approverId,
        settled ? 'settled' : 'open',
        now,
        requireActor(ctx).id,
        ctx.origin,
        settled ? now : null,
      ).lastInsertRowid,
  );
  const line = db.prepare(
    `INSERT INTO bill_lines (bill_id, line_no, kind, description, quantity, unit_price_minor, list_price_minor, covered_reason, job_line_no,
        item_key, taxable, discount_kind, discount_value, discount_minor, bill_discount_share_minor, net_minor, tax_minor, total_minor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  q.lines.forEach((l, i) => {
    const d = draft.lines[i]!.discount;
    line.run(
      billId,
      l.lineNo,
      l.kind,
      l.description,
      l.quantity,
      l.unitPriceMinor,
      l.listPriceMinor,
      l.coveredReason,
      l.jobLineNo,
      l.itemKey,
      l.taxable ? 1 : 0,
      d?.kind ?? null,
      d === null ? 0 : d.kind === 'amount' ? d.valueMinor : d.bp,
      l.discountMinor,
      l.billDiscountShareMinor,
      l.netMinor,
      l.taxMinor,
      l.totalMinor,
    );
  });
  return billId;
}

/** Opens a bill (approving its discount first when it needs it), audited with its money. */
export async function openBill(ctx: CallContext, input: QuoteInput & { approval: Approval | null }): Promise<Bill> {
  const { db } = ctx.core;
  const first = priceDraft(db, input);
  refuseSecondBill(ctx, first);
  const approver = first.quote.needsApproval ? await managerFor(ctx, input.approval, 'a discount above the limit') : null;
  return openBillApproved(ctx, input, approver);
}

/**
 * Opens a bill whose discount `approver` approved (null: no one did), in one transaction: refused when it
 * needs an approval it does not have. Synchronous, so the demo opens its bills on its pinned clock.
 */
export function openBillApproved(ctx: CallContext, input: QuoteInput, approver: Actor | null): Bill {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      // Priced again inside the transaction: a payment or a settings change while the PIN was checked counts.
      const draft = priceDraft(db, input);
      refuseSecondBill(ctx, draft);
      if (draft.quote.needsApproval && approver === null)
        throw new AppError('APPROVAL_REQUIRED', 'A manager or admin must approve this discount', {
          approval: 'a manager approves this with their PIN',
        });
      const billId = insertBill(ctx, draft, input, approver?.id ?? null);
      const q = draft.quote;
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: requireActor(ctx).id,
        approverId: approver && approver.id !== requireActor(ctx).id ? approver.id : null,
        action: 'cashier.bill.open',
        entity: 'bill',
        entityId: billId,
        after: {
          kind: draft.kind,
          job: draft.jobNumber,
          totalMinor: q.totalMinor,
          discountMinor: q.lineDiscountMinor + q.billDiscountMinor,
          taxMinor: q.taxMinor,
          depositAppliedMinor: q.depositAppliedMinor,
          dueMinor: q.dueMinor,
        },
        origin: ctx.origin,
      });
      return readBill(db, billId);
    })
    .immediate();
}
