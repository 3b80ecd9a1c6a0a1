import { z } from 'zod';
import { approval, id, isoInstant, optionalText, taxMode, text } from './fields.ts';
import { cashierKey, minor } from './cashier-settings.ts';

/** The shapes of the cashier's bills, payments and receipts (docs/cashier.md). */

/** A discount by amount (minor units) or percent (basis points: 1000 is 10%, at most 100%). */
const discount = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('amount'), valueMinor: minor }),
    z.strictObject({
      kind: z.literal('percent'),
      bp: z
        .number({ error: 'must be a rate in basis points' })
        .int({ error: 'must be a whole number of basis points' })
        .min(0, { error: 'must not be negative' })
        .max(10_000, { error: 'must be at most 10000 (100%)' }),
    }),
  ],
  { error: 'must be an amount or a percent' },
);
export type DiscountInput = z.output<typeof discount>;

const quantity = z
  .number({ error: 'must be a quantity' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(9999, { error: 'must be at most 9999' });

/** What a bill is for: a job's work (its accepted lines), a job's deposit, or a quick sale from the item list. */
const billSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('job'),
      jobId: id,
      /** Discounts on some of the job's lines, by the job's line number. */
      lineDiscounts: z
        .array(z.strictObject({ lineNo: id, discount }))
        .max(50)
        .default([]),
    }),
    /** The deposit agreed at intake, taken as a payment before the work is billed. */
    z.strictObject({ kind: z.literal('deposit'), jobId: id }),
    z.strictObject({
      kind: z.literal('sale'),
      customerId: id.nullable().default(null),
      items: z
        .array(z.strictObject({ itemKey: cashierKey, quantity, discount: discount.nullable().default(null) }))
        .min(1, { error: 'add at least one item' })
        .max(50),
    }),
  ],
  { error: 'must be job, deposit or sale' },
);

export const quoteInput = z.strictObject({ source: billSource, billDiscount: discount.nullable().default(null) });
export type QuoteInput = z.output<typeof quoteInput>;

