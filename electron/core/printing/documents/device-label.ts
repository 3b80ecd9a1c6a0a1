import type { Locale } from '../../../../shared/contract/fields.ts';
import { PAPER, type Block, type PrintDocument } from '../../../../shared/print/layout.ts';
import { coreT } from '../../i18n.ts';
import { textColumns, wrapColumns } from '../text.ts';
import { jobCode } from './job-ticket.ts';
import { labelCodesPng } from './label-codes.ts';

export interface DeviceLabelData {
  locale: Locale;
  number: string;
  fault: string;
  customerName: string;
}

/** How a person is called at the counter: a Chinese name's first character, a Latin name's last word. */
function familyName(name: string): string {
  const trimmed = name.trim();
  const first = Array.from(trimmed)[0] ?? '';
  if (/\p{Script=Han}/u.test(first)) return first;
  return trimmed.split(/\s+/).at(-1) ?? '';
}

/** `text` on at most `lines` lines of `columns` thermal columns (CJK counts two), the last cut with an ellipsis when more is left. */
function fitLines(text: string, columns: number, lines: number): string[] {
  const wrapped = wrapColumns(text.replace(/\s+/g, ' ').trim(), columns);
  if (wrapped.length <= lines) return wrapped;
  const kept = wrapped.slice(0, lines);
  let last = kept[lines - 1]!;
  while (last && textColumns(`${last}…`) > columns) last = Array.from(last).slice(0, -1).join('');
  kept[lines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/**
 * The label stuck on the item: the job number large, its QR code and Code 128 side by side, and one
 * line with the customer's family name and the fault cut short, so a technician knows whose it is and
 * what to look at without opening the job (the fault on two lines at most).
 */
export function deviceLabel(data: DeviceLabelData): PrintDocument {
  const t = coreT(data.locale, 'jobPrint');
  const columns = PAPER.label40x30.columns!;
  const surname = familyName(data.customerName);
  const prefix = surname ? `${surname} · ` : '';
  // Double size halves the columns: a longer number is printed bold at normal size.
  const numberSize = textColumns(data.number) * 2 <= columns ? 2 : 1;
  const blocks: Block[] = [
    { t: 'text', text: data.number, align: 'center', bold: true, size: numberSize },
    { t: 'image', png: labelCodesPng(jobCode(data.number)), align: 'center' },
    // Two lines: the number (double height) and the codes leave room for them on the 27 mm a label prints.
    ...fitLines(prefix + data.fault, columns, 2).map((line): Block => ({ t: 'text', text: line, align: 'center' })),
    { t: 'cut' },
  ];
  return { kind: 'deviceLabel', title: t('label.title', { number: data.number }), locale: data.locale, blocks };
}
