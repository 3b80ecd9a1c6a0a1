import type { Locale } from '../../../../shared/contract/fields.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { printT } from '../i18n.ts';
import { nameIn, otherNameIn } from '../../../../shared/names.ts';

export interface QueueSlipData {
  store: { name: string; locale: Locale; timeZone: string };
  service: { nameZh: string; nameEn: string };
  /** The number the customer holds, "A012". */
  number: string;
  /** The ticket's permanent id, encoded in the QR code so a scan finds the ticket. */
  ticketId: number;
  ahead: number;
  estimatedMinutes: number;
  issuedAt: string;
  /** The store's own notice; empty prints the standard one in the store's language. */
  notice: string;
}

/** What the slip's QR code holds: the ticket's permanent id. */
const slipCode = (ticketId: number): string => `FD-Q${ticketId}`;

/**
 * The queue slip a walk-in takes away: the store, the service (store language first), the number as
 * large as the printer prints, how many are ahead and the estimated wait (both languages for the
 * line people read first), the time, the notice, a QR code of the ticket id, and a cut.
 */
export function queueSlip(data: QueueSlipData): PrintDocument {
  const primary = data.store.locale;
  const secondary: Locale = primary === 'zh-CN' ? 'en' : 'zh-CN';
  const t1 = printT(primary);
  const t2 = printT(secondary);
  const serviceFirst = nameIn(primary, data.service);
  const serviceSecond = otherNameIn(primary, data.service);
  const wait =
    data.ahead === 0 || data.estimatedMinutes <= 0
      ? t1('queueSlip.waitNone')
      : t1('queueSlip.waitMinutes', { minutes: data.estimatedMinutes });
  const blocks: Block[] = [
    { t: 'text', text: data.store.name, align: 'center', bold: true },
    { t: 'separator', char: '=' },
    { t: 'text', text: serviceFirst, align: 'center', bold: true },
    ...(serviceSecond && serviceSecond !== serviceFirst ? [{ t: 'text', text: serviceSecond, align: 'center' } as const] : []),
    { t: 'spacer', lines: 1 },
    { t: 'text', text: t1('queueSlip.yourNumber'), align: 'center' },
    { t: 'text', text: data.number, align: 'center', size: 2, bold: true },
    { t: 'spacer', lines: 1 },
    { t: 'text', text: t1('queueSlip.ahead', { count: data.ahead }), align: 'center', bold: true },
    { t: 'text', text: t2('queueSlip.ahead', { count: data.ahead }), align: 'center' },
    { t: 'separator' },
    { t: 'kv', key: t1('queueSlip.wait'), value: wait },
    { t: 'kv', key: t1('queueSlip.issuedAt'), value: formatInstant(data.issuedAt, data.store.timeZone, 'yyyy-MM-dd HH:mm') },
    { t: 'separator' },
    { t: 'text', text: data.notice || t1('queueSlip.defaultNotice'), align: 'center', bold: true },
    { t: 'qr', data: slipCode(data.ticketId), cells: 4, align: 'center' },
    { t: 'cut' },
  ];
  return { kind: 'queueSlip', title: t1('queueSlip.title', { number: data.number }), locale: primary, blocks };
}
