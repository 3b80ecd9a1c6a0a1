import type Database from 'better-sqlite3';
import { priceBill, type Discount } from '../../../../shared/bill-math.ts';
import type { DiscountInput, Quote, QuoteInput } from '../../../../shared/contract/cashier-bills.ts';
import { AppError } from '../../../../shared/errors.ts';
import { nameIn } from '../../../../shared/names.ts';
import { coreT } from '../../i18n.ts';
import { jobCharges } from '../jobs/index.ts';
import { getProfile } from '../profile.ts';
import { depositPaidOnJob } from './job-balance.ts';
import { getCashierSettings } from './settings.ts';

/**
 * Prices a bill from its source (shared/bill-math.ts does the arithmetic and states the rounding):
 * a job's accepted lines (a covered one at 0, saying why; the deposit paid taken off), the job's agreed
 * deposit, or quick-sale items from the settings' list. Refuses, naming the field, a discount larger
 * than what it discounts, a line or item that is not there, a deposit bill for a job with none agreed.
 */

/** A line before pricing, as the bill will keep it. */
interface DraftLine {
  kind: 'part' | 'labour' | 'fee' | 'item' | 'deposit';
  description: string;
  quantity: number;
  unitPriceMinor: number;
  listPriceMinor: number;
  coveredReason: 'warranty' | null;
  jobLineNo: number | null;
  itemKey: string | null;
  taxable: boolean;
  discount: DiscountInput | null;
  /** The field a problem with this line's discount is named by. */
  discountField: string;
}