const billLine = z.strictObject({
  lineNo: z.number().int(),
  kind: z.enum(['part', 'labour', 'fee', 'item', 'deposit']),
  description: z.string(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  /** The price before the warranty covered it (the same as unitPriceMinor when not covered). */
  listPriceMinor: z.number().int(),
  /** Why the line costs the customer nothing. */
  coveredReason: z.enum(['warranty']).nullable(),
  jobLineNo: z.number().int().nullable(),
  itemKey: z.string().nullable(),
  taxable: z.boolean(),
  discountMinor: z.number().int(),
  billDiscountShareMinor: z.number().int(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
});

const totals = {
  currency: z.string(),
  taxMode,
  taxRateBp: z.number().int(),
  cashRounding: z.boolean(),
  lines: z.array(billLine),
  grossMinor: z.number().int(),
  lineDiscountMinor: z.number().int(),
  billDiscountMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  /** The job's deposit paid on its deposit bill, taken off its work's bill. */
  depositAppliedMinor: z.number().int(),
  dueMinor: z.number().int(),
};

/** A bill priced but not saved: what the till shows while it is being put together. */
export const quote = z.strictObject({
  ...totals,
  /** A discount above the cashier's limit: opening the bill needs a manager's PIN. */
  needsApproval: z.boolean(),
});
export type Quote = z.infer<typeof quote>;

const PAYMENT_METHODS = ['cash', 'card', 'wechat', 'alipay', 'bank', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const paymentOut = z.strictObject({
  id: z.number().int(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string(),
  /** What the method took. */
  amountMinor: z.number().int(),
  /** What the bill was credited (differs from amountMinor by cash rounding). */
  appliedMinor: z.number().int(),
  roundingMinor: z.number().int(),
  tenderedMinor: z.number().int(),
  changeMinor: z.number().int(),
  refundedMinor: z.number().int(),
  receiptNumber: z.string(),
  till: z.string(),
  at: isoInstant,
  by: z.number().int(),
});

const receiptOut = z.strictObject({
  id: z.number().int(),
  number: z.string(),
  kind: z.enum(['payment', 'refund']),
  amountMinor: z.number().int(),
  changeMinor: z.number().int(),
  balanceAfterMinor: z.number().int(),
  at: isoInstant,
});

export const bill = z.strictObject({
  id: z.number().int(),
  kind: z.enum(['job', 'deposit', 'sale']),
  jobId: z.number().int().nullable(),
  jobNumber: z.string().nullable(),
  customerId: z.number().int().nullable(),
  status: z.enum(['open', 'settled', 'voided']),
  ...totals,
  discountApprovedBy: z.number().int().nullable(),
  /** Credited by payments so far. */
  paidMinor: z.number().int(),
  /** Still to pay: due less paid. */
  balanceMinor: z.number().int(),
  /** What cash settles it with: the balance, rounded to 0.1 yuan when the bill rounds cash. */
  cashDueMinor: z.number().int(),
  refundedMinor: z.number().int(),
  payments: z.array(paymentOut),
  receipts: z.array(receiptOut),
  createdAt: isoInstant,
  createdBy: z.number().int(),
  closedAt: isoInstant.nullable(),
  /** When, by whom and why the bill was voided. */
  voided: z.strictObject({ at: isoInstant, by: z.number().int(), reason: z.string() }).nullable(),
});
export type Bill = z.infer<typeof bill>;

/**
 * One payment towards a bill. Cash gives what was tendered; what the bill is credited is the balance
 * at most (or `amountMinor` when given), and the rest is change. Any other method pays `amountMinor`,
 * never more than the balance, with an optional reference (the card slip's number, the transfer's id).
 */
const nonCash = <M extends Exclude<PaymentMethod, 'cash'>>(method: M) =>
  z.strictObject({
    method: z.literal(method),
    amountMinor: minor.min(1, { error: 'must be more than 0' }),
    reference: optionalText(60).default(''),
  });

const paymentInput = z.discriminatedUnion(
  'method',
  [
    z.strictObject({
      method: z.literal('cash'),
      tenderedMinor: minor.min(1, { error: 'must be more than 0' }),
      amountMinor: minor.min(1, { error: 'must be more than 0' }).nullable().default(null),
    }),
    nonCash('card'),
    nonCash('wechat'),
    nonCash('alipay'),
    nonCash('bank'),
    nonCash('other'),
  ],
  { error: 'must be cash, card, wechat, alipay, bank or other' },
);
export type PaymentInput = z.output<typeof paymentInput>;

export const payInput = z.strictObject({
  billId: id,
  /** The till taking the money: cash needs an open drawer session on it. */
  till: cashierKey,
  /** Applied in the order given, all or none; several make a split payment. */
  payments: z.array(paymentInput).min(1, { error: 'add at least one payment' }).max(8),
  /** Queue the receipt on the printer routed for receipts. */
  print: z.boolean({ error: 'must be true or false' }).default(true),
});
export type PayInput = z.output<typeof payInput>;

export const billRef = z.strictObject({ billId: id });

/** A receipt by its printed number ("R2026-000123"), a payment's or a refund's. */
export const receiptRef = z.strictObject({
  receiptNumber: z
    .string({ error: 'must be a receipt number' })
    .trim()
    .regex(/^R\d{4}-\d{6,}$/, { error: 'must be a receipt number like R2026-000123' }),
});

/** Money given back against one payment: never more than is left of it, with a reason and a manager's approval. */
export const refundInput = z.strictObject({
  paymentId: id,
  amountMinor: minor.min(1, { error: 'must be more than 0' }),
  /** Back by the payment's own method, or in cash from the till's drawer. */
  to: z.enum(['original', 'cash'], { error: 'must be original or cash' }).default('original'),
  till: cashierKey,
  reason: text(200),
  /** A manager's PIN (not needed when the caller is a manager). */
  approval: approval.nullable().default(null),
  print: z.boolean({ error: 'must be true or false' }).default(true),
});
export type RefundInput = z.output<typeof refundInput>;

/**
 * Voiding a bill: an open bill with nothing paid is cancelled; a bill with payments has what is left of
 * each payment refunded to its own method in the same transaction (cash from the till's drawer), a
 * manager approving. The bill's money and payments stay; a job's voided bill lets the job be billed again.
 */
export const voidInput = z.strictObject({
  billId: id,
  /** The till giving back any cash: cash payments need an open drawer session on it. */
  till: cashierKey,
  reason: text(200),
  /** A manager's PIN when the bill has payments (not needed when the caller is a manager). */
  approval: approval.nullable().default(null),
  print: z.boolean({ error: 'must be true or false' }).default(true),
});
export type VoidInput = z.output<typeof voidInput>;

/** A receipt number (R2026-000123) or a job number, typed or scanned at the refund screen. */
export const findBillsInput = z.strictObject({ number: text(40) });
