import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { renderHtml } from '../../electron/core/printing/html.ts';
import { tableLines } from '../../electron/core/printing/table.ts';
import { textColumns } from '../../electron/core/printing/text.ts';
import { PAPER, printDocument, type PrintDocument, type TableBlock } from '../../shared/print/layout.ts';

/** The shape of a receipt's lines: item (wraps), quantity, unit price, amount. */
const lines = (rows: string[][]): TableBlock => ({
  t: 'table',
  columns: [
    { header: '项目', width: 'fill' },
    { header: '数量', align: 'right' },
    { header: '单价', align: 'right' },
    { header: '金额', align: 'right' },
  ],
  rows: rows.map((cells) => ({ cells })),
});

const ROWS = [
  ['更换屏幕 iPhone 15 Pro Max 原装总成', '1', '￥1,280.00', '￥1,280.00'],
  ['贴膜', '2', '￥30.00', '￥60.00'],
  ['Battery', '1', '￥399.00', '保修支付'],
];

describe('the width of printed text on a roll', () => {
  it('counts a Chinese or full-width character as two columns, ASCII as one', () => {
    expect(textColumns('iPhone 15')).toBe(9);
    expect(textColumns('更换屏幕')).toBe(8);
    expect(textColumns('更换 iPhone 屏幕')).toBe(4 + 1 + 6 + 1 + 4);
    expect(textColumns('￥12.50')).toBe(2 + 5);
    expect(textColumns('（保修）')).toBe(8);
  });
});

describe('a table on a roll', () => {
  for (const paper of ['80mm', '58mm'] as const) {
    const cols = PAPER[paper].columns!;
    it(`keeps every line within ${paper}'s ${cols} columns and the amounts flush right`, () => {
      const out = tableLines(lines(ROWS), cols);
      for (const l of out) expect(textColumns(l.text), l.text).toBeLessThanOrEqual(cols);
      const amountLine = out.find((l) => l.text.endsWith('￥60.00'))!;
      const otherAmount = out.find((l) => l.text.endsWith('￥1,280.00'))!;
      // Right-aligned: the amounts end in the same column.
      expect(textColumns(amountLine.text)).toBe(textColumns(otherAmount.text));
      expect(out[0]!.bold).toBe(true);
      expect(out[0]!.text).toMatch(/^项目/);
    });
  }

  it('wraps a long description onto the next line, the other cells staying in their columns (80 mm)', () => {
    const out = tableLines(lines(ROWS), 48).map((l) => l.text);
    // header, the wrapped description (2 lines), 贴膜, Battery
    expect(out).toHaveLength(5);
    expect(out[1]).toMatch(/^更换屏幕 iPhone 15\s+1 ￥1,280.00 ￥1,280.00$/);
    expect(out[2]).toBe('Pro Max 原装总成');
    expect(out[3]).toMatch(/^贴膜\s+2\s+￥30.00\s+￥60.00$/);
    // The quantity column is the same column on every row.
    const qtyAt = (line: string) => textColumns(line.slice(0, line.search(/ [12] /) + 2));
    expect(qtyAt(out[1]!)).toBe(qtyAt(out[3]!));
    expect(out[4]).toMatch(/^Battery\s+1\s+￥399.00\s+保修支付$/);
    expect(textColumns(out[4]!)).toBe(48);
  });

  it('stacks the description above the numbers when 58 mm leaves it too little room', () => {
    const wide = [['维修费', '10', '￥12,345.00', '￥123,450.00']];
    const out = tableLines(lines(wide), 32).map((l) => l.text);
    expect(out).toEqual([
      '项目',
      expect.stringMatching(/^\s+数量\s+单价\s+金额$/),
      '维修费',
      expect.stringMatching(/^\s+10 ￥12,345.00 ￥123,450.00$/),
    ]);
    for (const l of out) expect(textColumns(l)).toBeLessThanOrEqual(32);
    expect(textColumns(out[1]!)).toBe(32);
    expect(textColumns(out[3]!)).toBe(32);
  });

  it('squeezes columns wider than the paper instead of overflowing it', () => {
    const block: TableBlock = {
      t: 'table',
      columns: [{}, { align: 'right' }],
      rows: [{ cells: ['x'.repeat(40), 'y'.repeat(40)] }],
    };
    for (const l of tableLines(block, 32)) expect(textColumns(l.text)).toBeLessThanOrEqual(32);
  });

  it('centres and left-aligns cells in fixed-width columns', () => {
    const block: TableBlock = {
      t: 'table',
      columns: [{ width: 6, align: 'center' }, { width: 4 }, { width: 'fill', align: 'right' }],
      rows: [{ cells: ['ab', '中', 'z'], bold: true }],
    };
    expect(tableLines(block, 20)).toEqual([{ text: `  ab   中${' '.repeat(10)}z`, bold: true }]);
  });

  it('prints the lines in ESC/POS as GB18030, a bold row between ESC E 1 and ESC E 0', () => {
    const block = lines(ROWS);
    block.rows[1]!.bold = true;
    const doc: PrintDocument = { kind: 'receipt', title: 't', locale: 'zh-CN', blocks: [block] };
    const bytes = renderEscPos(doc, { paper: '80mm' });
    const expected = Buffer.concat([
      Buffer.from([0x1b, 0x45, 1]),
      iconv.encode(tableLines(block, 48)[3]!.text, 'gb18030'),
      Buffer.from([0x0a, 0x1b, 0x45, 0]),
    ]);
    expect(bytes.includes(expected)).toBe(true);
    expect(bytes.includes(iconv.encode('Pro Max 原装总成', 'gb18030'))).toBe(true);
    expect(bytes.includes(Buffer.from('Battery', 'latin1'))).toBe(true);
  });
});

