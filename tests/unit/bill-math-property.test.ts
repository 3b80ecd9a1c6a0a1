import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cashRounded,
  discountOf,
  divideHalfUp,
  priceBill,
  shareOut,
  taxOf,
  type Discount,
  type LineIn,
  type TaxMode,
} from '../../shared/bill-math.ts';
import { planPayments } from '../../electron/core/services/cashier/pay.ts';
import type { PaymentInput } from '../../shared/contract/cashier-bills.ts';

/** Money, property-based: sums exact, tax and rounding by the stated rule, split payments in any order. */

const discount: fc.Arbitrary<Discount | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('amount' as const), value: fc.integer({ min: 0, max: 2_000_000 }) }),
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 0, max: 10_000 }) }),
);
const line: fc.Arbitrary<LineIn> = fc.record({
  quantity: fc.integer({ min: 1, max: 9999 }),
  unitPriceMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
  taxable: fc.boolean(),
  discount,
});
const mode = fc.constantFrom<TaxMode>('none', 'inclusive', 'exclusive');
const rate = fc.integer({ min: 0, max: 10_000 });

/** Half-up by plain arithmetic on small numbers, to check the BigInt version against. */
const naiveHalfUp = (n: number, d: number) => Math.floor(n / d + 0.5);

describe('rounding half-up to the fen', () => {
  it('matches plain arithmetic where that is exact, and rounds an exact half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 20_000 }), (n, d) => {
        expect(divideHalfUp(BigInt(n), BigInt(d))).toBe(naiveHalfUp(n, d));
      }),
    );
    expect(divideHalfUp(5n, 10n)).toBe(1);
    expect(divideHalfUp(4n, 10n)).toBe(0);
    expect(divideHalfUp(15n, 10n)).toBe(2);
  });

  it('cash rounding to 0.1 yuan moves the balance by -4 to +5 fen, to a multiple of 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (balance) => {
        const cash = cashRounded(balance);
        expect(cash % 10).toBe(0);
        expect(cash - balance).toBeGreaterThanOrEqual(-4);
        expect(cash - balance).toBeLessThanOrEqual(5);
      }),
    );
    expect([cashRounded(1234), cashRounded(1235), cashRounded(1239)]).toEqual([1230, 1240, 1240]);
  });
});

describe('a bill priced', () => {
  it('adds up exactly: lines, discounts, tax and total, with every amount whole and none negative', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), discount, mode, rate, (lines, billDiscount, m, r) => {
        const bill = priceBill(lines, billDiscount, m, r);
        const sum = (pick: (l: (typeof bill.lines)[number]) => number) => bill.lines.reduce((s, l) => s + pick(l), 0);
        for (const l of bill.lines) {
          for (const v of Object.values(l)) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(l.netMinor).toBe(l.grossMinor - l.discountMinor - l.billDiscountShareMinor);
          expect(l.totalMinor).toBe(m === 'exclusive' ? l.netMinor + l.taxMinor : l.netMinor);
          expect(l.taxMinor).toBeLessThanOrEqual(m === 'exclusive' ? l.netMinor + 1 : l.netMinor);
        }
        expect(sum((l) => l.billDiscountShareMinor)).toBe(bill.billDiscountMinor);
        expect(sum((l) => l.taxMinor)).toBe(bill.taxMinor);
        expect(sum((l) => l.totalMinor)).toBe(bill.totalMinor);
        expect(bill.grossMinor - bill.lineDiscountMinor - bill.billDiscountMinor + (m === 'exclusive' ? bill.taxMinor : 0)).toBe(
          bill.totalMinor,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('taxes each line once, half-up: exclusive adds net × rate, inclusive takes out net × rate / (1 + rate)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3_000 }), (net, r) => {
        expect(taxOf(net, 'exclusive', r)).toBe(naiveHalfUp(net * r, 10_000));
        expect(taxOf(net, 'inclusive', r)).toBe(naiveHalfUp(net * r, 10_000 + r));
        expect(taxOf(net, 'none', r)).toBe(0);
      }),
    );
    // 13% VAT on 100.00: 13.00 added; 100.00 including it holds 11.50 (11.504...).
    expect([taxOf(10_000, 'exclusive', 1_300), taxOf(10_000, 'inclusive', 1_300)]).toEqual([1_300, 1_150]);
  });

  it('never discounts more than it discounts from, and 100% takes all of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), discount, (base, d) => {
        const off = discountOf(base, d);
        expect(off).toBeGreaterThanOrEqual(0);
        expect(off).toBeLessThanOrEqual(base);
      }),
    );
    expect(discountOf(12_345, { kind: 'percent', value: 10_000 })).toBe(12_345);
  });

  it('shares an amount out in proportion so the shares add up to it exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 20 }), fc.nat(), (weights, pick) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const amount = total === 0 ? 0 : pick % (total + 1);
        const shares = shareOut(amount, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
        shares.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(weights[i]!);
        });
      }),
    );
  });
});

