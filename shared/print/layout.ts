import { z } from 'zod';
import { MAX_PNG_BYTES, MAX_PNG_FIELD, pngProblem } from './png.ts';

/**
 * The neutral print layout: what a document says, not how a printer says it. A document builder
 * (a pure function of its data) produces one of these; the ESC/POS, HTML and PDF renderers read it.
 * Text is plain Unicode here and is escaped or encoded only by the renderer that writes it out.
 */

export const PAPER_SIZES = ['58mm', '80mm', 'A5', 'A4', 'label40x30'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const paperSize = z.enum(PAPER_SIZES, { error: 'must be 58mm, 80mm, A5, A4 or label40x30' });

/** Paper a roll or label printer takes (ESC/POS); A4/A5 go only to page (system) printers. */
export const ROLL_PAPERS: readonly PaperSize[] = ['58mm', '80mm', 'label40x30'];

export interface PaperSpec {
  /** Page width in millimetres. */
  widthMm: number;
  /** Page height in millimetres; null for a continuous roll (the page is as long as the document). */
  heightMm: number | null;
  /** Printable margin on each side in millimetres (HTML/PDF). */
  marginMm: number;
  /** Text columns of the standard font on a thermal printer (12x24 dots), null for page paper. */
  columns: number | null;
  /** Printable width in dots at 203 dpi on a thermal printer, null for page paper. */
  dots: number | null;
}

export const PAPER: Record<PaperSize, PaperSpec> = {
  '58mm': { widthMm: 58, heightMm: null, marginMm: 2, columns: 32, dots: 384 },
  '80mm': { widthMm: 80, heightMm: null, marginMm: 3, columns: 48, dots: 576 },
  A5: { widthMm: 148, heightMm: 210, marginMm: 10, columns: null, dots: null },
  A4: { widthMm: 210, heightMm: 297, marginMm: 12, columns: null, dots: null },
  // A 40 mm label has about 304 printable dots at 203 dpi: 25 columns of the 12-dot font.
  label40x30: { widthMm: 40, heightMm: 30, marginMm: 1.5, columns: 25, dots: 304 },
};

/** The documents the shop prints; each is mapped to a printer, a paper size and a number of copies. */
export const DOCUMENT_KINDS = ['queueSlip', 'jobTicket', 'deviceLabel', 'deliveryNote', 'receipt', 'report', 'testPage'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const documentKind = z.enum(DOCUMENT_KINDS, { error: 'must be a document kind' });
/** The kinds an admin routes to a printer (a test page always goes to the printer it tests). */
export const ROUTED_KINDS = [
  'queueSlip',
  'jobTicket',
  'deviceLabel',
  'deliveryNote',
  'receipt',
  'report',
] as const satisfies readonly DocumentKind[];
export type RoutedKind = (typeof ROUTED_KINDS)[number];
export const routedKind = z.enum(ROUTED_KINDS, { error: 'must be queueSlip, jobTicket, deviceLabel, deliveryNote, receipt or report' });

const align = z.enum(['left', 'center', 'right']);
export type Align = z.infer<typeof align>;

/** Text lines and key-value rows: `size` 2 is double width and height on a thermal printer. */
const textStyle = {
  align: align.optional(),
  size: z.union([z.literal(1), z.literal(2)]).optional(),
  bold: z.boolean().optional(),
};

/** Thermal printers print 8 dots a millimetre (203 dpi): the scale images are sized at. */
export const DOTS_PER_MM = 8;

/** A PNG, base64 or a data URL, checked by its signature and header (see png.ts). */
const pngField = z
  .string({ error: 'must be a PNG image in base64 or a data URL' })
  .max(MAX_PNG_FIELD, { error: `must be a PNG of at most ${MAX_PNG_BYTES / 1024} KB` })
  .check((ctx) => {
    const problem = pngProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

const MAX_TABLE_COLUMNS = 8;
const MAX_TABLE_ROWS = 500;

/**
 * A column's width. `fit` (the default): as wide as its widest cell, never wrapped (amounts, counts).
 * `fill`: shares what the `fit` and fixed columns leave, its text wrapping onto the next line(s)
 * (a description). A number: that many character columns on a roll, wrapping within them. On a roll
 * widths count character columns (a Chinese character takes two); on a page the HTML table sizes them.
 */
const columnWidth = z.union([z.literal('fit'), z.literal('fill'), z.number().int().min(1).max(64)], {
  error: "must be 'fit', 'fill' or a number of character columns (1-64)",
});

/**
 * A table: rows of cells in aligned columns, an optional header row. On a roll its columns are laid
 * out in the paper's character columns, one space apart (see `printing/table.ts`); on a page it is a
 * `<table>`. Every row has exactly one cell per column.
 */
const tableBlock = z
  .object({
    t: z.literal('table'),
    columns: z
      .array(
        z.strictObject({
          header: z.string().max(200).optional(),
          align: align.optional(),
          width: columnWidth.optional(),
        }),
      )
      .min(1, { error: 'must have at least one column' })
      .max(MAX_TABLE_COLUMNS, { error: `must have at most ${MAX_TABLE_COLUMNS} columns` }),
    rows: z
      .array(z.strictObject({ cells: z.array(z.string().max(2_000)).max(MAX_TABLE_COLUMNS), bold: z.boolean().optional() }))
      .max(MAX_TABLE_ROWS, { error: `must have at most ${MAX_TABLE_ROWS} rows` }),
  })
  .check((ctx) => {
    const n = ctx.value.columns.length;
    for (const [i, row] of ctx.value.rows.entries()) {
      if (row.cells.length !== n) {
        ctx.issues.push({
          code: 'custom',
          message: `must have ${n} cells, one per column`,
          input: row.cells,
          path: ['rows', i, 'cells'],
        });
      }
    }
  });
export type TableBlock = z.infer<typeof tableBlock>;
export type TableColumn = TableBlock['columns'][number];

const block = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), text: z.string().max(20_000), ...textStyle }),
  z.object({ t: z.literal('separator'), char: z.enum(['-', '=']).optional() }),
  z.object({
    t: z.literal('kv'),
    key: z.string().max(2_000),
    value: z.string().max(2_000),
    bold: z.boolean().optional(),
    size: textStyle.size,
  }),
  /** A QR code; `cells` is the module size in dots on a thermal printer (1-16). */
  z.object({
    t: z.literal('qr'),
    data: z.string().min(1).max(1_000),
    cells: z.number().int().min(1).max(16).optional(),
    align: align.optional(),
  }),
  /** A Code 128 barcode of printable ASCII, its text printed beneath. */
  z.object({
    t: z.literal('code128'),
    data: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[\x20-\x7e]+$/),
    align: align.optional(),
  }),
  /**
   * A picture (a signature, a logo): 1-bit raster on a thermal printer, an `<img>` on pages. Without
   * `widthMm` it is as wide as its pixels at 8 dots a millimetre; never wider than the paper.
   */
  z.object({
    t: z.literal('image'),
    png: pngField,
    widthMm: z
      .number({ error: 'must be a number of millimetres' })
      .min(5, { error: 'must be at least 5 mm' })
      .max(200, { error: 'must be at most 200 mm' })
      .optional(),
    align: align.optional(),
  }),
  tableBlock,
  z.object({ t: z.literal('spacer'), lines: z.number().int().min(1).max(20) }),
  z.object({ t: z.literal('cut') }),
  z.object({ t: z.literal('drawer') }),
]);
export type Block = z.infer<typeof block>;

export const printDocument = z.object({
  kind: documentKind,
  /** A short title for lists and PDF metadata: "Receipt S-1042". */
  title: z.string().max(200),
  locale: z.enum(['zh-CN', 'en']),
  blocks: z.array(block).max(5_000),
  /**
   * A copy printed again: the mark ("REPRINT" / "重印") and when, in the document's language. Every
   * renderer prints it above the document (see `layoutBlocks`), so paper, preview and PDF all show it.
   */
  reprint: z.object({ label: z.string().max(100), at: z.string().max(100) }).optional(),
});
export type PrintDocument = z.infer<typeof printDocument>;

/** The blocks a renderer prints: the reprint mark, when there is one, then the document's own. */
export function layoutBlocks(doc: PrintDocument): Block[] {
  if (!doc.reprint) return doc.blocks;
  return [
    { t: 'text', text: `*** ${doc.reprint.label} ***`, align: 'center', size: 2, bold: true },
    { t: 'text', text: doc.reprint.at, align: 'center' },
    { t: 'separator', char: '=' },
    ...doc.blocks,
  ];
}
