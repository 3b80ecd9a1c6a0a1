import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Locale } from '../../../../shared/contract/fields.ts';
import { formatMoney, type Currency } from '../../../../shared/money.ts';
import { maskPhone } from '../../../../shared/privacy.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { coreT } from '../../i18n.ts';
import type { JobTicketData } from './job-ticket.ts';

export interface DeliveryNoteData {
  store: JobTicketData['store'];
  number: string;
  createdAt: string;
  customer: JobTicketData['customer'];
  asset: JobTicketData['asset'];
  service: string | null;
  /** The work done: the accepted lines. */
  lines: JobTicketData['lines'];
  totalMinor: number;
  depositMinor: number;
  /** Each accessory taken in (named in the store's language), as it went back (null: a job handed over before pickups were recorded). */
  accessories: { name: string; state: 'returned' | 'missing' | null; note: string }[];
  /** The shop's warranty on the work done: its rule's name, the last day, and the odometer limit for a vehicle. */
  warranty: { rule: string; until: string; untilKm: number | null } | null;
  verifiedBy: 'ticket' | 'phone' | 'override' | null;
  signaturePng: string | null;
  deliveredAt: string;
  deliveredBy: string | null;
}

const DATE_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/**
 * The delivery note (取件单), in the store's language: printed when a job is handed back. The job and
 * the item, the work done line by line, every accessory returned or missing (with the note), the
 * shop's warranty on the work with its last day, when and by whom it was handed over, and the
 * customer's collection signature.
 */
export function deliveryNote(data: DeliveryNoteData): PrintDocument {
  const locale: Locale = data.store.locale;
  const t = coreT(locale, 'jobPickup');
  const money = (minor: number) => formatMoney(minor, data.store.currency as Currency, locale);
  const when = (iso: string) => formatInstant(iso, data.store.timeZone, 'yyyy-MM-dd EEE HH:mm', DATE_LOCALES[locale]);
  const kv = (key: string, value: string, bold?: boolean): Block => ({ t: 'kv', key, value, ...(bold ? { bold } : {}) });
  const text = (value: string, style: Omit<Extract<Block, { t: 'text' }>, 't' | 'text'> = {}): Block => ({
    t: 'text',
    text: value,
    ...style,
  });
  const heading = (value: string): Block => text(value, { bold: true });
  const a = data.asset;
  const item = a ? [[a.brand, a.model].filter(Boolean).join(' '), a.imei ?? a.serial ?? a.plate ?? a.vin].filter(Boolean).join(' · ') : '';

  const blocks: Block[] = [
    text(data.store.name, { align: 'center', bold: true, size: 2 }),
    ...(data.store.address ? [text(data.store.address, { align: 'center' })] : []),
    ...(data.store.phone ? [text(data.store.phone, { align: 'center' })] : []),
    { t: 'separator', char: '=' },
    text(t('note.heading'), { align: 'center', bold: true }),
    text(data.number, { align: 'center', size: 2, bold: true }),
    { t: 'separator' },
    kv(t('note.customer'), [data.customer.name, data.customer.phone && maskPhone(data.customer.phone)].filter(Boolean).join(' · ')),
    ...(item ? [kv(t('note.item'), item)] : []),
    ...(data.service ? [kv(t('note.service'), data.service)] : []),
    kv(t('note.receivedAt'), when(data.createdAt)),
    kv(t('note.deliveredAt'), when(data.deliveredAt), true),
    { t: 'separator' },
    heading(t('note.work')),
    ...(data.lines.length === 0
      ? [text(t('note.noWork'))]
      : data.lines.map((l) =>
          kv(
            l.quantity === 1 ? l.description : `${l.description} × ${l.quantity}`,
            l.warrantyCovered ? t('note.covered') : money(l.quantity * l.unitPriceMinor),
          ),
        )),
    kv(t('note.total'), money(data.totalMinor), true),
    ...(data.depositMinor > 0 ? [kv(t('note.deposit'), money(data.depositMinor))] : []),
    { t: 'separator' },
    heading(t('note.accessories')),
    ...(data.accessories.length === 0
      ? [text(t('note.noAccessories'))]
      : data.accessories.map((acc) =>
          acc.state === 'missing'
            ? kv(acc.name, acc.note ? t('note.missingWith', { note: acc.note }) : t('note.missing'), true)
            : kv(acc.name, acc.state === 'returned' ? t('note.returned') : ''),
        )),
    { t: 'separator' },
    heading(t('note.warranty')),
    ...(data.warranty
      ? [
          text(data.warranty.rule),
          text(
            data.warranty.untilKm === null
              ? t('note.warrantyUntil', { until: data.warranty.until })
              : t('note.warrantyUntilKm', { until: data.warranty.until, km: data.warranty.untilKm.toLocaleString(locale) }),
            { bold: true },
          ),
        ]
      : [text(t('note.warrantyNone'))]),
    { t: 'separator', char: '=' },
    ...(data.verifiedBy ? [kv(t('note.verifiedBy'), t(`verifiedBy.${data.verifiedBy}`))] : []),
    ...(data.deliveredBy ? [kv(t('note.deliveredBy'), data.deliveredBy)] : []),
    heading(t('note.signature')),
    ...(data.signaturePng ? [{ t: 'image', png: data.signaturePng, widthMm: 50, align: 'left' } as const] : [text(t('note.notSigned'))]),
    { t: 'separator' },
    text(t('note.thanks'), { align: 'center' }),
    { t: 'cut' },
  ];
  return { kind: 'deliveryNote', title: t('note.title', { number: data.number }), locale, blocks };
}
