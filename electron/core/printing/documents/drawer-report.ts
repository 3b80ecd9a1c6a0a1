import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import type { Locale } from '../../../../shared/contract/fields.ts';
import { formatAmount, formatMoney, type Currency } from '../../../../shared/money.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { coreT } from '../../i18n.ts';

export interface DrawerReportData {
  store: { name: string; currency: string; locale: Locale; timeZone: string };
  /** The till's name in the store's language. */
  till: string;
  report: DrawerReport;
  printedAt: string;
}

/**
 * The drawer report (X 报表 / Z 报表), in the store's language. The X report is interim (the drawer
 * stays open, printed on demand); the Z report is final (printed as the drawer closes). Both give the
 * till, who opened (and closed) the session and when, the takings per payment method, refunds,
 * discounts, deposits, the receipts issued (first to last, how many), and the cash: float, cash taken,
 * put in and taken out, refunded, what the drawer should hold; the Z report adds the count by
 * denomination, the variance, the note and who approved it, and a line to sign.
 */
export function drawerReportDocument(data: DrawerReportData): PrintDocument {
  const { report: r, store } = data;
  const locale = store.locale;
  const t = coreT(locale, 'cashier');
  const currency = store.currency as Currency;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const amount = (minor: number) => formatAmount(minor, currency, locale);
  const time = (iso: string) => formatInstant(iso, store.timeZone, 'yyyy-MM-dd HH:mm');
  const kv = (key: string, value: string, bold?: boolean): Block => ({ t: 'kv', key, value, ...(bold ? { bold } : {}) });
  const heading = (text: string): Block => ({ t: 'text', text, bold: true });
  const final = r.kind === 'Z';
  const takings = r.byMethod.reduce((sum, m) => sum + m.amountMinor, 0);
  const receiptsIssued = r.receipts.count === 0 ? '0' : `${r.receipts.count} (${t('report.receiptRange', r.receipts)})`;
  const cashTaken = r.expectedCashMinor - r.floatMinor - r.cashInMinor + r.cashOutMinor + r.cashRefundsMinor;
  const variance = r.varianceMinor ?? 0;

  const blocks: Block[] = [
    { t: 'text', text: store.name, align: 'center', bold: true },
    { t: 'separator', char: '=' },
    { t: 'text', text: t(final ? 'report.headingZ' : 'report.headingX'), align: 'center', bold: true, size: 2 },
    { t: 'text', text: t(final ? 'report.final' : 'report.interim'), align: 'center' },
    { t: 'separator' },
    kv(t('report.till'), data.till, true),
    kv(t('report.session'), `#${r.sessionId}`),
    kv(t('report.opened'), t('report.whenBy', { time: time(r.openedAt), name: r.openedByName })),
    ...(r.closedAt ? [kv(t('report.closed'), t('report.whenBy', { time: time(r.closedAt), name: r.closedByName ?? '' }))] : []),
    kv(t('report.printed'), time(data.printedAt)),
    { t: 'separator' },
    heading(t('report.takings')),
    r.byMethod.length === 0
      ? { t: 'text', text: t('report.noTakings') }
      : {
          t: 'table',
          columns: [
            { header: t('report.method'), width: 'fill' },
            { header: t('report.count'), align: 'right' },
            { header: t('report.amount'), align: 'right' },
          ],
          rows: [
            ...r.byMethod.map((m) => ({ cells: [t(`methods.${m.method}`), String(m.count), amount(m.amountMinor)] })),
            { cells: [t('report.total'), String(r.byMethod.reduce((n, m) => n + m.count, 0)), amount(takings)], bold: true },
          ],
        },
    kv(t('report.refunds'), r.refundsMinor > 0 ? `-${money(r.refundsMinor)}` : money(0)),
    ...(r.cashRefundsMinor > 0 ? [kv(`  ${t('report.cashRefunds')}`, `-${money(r.cashRefundsMinor)}`)] : []),
    kv(t('report.discounts'), money(r.discountsMinor)),
    kv(t('report.deposits'), money(r.depositsMinor)),
    kv(t('report.receipts'), receiptsIssued),
    { t: 'separator' },
    heading(t('report.cash')),
    kv(t('report.float'), money(r.floatMinor)),
    kv(t('report.cashTaken'), money(cashTaken)),
    ...(r.cashInMinor > 0 ? [kv(t('report.cashIn'), money(r.cashInMinor))] : []),
    ...(r.cashOutMinor > 0 ? [kv(t('report.cashOut'), `-${money(r.cashOutMinor)}`)] : []),
    ...(r.cashRefundsMinor > 0 ? [kv(t('report.cashRefunds'), `-${money(r.cashRefundsMinor)}`)] : []),
    ...(r.noSales > 0 ? [kv(t('report.noSales'), String(r.noSales))] : []),
    kv(t('report.expected'), money(r.expectedCashMinor), true),
    ...(final && r.countedMinor !== null
      ? [
          { t: 'separator' } as const,
          heading(t('report.countHeading')),
          ...(r.counted && r.counted.length > 0
            ? [
                {
                  t: 'table',
                  columns: [
                    { header: t('report.denomination'), width: 'fill' },
                    { header: t('report.pieces'), align: 'right' },
                    { header: t('report.amount'), align: 'right' },
                  ],
                  rows: r.counted
                    .filter((c) => c.count > 0)
                    .map((c) => ({ cells: [money(c.denominationMinor), String(c.count), amount(c.denominationMinor * c.count)] })),
                } satisfies Block,
              ]
            : []),
          kv(t('report.expected'), money(r.expectedCashMinor)),
          kv(t('report.counted'), money(r.countedMinor), true),
          kv(
            t('report.variance'),
            variance === 0
              ? money(0)
              : `${variance > 0 ? '+' : '-'}${money(Math.abs(variance))} (${t(variance > 0 ? 'report.over' : 'report.short')})`,
            true,
          ),
          ...(r.note ? [kv(t('report.note'), r.note)] : []),
          ...(r.approvedByName ? [kv(t('report.approvedBy'), r.approvedByName)] : []),
          { t: 'spacer', lines: 2 } as const,
          { t: 'text', text: `${t('report.signature')}: ____________________` } as const,
        ]
      : []),
    { t: 'cut' },
  ];
  return { kind: 'report', title: t(final ? 'report.titleZ' : 'report.titleX', { till: data.till }), locale, blocks };
}
