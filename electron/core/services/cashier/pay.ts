import { cashRounded } from '../../../../shared/bill-math.ts';
import type { Bill, PayInput, PaymentInput } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { appendLink } from './chain.ts';
import { openSessionOf } from './drawer-rows.ts';
import { queueReceipt } from './receipt-print.ts';
import { takeReceiptNumber } from './receipt-numbers.ts';
import { readBill } from './read-bill.ts';
import { paidOn, requireBillRow, type BillRow } from './rows.ts';
import { requireTill } from './settings.ts';

/**
 * Paying towards a bill (docs/cashier.md, Payments): each payment in the order given, all in one
 * transaction with the receipt (its number taken from the year's counter, its links in the chain), the
 * audit row and the receipt's print job, so a payment is never committed without its receipt waiting to
 * print. Non-cash never pays more than the balance; cash may be tendered above it and the rest is change;
 * cash needs an open drawer session on the till.
 */

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

/** One payment as it will be kept. */
export interface PaymentPlan {
  method: PaymentInput['method'];
  reference: string;
  amountMinor: number;
  appliedMinor: number;
  roundingMinor: number;
  tenderedMinor: number;
  changeMinor: number;
}

/**
 * What a cash payment takes against `balance`: the balance rounded to 0.1 yuan (when the bill rounds
 * cash) once enough is tendered for it, else what was tendered up to the exact balance; or `amount` when
 * given. The rest of what was tendered is change.
 */
function planCash(p: Extract<PaymentInput, { method: 'cash' }>, balance: number, rounding: boolean, field: string): PaymentPlan {
  const rounded = rounding ? cashRounded(balance) : balance;
  const cashDue = rounded > 0 ? rounded : balance;
  let amount: number;
  if (p.amountMinor === null) amount = p.tenderedMinor >= cashDue ? cashDue : Math.min(p.tenderedMinor, balance);
  else if (p.amountMinor === cashDue || p.amountMinor <= balance) amount = p.amountMinor;
  else throw invalid(`${field}.amountMinor`, `must not be more than the balance (${balance})`);
  const settles = amount === cashDue;
  const applied = settles ? balance : amount;
  if (p.tenderedMinor < amount) throw invalid(`${field}.tenderedMinor`, `must be at least the amount paid (${amount})`);
  return {
    method: 'cash',
    reference: '',
    amountMinor: amount,
    appliedMinor: applied,
    roundingMinor: amount - applied,
    tenderedMinor: p.tenderedMinor,
    changeMinor: p.tenderedMinor - amount,
  };
}

function planOther(p: Exclude<PaymentInput, { method: 'cash' }>, balance: number, field: string): PaymentPlan {
  if (p.amountMinor > balance)
    throw invalid(`${field}.amountMinor`, `must not be more than the balance (${balance}): only cash gives change`);
  const { method, reference, amountMinor } = p;
  return { method, reference, amountMinor, appliedMinor: amountMinor, roundingMinor: 0, tenderedMinor: amountMinor, changeMinor: 0 };
}

/**
 * The payments against `balance`, the same in any order: the non-cash amounts are fixed, so they are
 * taken first (refused, naming the one that goes over, when together they pay more than is owed); cash
 * pays what they leave, each cash payment in turn, its change the rest of what was tendered.
 */
export function planPayments(payments: readonly PaymentInput[], balance: number, rounding: boolean): PaymentPlan[] {
  const plans: PaymentPlan[] = [];
  let left = balance;
  payments.forEach((p, i) => {
    if (p.method === 'cash') return;
    plans[i] = planOther(p, left, `payments.${i}`);
    left -= p.amountMinor;
  });
  payments.forEach((p, i) => {
    if (p.method !== 'cash') return;
    const field = `payments.${i}`;
    if (left === 0) throw invalid(field, 'is more than is owed: the other payments settle the bill');
    plans[i] = planCash(p, left, rounding, field);
    left -= plans[i].appliedMinor;
  });
  return plans;
}

function requirePayable(row: BillRow): void {
  if (row.status === 'settled')
    throw new AppError('INVALID_STATE', `Bill ${row.id} is paid in full`, { billId: 'is already paid in full' }, { state: row.status });
  if (row.status === 'voided')
    throw new AppError('INVALID_STATE', `Bill ${row.id} was voided`, { billId: 'was voided' }, { state: row.status });
}

export interface Paid {
  bill: Bill;
  receipt: { id: number; number: string };
  changeMinor: number;
  printJobs: { id: number; status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled' }[];
}

/** Pays towards a bill: the payments, the receipt, the chain links, the audit row and the receipt's print job, together or not at all. */
export function payBill(ctx: CallContext, input: PayInput): Paid {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction((): Paid => {
      const row = requireBillRow(db, input.billId);
      requirePayable(row);
      requireTill(db, input.till);
      const paidBefore = paidOn(db, row.id);
      const balance = row.due_minor - paidBefore;
      const plans = planPayments(input.payments, balance, row.cash_rounding === 1);
      const session = plans.some((p) => p.method === 'cash') ? openSessionOf(db, input.till) : null;
      if (plans.some((p) => p.method === 'cash') && !session)
        throw new AppError('INVALID_STATE', `Till ${input.till} has no open drawer: cash cannot be taken`, {
          till: 'has no open drawer session: open the drawer with its float first',
        });
      const applied = plans.reduce((s, p) => s + p.appliedMinor, 0);
      const amount = plans.reduce((s, p) => s + p.amountMinor, 0);
      const change = plans.reduce((s, p) => s + p.changeMinor, 0);
      const balanceAfter = balance - applied;
      const now = ctx.core.nowIso();
      const number = takeReceiptNumber(ctx);
      const receiptId = appendLink(db, 'receipt', {
        number: number.number,
        year: number.year,
        seq: number.seq,
        kind: 'payment',
        bill_id: row.id,
        amount_minor: amount,
        change_minor: change,
        balance_after_minor: balanceAfter,
        till: input.till,
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      for (const p of plans)
        appendLink(db, 'payment', {
          bill_id: row.id,
          receipt_id: receiptId,
          method: p.method,
          reference: p.reference,
          amount_minor: p.amountMinor,
          applied_minor: p.appliedMinor,
          rounding_minor: p.roundingMinor,
          tendered_minor: p.tenderedMinor,
          change_minor: p.changeMinor,
          till: input.till,
          drawer_session_id: p.method === 'cash' ? session!.id : null,
          at: now,
          by_staff: actor.id,
          origin: ctx.origin,
        });
      if (balanceAfter === 0) db.prepare("UPDATE bills SET status = 'settled', closed_at = ? WHERE id = ?").run(now, row.id);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'cashier.pay',
        entity: 'bill',
        entityId: row.id,
        before: { balanceMinor: balance },
        after: {
          receipt: number.number,
          payments: plans.map((p) => ({
            method: p.method,
            amountMinor: p.amountMinor,
            appliedMinor: p.appliedMinor,
            changeMinor: p.changeMinor,
          })),
          balanceMinor: balanceAfter,
        },
        origin: ctx.origin,
      });
      const printJobs = input.print ? queueReceipt(ctx, receiptId) : [];
      return { bill: readBill(db, row.id), receipt: { id: receiptId, number: number.number }, changeMinor: change, printJobs };
    })
    .immediate();
}
