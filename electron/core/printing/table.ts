import type { Align, TableBlock } from '../../../shared/print/layout.ts';
import { sanitizeThermal, textColumns, wrapColumns } from './text.ts';

/**
 * A table block laid out in a roll's character columns: the plain text the ESC/POS renderer prints
 * line by line. Widths are counted the way the printer prints (`textColumns`: a Chinese character
 * takes two columns), columns are one space apart, a `fill` or fixed-width cell too long for its
 * column wraps onto the next line(s) while the other cells stay in their columns.
 *
 * When the paper is too narrow to give the `fill` columns at least `MIN_FILL` columns beside the
 * others, each row prints its `fill` cells first across the whole line, then its other cells on the
 * line below in their columns: still aligned, never cut.
 */

export interface TableLine {
  text: string;
  bold: boolean;
}

const GAP = 1;
const MIN_FILL = 8;

const clean = (cell: string) => sanitizeThermal(cell).replace(/\n/g, ' ');

/** `cell` padded to exactly `width` columns, placed as `align` says. */
function place(cell: string, width: number, align: Align): string {
  const room = Math.max(0, width - textColumns(cell));
  if (align === 'right') return ' '.repeat(room) + cell;
  if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + cell + ' '.repeat(room - Math.floor(room / 2));
  return cell + ' '.repeat(room);
}

/** Shrinks the widest columns one at a time until they fit in `room` (each keeps at least 1). */
function squeeze(widths: number[], room: number): number[] {
  const out = [...widths];
  let total = out.reduce((a, b) => a + b, 0);
  while (total > room) {
    const widest = out.indexOf(Math.max(...out));
    if (out[widest]! <= 1) break;
    out[widest]! -= 1;
    total -= 1;
  }
  return out;
}

interface Grid {
  /** Indexes of the columns this grid lays out, with their widths. */
  columns: { index: number; width: number; align: Align }[];
  /** Spaces before the first column: a stacked row's numbers sit flush right. */
  indent: number;
}

/** Widths for the columns `indexes` across `cols` character columns, `fill` sharing what is left. */
function grid(block: TableBlock, rows: string[][], indexes: number[], cols: number, flushRight = false): Grid {
  const gaps = GAP * Math.max(0, indexes.length - 1);
  const fixed = indexes.map((i) => {
    const w = block.columns[i]!.width ?? 'fit';
    if (typeof w === 'number') return w;
    if (w === 'fill') return 0;
    const header = block.columns[i]!.header;
    return Math.max(header ? textColumns(clean(header)) : 0, ...rows.map((r) => textColumns(r[i]!)), 1);
  });
  const fills = indexes.filter((i) => block.columns[i]!.width === 'fill');
  const room = cols - gaps - fills.length;
  const squeezed = squeeze(fixed, Math.max(indexes.length - fills.length, room));
  const left = Math.max(0, cols - gaps - squeezed.reduce((a, b) => a + b, 0));
  let fillIndex = 0;
  return {
    indent: flushRight && fills.length === 0 ? left : 0,
    columns: indexes.map((index, k) => {
      let width = squeezed[k]!;
      if (block.columns[index]!.width === 'fill') {
        const share = Math.floor(left / fills.length) + (fillIndex < left % fills.length ? 1 : 0);
        fillIndex += 1;
        width = Math.max(1, share);
      }
      return { index, width, align: block.columns[index]!.align ?? 'left' };
    }),
  };
}

/** One row of cells in the grid's columns, as many lines as its tallest wrapped cell. */
function rowLines(g: Grid, cells: string[]): string[] {
  const wrapped = g.columns.map((c) => wrapColumns(cells[c.index]!, c.width));
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let n = 0; n < height; n += 1) {
    const parts = g.columns.map((c, k) => place(wrapped[k]![n] ?? '', c.width, c.align));
    lines.push((' '.repeat(g.indent) + parts.join(' '.repeat(GAP))).replace(/ +$/, ''));
  }
  return lines;
}

/** The table's lines on a roll of `cols` character columns; no line is wider than `cols`. */
export function tableLines(block: TableBlock, cols: number): TableLine[] {
  const rows = block.rows.map((r) => r.cells.map(clean));
  const header = block.columns.some((c) => c.header) ? block.columns.map((c) => clean(c.header ?? '')) : null;
  const all = header ? [header, ...rows] : rows;
  const indexes = block.columns.map((_, i) => i);
  const fills = indexes.filter((i) => block.columns[i]!.width === 'fill');
  const whole = grid(block, all, indexes, cols);
  const narrow = fills.length > 0 && whole.columns.some((c) => fills.includes(c.index) && c.width < MIN_FILL);
  const out: TableLine[] = [];
  const push = (lines: string[], bold: boolean) => out.push(...lines.map((text) => ({ text, bold })));

  if (!narrow) {
    if (header) push(rowLines(whole, header), true);
    for (const [i, row] of rows.entries()) push(rowLines(whole, row), block.rows[i]!.bold ?? false);
    return out;
  }
  // Stacked: the fill cells across the line, then the others in a grid of their own.
  const rest = indexes.filter((i) => !fills.includes(i));
  const below = grid(block, all, rest, cols, true);
  const stacked = (cells: string[], bold: boolean) => {
    const fillText = fills
      .map((i) => cells[i]!)
      .filter(Boolean)
      .join(' ');
    if (fillText) push(wrapColumns(fillText, cols), bold);
    if (rest.length && rest.some((i) => cells[i])) push(rowLines(below, cells), bold);
  };
  if (header) stacked(header, true);
  for (const [i, row] of rows.entries()) stacked(row, block.rows[i]!.bold ?? false);
  return out;
}
