import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import { formatMoney, type Currency } from '../../../../shared/money.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { coreT } from '../../i18n.ts';
import type { ReceiptData } from './receipt.ts';

export interface RefundReceiptData {
  store: ReceiptData['store'];
  number: string;
  at: string;
  till: string;
  cashier: string;
  approvedBy: string;
  jobNumber: string | null;
  /** The receipt of the payment refunded. */
  paidOn: string;
  method: PaymentMethod;
  amountMinor: number;
  reason: string;
  hash: string;
}

/**
 * The refund receipt (退款收据), in the store's language: what was given back, how, against which
 * receipt, why, who gave it and who approved. A cash refund opens the drawer.
 */
export function refundReceipt(data: RefundReceiptData): PrintDocument {
  const locale = data.store.locale;
  const t = coreT(locale, 'cashier');
  const money = (minor: number) => formatMoney(minor, data.store.currency as Currency, locale);
  const kv = (key: string, value: string, bold?: boolean): Block => ({ t: 'kv', key, value, ...(bold ? { bold } : {}) });
  const blocks: Block[] = [
    { t: 'text', text: data.store.name, align: 'center', bold: true, size: 2 },
    { t: 'separator', char: '=' },
    { t: 'text', text: t('receipt.refundHeading'), align: 'center', bold: true },
    kv(t('receipt.number'), data.number, true),
    kv(t('receipt.refundOf'), data.paidOn),
    ...(data.jobNumber ? [kv(t('receipt.job'), data.jobNumber)] : []),
    { t: 'separator' },
    kv(t('receipt.refunded', { method: t(`methods.${data.method}`) }), money(data.amountMinor), true),
    kv(t('receipt.reason'), data.reason),
    { t: 'separator' },
    kv(t('receipt.cashier'), data.cashier),
    kv(t('receipt.approvedBy'), data.approvedBy),
    kv(t('receipt.till'), data.till),
    kv(t('receipt.at'), formatInstant(data.at, data.store.timeZone, 'yyyy-MM-dd HH:mm:ss')),
    { t: 'qr', data: `${data.number} ${data.hash.slice(0, 16)}`, align: 'center' },
    { t: 'cut' },
    ...(data.method === 'cash' ? [{ t: 'drawer' } as const] : []),
  ];
  return { kind: 'receipt', title: t('receipt.title', { number: data.number }), locale, blocks };
}