export interface Draft {
  kind: 'job' | 'deposit' | 'sale';
  jobId: number | null;
  jobNumber: string | null;
  customerId: number | null;
  lines: DraftLine[];
  quote: Quote;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

const asDiscount = (d: DiscountInput | null): Discount | null =>
  d === null ? null : d.kind === 'amount' ? { kind: 'amount', value: d.valueMinor } : { kind: 'percent', value: d.bp };

function jobLines(db: Database.Database, source: Extract<QuoteInput['source'], { kind: 'job' }>): Omit<Draft, 'quote'> {
  const job = jobCharges(db, source.jobId, 'source.jobId');
  const discounts = new Map<number, { discount: DiscountInput; field: string }>();
  source.lineDiscounts.forEach((d, i) => {
    const field = `source.lineDiscounts.${i}`;
    const line = job.lines.find((l) => l.lineNo === d.lineNo);
    if (!line) throw invalid(`${field}.lineNo`, "is not one of the job's accepted lines");
    if (line.warrantyCovered) throw invalid(`${field}.lineNo`, 'is covered by the warranty: it costs nothing to discount');
    if (discounts.has(d.lineNo)) throw invalid(`${field}.lineNo`, 'is discounted twice');
    discounts.set(d.lineNo, { discount: d.discount, field: `${field}.discount` });
  });
  return {
    kind: 'job',
    jobId: job.id,
    jobNumber: job.number,
    customerId: job.customerId,
    lines: job.lines.map((l) => ({
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.warrantyCovered ? 0 : l.unitPriceMinor,
      listPriceMinor: l.unitPriceMinor,
      coveredReason: l.warrantyCovered ? 'warranty' : null,
      jobLineNo: l.lineNo,
      itemKey: null,
      taxable: true,
      discount: discounts.get(l.lineNo)?.discount ?? null,
      discountField: discounts.get(l.lineNo)?.field ?? 'source.lineDiscounts',
    })),
  };
}

function depositLines(db: Database.Database, jobId: number, locale: 'zh-CN' | 'en'): Omit<Draft, 'quote'> {
  const job = jobCharges(db, jobId, 'source.jobId');
  if (job.depositMinor === 0) throw invalid('source.jobId', 'has no deposit agreed');
  const description = coreT(locale, 'cashier')('line.deposit', { number: job.number });
  return {
    kind: 'deposit',
    jobId: job.id,
    jobNumber: job.number,
    customerId: job.customerId,
    lines: [
      {
        kind: 'deposit',
        description,
        quantity: 1,
        unitPriceMinor: job.depositMinor,
        listPriceMinor: job.depositMinor,
        coveredReason: null,
        jobLineNo: null,
        itemKey: null,
        taxable: false,
        discount: null,
        discountField: 'source',
      },
    ],
  };
}

function saleLines(db: Database.Database, source: Extract<QuoteInput['source'], { kind: 'sale' }>, locale: string): Omit<Draft, 'quote'> {
  const { quickItems } = getCashierSettings(db);
  if (source.customerId !== null && !db.prepare('SELECT 1 FROM customers WHERE id = ?').get(source.customerId))
    throw new AppError('NOT_FOUND', `There is no customer with id ${source.customerId}`, { 'source.customerId': 'is not a customer' });
  return {
    kind: 'sale',
    jobId: null,
    jobNumber: null,
    customerId: source.customerId,
    lines: source.items.map((it, i) => {
      const item = quickItems.find((q) => q.key === it.itemKey);
      if (!item) throw invalid(`source.items.${i}.itemKey`, 'is not an item on the till list');
      return {
        kind: 'item',
        description: nameIn(locale, item),
        quantity: it.quantity,
        unitPriceMinor: item.unitPriceMinor,
        listPriceMinor: item.unitPriceMinor,
        coveredReason: null,
        jobLineNo: null,
        itemKey: item.key,
        taxable: item.taxable,
        discount: it.discount,
        discountField: `source.items.${i}.discount`,
      };
    }),
  };
}

/** A discount by amount may not be more than what it discounts (a percent is at most 100% by its schema). */
function checkAmount(discount: DiscountInput | null, base: number, field: string): void {
  if (discount?.kind === 'amount' && discount.valueMinor > base) throw invalid(`${field}.valueMinor`, `must not be more than ${base}`);
}

/** Above the limit: the discount takes more than `limitBp` of what it discounts. */
const overLimit = (off: number, base: number, limitBp: number) => off > 0 && off * 10_000 > limitBp * base;

export function priceDraft(db: Database.Database, input: QuoteInput): Draft {
  const profile = getProfile(db);
  const settings = getCashierSettings(db);
  const { source } = input;
  const base =
    source.kind === 'job'
      ? jobLines(db, source)
      : source.kind === 'deposit'
        ? depositLines(db, source.jobId, profile.locale)
        : saleLines(db, source, profile.locale);
  if (source.kind === 'deposit' && input.billDiscount !== null) throw invalid('billDiscount', 'must be empty: a deposit takes no discount');
  for (const l of base.lines) checkAmount(l.discount, l.quantity * l.unitPriceMinor, l.discountField);
  const priced = priceBill(
    base.lines.map((l) => ({
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      taxable: l.taxable,
      discount: asDiscount(l.discount),
    })),
    asDiscount(input.billDiscount),
    profile.taxMode,
    profile.taxRateBp,
  );
  const afterLines = priced.grossMinor - priced.lineDiscountMinor;
  checkAmount(input.billDiscount, afterLines, 'billDiscount');
  const needsApproval =
    priced.lines.some((l) => overLimit(l.discountMinor, l.grossMinor, settings.discountLimitBp)) ||
    overLimit(priced.billDiscountMinor, afterLines, settings.discountLimitBp);
  const depositAppliedMinor =
    base.kind === 'job' && base.jobId !== null ? Math.min(depositPaidOnJob(db, base.jobId), priced.totalMinor) : 0;
  return {
    ...base,
    quote: {
      currency: profile.currency,
      taxMode: profile.taxMode,
      taxRateBp: profile.taxRateBp,
      cashRounding: settings.cashRounding && profile.currency === 'CNY',
      lines: base.lines.map((l, i) => ({
        lineNo: i + 1,
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        listPriceMinor: l.listPriceMinor,
        coveredReason: l.coveredReason,
        jobLineNo: l.jobLineNo,
        itemKey: l.itemKey,
        taxable: l.taxable,
        discountMinor: priced.lines[i]!.discountMinor,
        billDiscountShareMinor: priced.lines[i]!.billDiscountShareMinor,
        netMinor: priced.lines[i]!.netMinor,
        taxMinor: priced.lines[i]!.taxMinor,
        totalMinor: priced.lines[i]!.totalMinor,
      })),
      grossMinor: priced.grossMinor,
      lineDiscountMinor: priced.lineDiscountMinor,
      billDiscountMinor: priced.billDiscountMinor,
      taxMinor: priced.taxMinor,
      totalMinor: priced.totalMinor,
      depositAppliedMinor,
      dueMinor: priced.totalMinor - depositAppliedMinor,
      needsApproval,
    },
  };
}
