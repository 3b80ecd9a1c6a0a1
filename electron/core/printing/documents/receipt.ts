import type { Locale } from '../../../../shared/contract/fields.ts';
import type { Bill, PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import { formatAmount, formatMoney, type Currency } from '../../../../shared/money.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { coreT } from '../../i18n.ts';

export interface ReceiptData {
  store: { name: string; address: string; phone: string; currency: string; locale: Locale; timeZone: string };
  number: string;
  at: string;
  till: string;
  cashier: string;
  jobNumber: string | null;
  bill: Pick<
    Bill,
    | 'lines'
    | 'grossMinor'
    | 'lineDiscountMinor'
    | 'billDiscountMinor'
    | 'taxMode'
    | 'taxRateBp'
    | 'taxMinor'
    | 'totalMinor'
    | 'depositAppliedMinor'
    | 'dueMinor'
  >;
  /** Paid on earlier receipts of the same bill. */
  paidEarlierMinor: number;
  /** The payments this receipt is for. */
  payments: { method: PaymentMethod; reference: string; amountMinor: number; tenderedMinor: number; roundingMinor: number }[];
  changeMinor: number;
  balanceAfterMinor: number;
  /** The receipt's link in the chain (its first 16 hex digits go in the QR code, for checking it against the store). */
  hash: string;
}

type T = ReturnType<typeof coreT>;

/** The bill's lines as columns; a covered line's amount says the warranty pays, a line discount is a row of its own. */
function linesTable(data: ReceiptData, t: T): Block {
  const amount = (minor: number) => formatAmount(minor, data.store.currency as Currency, data.store.locale);
  return {
    t: 'table',
    columns: [
      { header: t('receipt.item'), width: 'fill' },
      { header: t('receipt.quantity'), align: 'right' },
      { header: t('receipt.unitPrice'), align: 'right' },
      { header: t('receipt.amount'), align: 'right' },
    ],
    rows: data.bill.lines.flatMap((l) => [
      {
        cells: [
          l.description,
          String(l.quantity),
          amount(l.listPriceMinor),
          l.coveredReason ? t('receipt.covered') : amount(l.quantity * l.unitPriceMinor),
        ],
      },
      ...(l.discountMinor > 0 ? [{ cells: [t('receipt.lineDiscount'), '', '', `-${amount(l.discountMinor)}`] }] : []),
    ]),
  };
}

/**
 * The receipt (收据), in the store's language, for the payments made at once towards a bill: the store,
 * the bill's lines with quantities and amounts (a covered line says the warranty pays), discounts, tax,
 * total, the deposit taken off, each payment (cash with what was tendered), the change, the balance
 * still owed or "paid in full", the cashier, the till, the time, the number and a QR code of the
 * number and its chain hash. A cash payment's receipt opens the drawer. The lines are a table (item,
 * quantity, unit price, amount; a long item wraps, the amounts stay in their column, without the
 * currency's sign, which the total carries).
 */
export function receipt(data: ReceiptData): PrintDocument {
  const locale = data.store.locale;
  const t = coreT(locale, 'cashier');
  const money = (minor: number) => formatMoney(minor, data.store.currency as Currency, locale);
  const kv = (key: string, value: string, bold?: boolean): Block => ({ t: 'kv', key, value, ...(bold ? { bold } : {}) });
  const text = (value: string, style: Omit<Extract<Block, { t: 'text' }>, 't' | 'text'> = {}): Block => ({
    t: 'text',
    text: value,
    ...style,
  });
  const rate = `${(data.bill.taxRateBp / 100).toLocaleString(locale)}%`;
  const b = data.bill;
  const cash = data.payments.some((p) => p.method === 'cash');

  const blocks: Block[] = [
    text(data.store.name, { align: 'center', bold: true, size: 2 }),
    ...(data.store.address ? [text(data.store.address, { align: 'center' })] : []),
    ...(data.store.phone ? [text(data.store.phone, { align: 'center' })] : []),
    { t: 'separator', char: '=' },
    text(t('receipt.heading'), { align: 'center', bold: true }),
    kv(t('receipt.number'), data.number, true),
    ...(data.jobNumber ? [kv(t('receipt.job'), data.jobNumber)] : []),
    { t: 'separator' },
    linesTable(data, t),
    { t: 'separator' },
    ...(b.lineDiscountMinor + b.billDiscountMinor > 0 ? [kv(t('receipt.subtotal'), money(b.grossMinor - b.lineDiscountMinor))] : []),
    ...(b.billDiscountMinor > 0 ? [kv(t('receipt.billDiscount'), `-${money(b.billDiscountMinor)}`)] : []),
    ...(b.taxMode === 'none'
      ? []
      : [kv(t(b.taxMode === 'inclusive' ? 'receipt.taxIncluded' : 'receipt.taxAdded', { rate }), money(b.taxMinor))]),
    kv(t('receipt.total'), money(b.totalMinor), true),
    ...(b.depositAppliedMinor > 0
      ? [kv(t('receipt.depositApplied'), `-${money(b.depositAppliedMinor)}`), kv(t('receipt.due'), money(b.dueMinor), true)]
      : []),
    ...(data.paidEarlierMinor > 0 ? [kv(t('receipt.paidEarlier'), `-${money(data.paidEarlierMinor)}`)] : []),
    { t: 'separator' },
    ...data.payments.flatMap((p): Block[] => [
      kv(
        [t(`methods.${p.method}`), p.reference].filter(Boolean).join(' '),
        p.method === 'cash' && p.tenderedMinor !== p.amountMinor
          ? `${money(p.amountMinor)} (${t('receipt.tendered', { amount: money(p.tenderedMinor) })})`
          : money(p.amountMinor),
      ),
      ...(p.roundingMinor !== 0 ? [kv(t('receipt.rounding'), money(p.roundingMinor))] : []),
    ]),
    ...(data.changeMinor > 0 ? [kv(t('receipt.change'), money(data.changeMinor), true)] : []),
    data.balanceAfterMinor > 0 ? kv(t('receipt.balance'), money(data.balanceAfterMinor), true) : text(t('receipt.settled'), { bold: true }),
    { t: 'separator' },
    kv(t('receipt.cashier'), data.cashier),
    kv(t('receipt.till'), data.till),
    kv(t('receipt.at'), formatInstant(data.at, data.store.timeZone, 'yyyy-MM-dd HH:mm:ss')),
    { t: 'qr', data: `${data.number} ${data.hash.slice(0, 16)}`, align: 'center' },
    text(t('receipt.thanks'), { align: 'center' }),
    { t: 'cut' },
    ...(cash ? [{ t: 'drawer' } as const] : []),
  ];
  return { kind: 'receipt', title: t('receipt.title', { number: data.number }), locale, blocks };
}
