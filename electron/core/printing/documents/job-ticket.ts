import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Locale } from '../../../../shared/contract/fields.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { formatMoney, type Currency } from '../../../../shared/money.ts';
import { maskPhone } from '../../../../shared/privacy.ts';
import type { Block, PrintDocument } from '../../../../shared/print/layout.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { coreT } from '../../i18n.ts';
import { warrantyBlocks } from './job-ticket-warranty.ts';

export type TicketCopy = 'customer' | 'shop';

export interface JobTicketData {
  store: { name: string; address: string; phone: string; currency: string; locale: Locale; timeZone: string };
  number: string;
  createdAt: string;
  customer: { name: string; phone: string | null };
  /** The item with its identifiers in full (the ticket is the record of which item was handed in). */
  asset: { brand: string; model: string; imei: string | null; serial: string | null; plate: string | null; vin: string | null } | null;
  /** The service's name in the store's language, or null. */
  service: string | null;
  mileageKm: number | null;
  fault: string;
  /** Names in the store's language (a checklist item's name, or what staff typed). */
  accessories: string[];
  /** Null when the condition was not checked; else the items found damaged, named, with their notes. */
  damaged: { item: string; note: string }[] | null;
  warranty: Job['warranty'];
  lines: { description: string; quantity: number; unitPriceMinor: number; warrantyCovered: boolean }[];
  estimateMinor: number;
  depositMinor: number;
  owedMinor: number;
  promisedReadyAt: string | null;
  terms: string;
  /** The customer's signature, a PNG (base64 or data URL), or null when they did not sign. */
  signaturePng: string | null;
  takenInBy: string | null;
}

/** The QR code and the barcode hold the job number itself: a scanner types it, and the console opens the job. */
export const jobCode = (number: string): string => number;

const DATE_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/**
 * The job ticket, in the store's language: the customer's copy (taken away, shown to collect) or the
 * shop's copy (kept with the item). The store, the number large with its QR code and Code 128, who and
 * what was taken in, the fault as the customer said it, accessories, condition, the warranty decision
 * with its reasons and dates, the estimate, deposit and balance, the promise, the terms and the
 * signature as a picture. Never the device passcode (it is not part of the data).
 */
