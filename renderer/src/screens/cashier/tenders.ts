import { cashRounded } from '../../../../shared/bill-math.ts';
import type { PaymentInput, PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';

/** One payment the cashier has entered and not yet sent: cash gives what was handed over, any other method its amount. */
export interface Tender {
  method: PaymentMethod;
  /** Cash: what the customer handed over; any other method: the amount it pays. */
  amountMinor: number;
  reference: string;
}

/** What cash settles `balance` with: rounded to 0.1 yuan when the bill rounds cash (as the core plans it). */
export function cashDue(balance: number, rounding: boolean): number {
  const rounded = rounding ? cashRounded(balance) : balance;
  return rounded > 0 ? rounded : balance;
}

/** How one tender goes against `balance`: what the bill is credited and the change handed back. */
function applyTender(tender: Tender, balance: number, rounding: boolean): { applied: number; change: number } {
  if (tender.method !== 'cash') return { applied: Math.min(tender.amountMinor, balance), change: 0 };
  const due = cashDue(balance, rounding);
  const amount = Math.min(tender.amountMinor, due);
  return { applied: amount === due ? balance : amount, change: tender.amountMinor - amount };
}

/** The balance left and the change owed after the tenders, in the order entered. */
export function afterTenders(tenders: readonly Tender[], balance: number, rounding: boolean): { left: number; change: number } {
  let left = balance;
  let change = 0;
  for (const tender of tenders) {
    const r = applyTender(tender, left, rounding);
    left -= r.applied;
    change += r.change;
  }
  return { left, change };
}

/** The tenders as `cashier.pay` takes them. */
export function asPayments(tenders: readonly Tender[]): PaymentInput[] {
  return tenders.map((t): PaymentInput =>
    t.method === 'cash'
      ? { method: 'cash', tenderedMinor: t.amountMinor, amountMinor: null }
      : { method: t.method, amountMinor: t.amountMinor, reference: t.reference.trim() },
  );
}
