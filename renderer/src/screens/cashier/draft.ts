import type { DiscountInput, QuoteInput } from '../../../../shared/contract/cashier-bills.ts';

/** What the till is putting together before it becomes a bill: the source and its discounts (the contract's quote input). */
export type Draft = QuoteInput;

export const jobDraft = (jobId: number): Draft => ({ source: { kind: 'job', jobId, lineDiscounts: [] }, billDiscount: null });
export const depositDraft = (jobId: number): Draft => ({ source: { kind: 'deposit', jobId }, billDiscount: null });
export const saleDraft = (): Draft => ({ source: { kind: 'sale', customerId: null, items: [] }, billDiscount: null });

/** The discount on a quoted line (`lineNo` counts from 1 in the quote's order; a job's line is known by its own number). */
export function lineDiscount(draft: Draft, lineNo: number, jobLineNo: number | null): DiscountInput | null {
  const { source } = draft;
  if (source.kind === 'job') return source.lineDiscounts.find((d) => d.lineNo === jobLineNo)?.discount ?? null;
  if (source.kind === 'sale') return source.items[lineNo - 1]?.discount ?? null;
  return null;
}

export function withLineDiscount(draft: Draft, lineNo: number, jobLineNo: number | null, discount: DiscountInput | null): Draft {
  const { source } = draft;
  if (source.kind === 'job' && jobLineNo !== null) {
    const others = source.lineDiscounts.filter((d) => d.lineNo !== jobLineNo);
    return { ...draft, source: { ...source, lineDiscounts: discount ? [...others, { lineNo: jobLineNo, discount }] : others } };
  }
  if (source.kind === 'sale')
    return { ...draft, source: { ...source, items: source.items.map((it, i) => (i === lineNo - 1 ? { ...it, discount } : it)) } };
  return draft;
}

/** One more of a quick-sale item (a new line when it is not on the sale yet). */
export function withItemAdded(draft: Draft, itemKey: string): Draft {
  const { source } = draft;
  if (source.kind !== 'sale') return draft;
  const has = source.items.some((it) => it.itemKey === itemKey);
  const items = has
    ? source.items.map((it) => (it.itemKey === itemKey ? { ...it, quantity: Math.min(it.quantity + 1, 9999) } : it))
    : [...source.items, { itemKey, quantity: 1, discount: null }];
  return { ...draft, source: { ...source, items } };
}

/** A quick-sale line's quantity changed by `by`; at 0 the line goes. */
export function withQuantity(draft: Draft, lineNo: number, by: number): Draft {
  const { source } = draft;
  if (source.kind !== 'sale') return draft;
  const items = source.items
    .map((it, i) => (i === lineNo - 1 ? { ...it, quantity: Math.min(it.quantity + by, 9999) } : it))
    .filter((it) => it.quantity > 0);
  return { ...draft, source: { ...source, items } };
}
