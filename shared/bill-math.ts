/**
 * A bill's arithmetic, in integer minor units (fen), shared by the cashier's service and the till's
 * preview so both always agree. Every sum is exact; rounding happens at these stated places only, and
 * always half-up to the fen (an exact half goes up, amounts are never negative):
 *
 * 1. A line's percent discount: round(gross × bp / 10000).
 * 2. The bill's percent discount: round(sum of line nets × bp / 10000). The bill discount is then
 *    shared out over the taxable-or-not lines in proportion to their nets, by largest remainder, so the
 *    shares add up to it exactly and each line keeps its own net.
 * 3. Each line's tax, once, on its net after both discounts: exclusive adds round(net × rate / 10000);
 *    inclusive takes out round(net × rate / (10000 + rate)) of a net that already holds it. The bill's
 *    tax is the sum of its lines' (per-line rounding, never rounded again at the bill).
 * 4. Cash rounding (a store setting): a cash payment that settles the bill may pay the balance rounded
 *    half-up to 0.1 yuan (10 fen); the difference (−4 to +5 fen) is kept on the payment.
 */

export type TaxMode = 'none' | 'inclusive' | 'exclusive';

export interface Discount {
  kind: 'amount' | 'percent';
  /** Minor units for an amount, basis points (100 = 1%) for a percent. */
  value: number;
}

export interface LineIn {
  quantity: number;
  unitPriceMinor: number;
  /** Tax applies to this line (a deposit is not a sale and carries none). */
  taxable: boolean;
  discount: Discount | null;
}

interface LineOut {
  grossMinor: number;
  discountMinor: number;
  billDiscountShareMinor: number;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface BillTotals {
  lines: LineOut[];
  grossMinor: number;
  lineDiscountMinor: number;
  billDiscountMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** n / d rounded half-up, for n ≥ 0 and d > 0, exact for any size (BigInt). */
export function divideHalfUp(n: bigint, d: bigint): number {
  return Number((2n * n + d) / (2n * d));
}

/** What a discount takes off `base` (never more than `base`): an amount as given, a percent rounded half-up. */
export function discountOf(base: number, discount: Discount | null): number {
  if (!discount) return 0;
  const off = discount.kind === 'amount' ? discount.value : divideHalfUp(BigInt(base) * BigInt(discount.value), 10_000n);
  return Math.min(off, base);
}

/** `amount` shared over `weights` in proportion, by largest remainder: the shares always add up to `amount`. */
export function shareOut(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || amount === 0) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const shares = exact.map((e) => Number(e / BigInt(total)));
  const left = amount - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e % BigInt(total) }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (let k = 0; k < left; k++) shares[order[k]!.i]! += 1;
  return shares;
}

/** A line's tax on its net under the store's mode and rate (basis points), rounded half-up once. */
export function taxOf(netMinor: number, mode: TaxMode, rateBp: number): number {
  if (mode === 'none' || rateBp === 0) return 0;
  if (mode === 'exclusive') return divideHalfUp(BigInt(netMinor) * BigInt(rateBp), 10_000n);
  return divideHalfUp(BigInt(netMinor) * BigInt(rateBp), BigInt(10_000 + rateBp));
}

/** Prices a bill: each line, the bill discount shared out, the tax per line, the totals. */
export function priceBill(lines: readonly LineIn[], billDiscount: Discount | null, mode: TaxMode, rateBp: number): BillTotals {
  const first = lines.map((l) => {
    const grossMinor = l.quantity * l.unitPriceMinor;
    const discountMinor = discountOf(grossMinor, l.discount);
    return { grossMinor, discountMinor, net: grossMinor - discountMinor };
  });
  const afterLines = first.reduce((sum, l) => sum + l.net, 0);
  const billDiscountMinor = discountOf(afterLines, billDiscount);
  const shares = shareOut(
    billDiscountMinor,
    first.map((l) => l.net),
  );
  const out: LineOut[] = first.map((l, i) => {
    const netMinor = l.net - shares[i]!;
    const taxMinor = lines[i]!.taxable ? taxOf(netMinor, mode, rateBp) : 0;
    const totalMinor = mode === 'exclusive' ? netMinor + taxMinor : netMinor;
    return { grossMinor: l.grossMinor, discountMinor: l.discountMinor, billDiscountShareMinor: shares[i]!, netMinor, taxMinor, totalMinor };
  });
  const sum = (pick: (l: LineOut) => number) => out.reduce((s, l) => s + pick(l), 0);
  return {
    lines: out,
    grossMinor: sum((l) => l.grossMinor),
    lineDiscountMinor: sum((l) => l.discountMinor),
    billDiscountMinor,
    taxMinor: sum((l) => l.taxMinor),
    totalMinor: sum((l) => l.totalMinor),
  };
}

/** The balance a cash payment may settle with, rounded half-up to 0.1 yuan (10 fen). */
export function cashRounded(balanceMinor: number): number {
  return divideHalfUp(BigInt(balanceMinor), 10n) * 10;
}