describe('a table on a page and its validation', () => {
  it('is a real <table> with a header, escaped cells and right-aligned amounts', () => {
    const block = lines([...ROWS, ['<b>&', '1', '1', '1']]);
    const html = renderHtml({ kind: 'receipt', title: 't', locale: 'zh-CN', blocks: [block] }, '80mm');
    expect(html).toContain('<table class="tbl"><thead><tr><th class="l" style="width:100%">项目</th><th class="r nw">数量</th>');
    expect(html).toContain('<td class="r nw">￥60.00</td>');
    expect(html).toContain('<td class="l">&lt;b&gt;&amp;</td>');
  });

  it('refuses a row whose cells do not match the columns, naming the row', () => {
    const block = lines([['a', '1', '2']]);
    const r = printDocument.safeParse({ kind: 'receipt', title: 't', locale: 'en', blocks: [block] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['blocks', 0, 'rows', 0, 'cells']);
    expect(r.error!.issues[0]!.message).toBe('must have 4 cells, one per column');
  });

  it('refuses too many rows or columns, an unknown width and unknown fields', () => {
    const parse = (b: unknown) => printDocument.safeParse({ kind: 'receipt', title: 't', locale: 'en', blocks: [b] }).success;
    expect(parse(lines(ROWS))).toBe(true);
    expect(parse({ ...lines([]), rows: Array.from({ length: 501 }, () => ({ cells: ['a', 'b', 'c', 'd'] })) })).toBe(false);
    expect(parse({ t: 'table', columns: Array.from({ length: 9 }, () => ({})), rows: [] })).toBe(false);
    expect(parse({ t: 'table', columns: [], rows: [] })).toBe(false);
    expect(parse({ t: 'table', columns: [{ width: 'wide' }], rows: [] })).toBe(false);
    expect(parse({ t: 'table', columns: [{ width: 0 }], rows: [] })).toBe(false);
    expect(parse({ t: 'table', columns: [{ colour: 'red' }], rows: [] })).toBe(false);
    expect(parse({ t: 'table', columns: [{}], rows: [{ cells: ['a'], extra: 1 }] })).toBe(false);
  });
});