export function jobTicket(data: JobTicketData, copy: TicketCopy): PrintDocument {
  const locale = data.store.locale;
  const t = coreT(locale, 'jobPrint');
  const money = (minor: number) => formatMoney(minor, data.store.currency as Currency, locale);
  const when = (iso: string) => formatInstant(iso, data.store.timeZone, 'yyyy-MM-dd EEE HH:mm', DATE_LOCALES[locale]);
  const copyName = t(`ticket.copies.${copy}`);
  const kv = (key: string, value: string, bold?: boolean): Block => ({ t: 'kv', key, value, ...(bold ? { bold } : {}) });
  const text = (value: string, style: Omit<Extract<Block, { t: 'text' }>, 't' | 'text'> = {}): Block => ({
    t: 'text',
    text: value,
    ...style,
  });
  const heading = (value: string): Block => text(value, { bold: true });

  const blocks: Block[] = [
    text(data.store.name, { align: 'center', bold: true, size: 2 }),
    ...(data.store.address ? [text(data.store.address, { align: 'center' })] : []),
    ...(data.store.phone ? [text(data.store.phone, { align: 'center' })] : []),
    { t: 'separator', char: '=' },
    text(`${t('ticket.heading')} · ${copyName}`, { align: 'center', bold: true }),
    text(data.number, { align: 'center', size: 2, bold: true }),
    { t: 'qr', data: jobCode(data.number), cells: 6, align: 'center' },
    { t: 'code128', data: jobCode(data.number), align: 'center' },
    { t: 'separator' },
    kv(t('ticket.receivedAt'), when(data.createdAt)),
    ...(data.promisedReadyAt ? [kv(t('ticket.promised'), when(data.promisedReadyAt), true)] : []),
    kv(t('ticket.customer'), [data.customer.name, data.customer.phone && maskPhone(data.customer.phone)].filter(Boolean).join(' · ')),
    ...assetBlocks(data, t, kv),
    ...(data.service ? [kv(t('ticket.service'), data.service)] : []),
    ...(data.mileageKm !== null ? [kv(t('ticket.mileage'), t('ticket.km', { km: data.mileageKm.toLocaleString(locale) }))] : []),
    { t: 'separator' },
    heading(t('ticket.fault')),
    text(data.fault),
    kv(t('ticket.accessories'), data.accessories.length > 0 ? data.accessories.join(locale === 'en' ? ', ' : '、') : t('ticket.none')),
    ...conditionBlocks(data, t, kv, text),
    { t: 'separator' },
    ...warrantyBlocks(data.warranty, { locale, kv, text }),
    { t: 'separator' },
    heading(t('ticket.estimate')),
    ...(data.lines.length === 0
      ? [text(t('ticket.estimateNone'))]
      : data.lines.map((l) =>
          kv(
            l.quantity === 1
              ? l.description
              : `${l.description}  ${t('ticket.lineQuantity', { quantity: l.quantity, price: money(l.unitPriceMinor) })}`,
            l.warrantyCovered ? t('ticket.covered') : money(l.quantity * l.unitPriceMinor),
          ),
        )),
    kv(t('ticket.total'), money(data.estimateMinor), true),
    kv(t('ticket.deposit'), money(data.depositMinor)),
    kv(t('ticket.balance'), money(data.owedMinor), true),
    { t: 'separator', char: '=' },
    ...(data.terms ? [heading(t('ticket.terms')), text(data.terms), { t: 'spacer', lines: 1 } as const] : []),
    heading(t('ticket.signature')),
    ...(data.signaturePng ? [{ t: 'image', png: data.signaturePng, widthMm: 50, align: 'left' } as const] : [text(t('ticket.notSigned'))]),
    ...(copy === 'shop' && data.takenInBy ? [kv(t('ticket.takenInBy'), data.takenInBy)] : []),
    { t: 'separator' },
    text(copy === 'customer' ? t('ticket.keep') : t('ticket.forShop'), { align: 'center', bold: true }),
    text(`${data.number} · ${copyName}`, { align: 'center' }),
    { t: 'cut' },
  ];
  return { kind: 'jobTicket', title: t('ticket.title', { number: data.number, copy: copyName }), locale, blocks };
}

type Translate = ReturnType<typeof coreT>;
type Kv = (key: string, value: string, bold?: boolean) => Block;

/** The item and every identifier it has, in full. */
function assetBlocks(data: JobTicketData, t: Translate, kv: Kv): Block[] {
  const a = data.asset;
  if (!a) return [];
  const name = [a.brand, a.model].filter(Boolean).join(' ');
  const ids: [string, string | null][] = [
    ['ticket.imei', a.imei],
    ['ticket.serial', a.serial],
    ['ticket.plate', a.plate],
    ['ticket.vin', a.vin],
  ];
  const [firstId, ...moreIds] = ids.filter((id): id is [string, string] => Boolean(id[1])).map(([key, value]) => `${t(key)} ${value}`);
  if (!name && !firstId) return [];
  // The item and its first identifier on one line (a phone and its IMEI); any other identifier under it.
  return [kv(t('ticket.item'), [name, firstId].filter(Boolean).join(' · ')), ...moreIds.map((id) => kv('', id))];
}

/** The condition check: what was found damaged, each with its note; or that nothing was, or that it was not checked. */
function conditionBlocks(data: JobTicketData, t: Translate, kv: Kv, text: (value: string) => Block): Block[] {
  if (data.damaged === null) return [kv(t('ticket.condition'), t('ticket.conditionNotChecked'))];
  if (data.damaged.length === 0) return [kv(t('ticket.condition'), t('ticket.conditionOk'))];
  return [
    kv(t('ticket.condition'), ''),
    ...data.damaged.map((d) => text(`  · ${d.note ? t('ticket.damaged', d) : t('ticket.damagedNoNote', d)}`)),
  ];
}