/** A split payment: some non-cash amounts and cash tendered, none paying more than is owed on its own. */
const split = (balance: number) =>
  fc
    .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 })
    .chain((parts) =>
      fc.tuple(
        fc.constant(parts),
        fc.array(fc.constantFrom<Exclude<PaymentInput['method'], 'cash'>>('card', 'wechat', 'alipay', 'bank', 'other'), {
          minLength: parts.length,
          maxLength: parts.length,
        }),
        fc.integer({ min: 0, max: 50_000 }),
      ),
    )
    .map(([parts, methods, extraCash]): PaymentInput[] => {
      // Non-cash parts take at most half the balance between them; cash pays the rest with some over.
      const weight = parts.reduce((a, b) => a + b, 0) * 2;
      const nonCash = parts.map((p, i) => ({
        method: methods[i]!,
        amountMinor: Math.max(1, Math.floor((balance * p) / weight)),
        reference: '',
      }));
      const paid = nonCash.reduce((s, p) => s + p.amountMinor, 0);
      return [...nonCash, { method: 'cash', tenderedMinor: balance - paid + extraCash, amountMinor: null }];
    });

describe('split payments', () => {
  it('settle the balance exactly in any order, change never negative, and cash change only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000_000 }), fc.boolean(), fc.nat(), (balance, rounding, seed) => {
        fc.assert(
          fc.property(split(balance), (payments) => {
            const orders = [payments, [...payments].reverse(), [...payments].sort((a, b) => a.method.localeCompare(b.method))];
            const results = orders.map((order) => planPayments(order, balance, rounding));
            for (const plans of results) {
              const applied = plans.reduce((s, p) => s + p.appliedMinor, 0);
              expect(applied).toBe(balance);
              for (const p of plans) {
                expect(p.changeMinor).toBeGreaterThanOrEqual(0);
                expect(p.tenderedMinor).toBe(p.amountMinor + p.changeMinor);
                expect(p.amountMinor).toBe(p.appliedMinor + p.roundingMinor);
                if (p.method !== 'cash') expect([p.changeMinor, p.roundingMinor]).toEqual([0, 0]);
              }
            }
            // The same balance whatever the order; what the customer hands over less the change is the same too.
            const handed = results.map((plans) => plans.reduce((s, p) => s + p.tenderedMinor - p.changeMinor, 0));
            expect(new Set(handed).size).toBe(1);
          }),
          { numRuns: 5, seed },
        );
      }),
      { numRuns: 60 },
    );
  });

  it('leave a balance when short, and refuse paying more than is owed by card', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10_000_000 }), fc.nat(), (balance, k) => {
        const part = 1 + (k % (balance - 1));
        const plans = planPayments([{ method: 'card', amountMinor: part, reference: '' }], balance, false);
        expect(balance - plans[0]!.appliedMinor).toBe(balance - part);
        expect(() => planPayments([{ method: 'wechat', amountMinor: balance + 1, reference: '' }], balance, false)).toThrow(
          /payments\.0\.amountMinor must not be more than the balance/,
        );
      }),
    );
  });
});
