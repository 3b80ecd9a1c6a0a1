import type { Locale } from '../../../../shared/contract/fields.ts';
import { formatMoney, type Currency } from '../../../../shared/money.ts';
import type { Block, PaperSize, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { printT } from '../i18n.ts';

export interface TestPageData {
  store: { name: string; address: string; phone: string; currency: string; locale: Locale; timeZone: string };
  printer: { name: string } & ({ connection: 'network'; host: string; port: number } | { connection: 'system'; systemName: string });
  paper: PaperSize;
  /** The job number, printed as text and encoded in both codes so a scan can be checked by eye. */
  number: string;
  printedAt: string;
}

/**
 * The printer test page: every kind of block the printers must get right, in the store's language
 * first and the other language after it, at the paper size asked for (a label gets the compact form).
 */
export function testPage(data: TestPageData): PrintDocument {
  const primary = data.store.locale;
  const secondary: Locale = primary === 'zh-CN' ? 'en' : 'zh-CN';
  const t1 = printT(primary);
  const t2 = printT(secondary);
  const both = (key: string) => `${t1(key)} / ${t2(key)}`;
  const code = `FD-T${data.number}`;
  const title = `${t1('testPage.title')} ${data.number}`;
  const connection =
    data.printer.connection === 'network'
      ? t1('connection.network', { host: data.printer.host, port: data.printer.port })
      : t1('connection.system', { name: data.printer.systemName });

  if (data.paper === 'label40x30') {
    return {
      kind: 'testPage',
      title,
      locale: primary,
      blocks: [
        { t: 'text', text: data.store.name, align: 'center', bold: true },
        { t: 'text', text: both('testPage.labelTitle'), align: 'center' },
        { t: 'qr', data: code, cells: 3 },
        { t: 'code128', data: code },
        { t: 'cut' },
      ],
    };
  }

  const money = formatMoney(123_450, (data.store.currency as Currency) ?? 'CNY', primary);
  const blocks: Block[] = [
    { t: 'text', text: data.store.name, align: 'center', size: 2, bold: true },
    ...(data.store.address ? [{ t: 'text', text: data.store.address, align: 'center' } as const] : []),
    ...(data.store.phone ? [{ t: 'text', text: data.store.phone, align: 'center' } as const] : []),
    { t: 'separator', char: '=' },
    { t: 'text', text: t1('testPage.title'), align: 'center', bold: true },
    { t: 'text', text: t2('testPage.title'), align: 'center' },
    { t: 'separator' },
    { t: 'kv', key: both('testPage.printer'), value: data.printer.name },
    { t: 'kv', key: both('testPage.paper'), value: t1(`papers.${data.paper}`) },
    { t: 'kv', key: both('testPage.connection'), value: connection },
    { t: 'kv', key: both('testPage.printedAt'), value: formatInstant(data.printedAt, data.store.timeZone, 'yyyy-MM-dd HH:mm') },
    { t: 'kv', key: both('testPage.number'), value: data.number, bold: true },
    { t: 'separator' },
    { t: 'text', text: `${both('testPage.sample')}:` },
    { t: 'text', text: t1('testPage.sampleText') },
    { t: 'text', text: t2('testPage.sampleText') },
    { t: 'kv', key: both('testPage.amount'), value: money, bold: true },
    { t: 'text', text: both('testPage.large'), size: 2 },
    { t: 'text', text: both('testPage.bold'), bold: true },
    { t: 'text', text: both('testPage.right'), align: 'right' },
    { t: 'separator' },
    { t: 'text', text: both('testPage.codes'), align: 'center' },
    { t: 'qr', data: code },
    { t: 'code128', data: code },
    { t: 'separator' },
    { t: 'text', text: t1('testPage.ok'), align: 'center' },
    { t: 'text', text: t2('testPage.ok'), align: 'center' },
    { t: 'cut' },
  ];
  return { kind: 'testPage', title, locale: primary, blocks };
}
