import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { receipt, type ReceiptData } from '../../electron/core/printing/documents/receipt.ts';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { textColumns } from '../../electron/core/printing/text.ts';
import { PAPER } from '../../shared/print/layout.ts';
import { parseEscPos } from '../integration/print-fake-printer.ts';

const line = (lineNo: number, description: string, quantity: number, unitPriceMinor: number, covered = false) => ({
  lineNo,
  kind: 'part' as const,
  description,
  quantity,
  unitPriceMinor: covered ? 0 : unitPriceMinor,
  listPriceMinor: unitPriceMinor,
  discountMinor: 0,
  billDiscountShareMinor: 0,
  netMinor: covered ? 0 : quantity * unitPriceMinor,
  taxMinor: 0,
  totalMinor: covered ? 0 : quantity * unitPriceMinor,
  coveredReason: covered ? ('warranty' as const) : null,
  jobLineNo: lineNo,
  itemKey: null,
  taxable: true,
});

const DATA = (locale: 'zh-CN' | 'en'): ReceiptData => ({
  store: { name: '华强维修中心', address: '', phone: '', currency: 'CNY', locale, timeZone: 'Asia/Shanghai' },
  number: 'R2026-000042',
  at: '2026-03-02T01:00:00.000Z',
  till: '1',
  cashier: '陈收银',
  jobNumber: 'J-1042',
  bill: {
    lines: [
      line(1, '更换屏幕 iPhone 15 Pro Max 原装总成（含人工）', 1, 128_000),
      line(2, '电池', 1, 39_900, true),
      line(3, '贴膜', 2, 3_000),
    ],
    grossMinor: 134_000,
    lineDiscountMinor: 0,
    billDiscountMinor: 0,
    taxMode: 'none',
    taxRateBp: 0,
    taxMinor: 0,
    totalMinor: 134_000,
    depositAppliedMinor: 0,
    dueMinor: 134_000,
  },
  paidEarlierMinor: 0,
  payments: [{ method: 'cash', reference: '', amountMinor: 134_000, tenderedMinor: 140_000, roundingMinor: 0 }],
  changeMinor: 6_000,
  balanceAfterMinor: 0,
  hash: 'ab'.repeat(32),
});

const printed = (bytes: Buffer) =>
  parseEscPos(bytes)
    .map((token) => ('text' in token ? iconv.decode(token.text, 'gb18030') : '\n'))
    .join('')
    .split('\n');

describe('the receipt lines in columns', () => {
  for (const paper of ['80mm', '58mm'] as const) {
    it(`on ${paper}: a Chinese item wraps, quantities and amounts stay in their columns, the warranty line says so`, () => {
      const cols = PAPER[paper].columns!;
      const lines = printed(renderEscPos(receipt(DATA('zh-CN')), { paper }));
      for (const l of lines) expect(textColumns(l), l).toBeLessThanOrEqual(cols);
      const header = lines.find((l) => l.startsWith('项目'))!;
      expect(header).toMatch(/数量\s+单价\s+金额$/);
      const film = lines.find((l) => l.startsWith('贴膜'))!;
      expect(film).toMatch(/\s2\s+30\.00\s+60\.00$/);
      expect(textColumns(film)).toBe(cols);
      expect(textColumns(header)).toBe(cols);
      const battery = lines.find((l) => l.startsWith('电池'))!;
      expect(battery).toMatch(/\s1\s+399\.00\s+保修$/);
      // The first line of the long item holds its numbers; the rest of its name is on the next line, alone.
      const screen = lines.findIndex((l) => l.startsWith('更换屏幕'));
      expect(lines[screen]).toMatch(/1\s+1,280\.00\s+1,280\.00$/);
      expect(lines[screen + 1]).not.toMatch(/\d\.\d\d$/);
      expect(lines.some((l) => /^合计\s+¥1,340\.00$/.test(l.replace('￥', '¥')))).toBe(true);
    });
  }

  it('in English the header and a covered line read in English', () => {
    const lines = printed(renderEscPos(receipt(DATA('en')), { paper: '80mm' }));
    expect(lines.find((l) => l.startsWith('Item'))).toMatch(/^Item\s+Qty\s+Price\s+Amount$/);
    expect(lines.find((l) => l.startsWith('电池'))).toMatch(/\s1\s+399\.00\s+Warranty$/);
  });
});
