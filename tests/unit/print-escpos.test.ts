import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { testPage } from '../../electron/core/printing/documents/test-page.ts';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { PAPER, type PaperSize, type PrintDocument } from '../../shared/print/layout.ts';
import { parseEscPos, type Token } from '../integration/print-fake-printer.ts';

/** The printed lines with the size they were printed at, checked against the paper's columns. */
function printedLines(tokens: Token[]): { text: string; double: boolean }[] {
  const lines: { text: string; double: boolean }[] = [];
  let double = false;
  let current = '';
  for (const t of tokens) {
    if ('text' in t) current += iconv.decode(t.text, 'gb18030');
    else if (t.cmd === 'size') double = t.bytes[2] === 0x11;
    else if (t.cmd === 'lf') {
      lines.push({ text: current, double });
      current = '';
    }
  }
  return lines;
}

function columns(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x80 ? 1 : 2), 0);
}

const STORE = {
  name: '华强维修中心',
  address: '上海市浦东新区张江路 88 号',
  phone: '021-5555 0000',
  currency: 'CNY',
  locale: 'zh-CN' as const,
  timeZone: 'Asia/Shanghai',
};
const page = (paper: PaperSize) =>
  testPage({
    store: STORE,
    printer: { name: 'Front desk', connection: 'network', host: '192.168.1.50', port: 9100 },
    paper,
    number: '000042',
    printedAt: '2026-03-02T01:00:00.000Z',
  });

describe('ESC/POS rendering', () => {
  it('starts with ESC @ and Chinese mode, ends with a partial cut', () => {
    const bytes = renderEscPos(page('80mm'), { paper: '80mm' });
    expect([...bytes.subarray(0, 4)]).toEqual([0x1b, 0x40, 0x1c, 0x26]);
    expect([...bytes.subarray(-4)]).toEqual([0x1d, 0x56, 0x42, 0x00]);
  });

  it('encodes Chinese in GB18030 and the yuan sign as full-width ￥', () => {
    const bytes = renderEscPos(page('80mm'), { paper: '80mm' });
    expect(bytes.includes(iconv.encode('华强维修中心', 'gb18030'))).toBe(true);
    expect(bytes.includes(Buffer.from([0xa3, 0xa4]))).toBe(true); // ￥
    expect(bytes.includes(Buffer.from([0x81, 0x30, 0x84, 0x36]))).toBe(false); // ¥ in four-byte GB18030
  });

  it('prints QR with GS ( k model 2 and Code 128 with GS k 73 set B', () => {
    const tokens = parseEscPos(renderEscPos(page('58mm'), { paper: '58mm' }));
    const qr = tokens.filter((t): t is { cmd: string; bytes: Buffer } => 'cmd' in t && t.cmd === 'qr');
    expect(qr.map((t) => [...t.bytes.subarray(5, 7)])).toEqual([
      [0x31, 0x41],
      [0x31, 0x43],
      [0x31, 0x45],
      [0x31, 0x50],
      [0x31, 0x51],
    ]);
    expect([...qr[0]!.bytes]).toEqual([0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00]);
    expect(qr[3]!.bytes.subarray(8).toString()).toBe('FD-T000042');
    const bar = tokens.find((t) => 'cmd' in t && t.cmd === 'code128') as { bytes: Buffer };
    expect(bar.bytes.subarray(4).toString('latin1')).toBe('{BFD-T000042');
  });

  it('kicks the drawer with ESC p when the document asks', () => {
    const doc: PrintDocument = {
      kind: 'receipt',
      title: 'r',
      locale: 'en',
      blocks: [{ t: 'text', text: 'Paid' }, { t: 'drawer' }, { t: 'cut' }],
    };
    const bytes = renderEscPos(doc, { paper: '80mm' });
    expect(bytes.includes(Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]))).toBe(true);
  });

  for (const paper of ['58mm', '80mm', 'label40x30'] as const) {
    it(`keeps every line of the test page within ${paper}'s ${PAPER[paper].columns} columns`, () => {
      const lines = printedLines(parseEscPos(renderEscPos(page(paper), { paper })));
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines) expect(columns(l.text), l.text).toBeLessThanOrEqual(PAPER[paper].columns! / (l.double ? 2 : 1));
    });
  }

  it('survives emoji, controls, 2,000-character lines and 500 lines: no crash, no garbage, wrapped', () => {
    const evil = [
      '😀 emoji 👨‍👩‍👧 ok',
      'ctrl \u0000\u001b@\u001dV\u0010 end',
      '¥€ 𠀀 𝔸 ภาษา',
      `${'维修'.repeat(500)}${'x'.repeat(1000)}`,
      'a'.repeat(2000),
    ];
    const blocks: PrintDocument['blocks'] = [];
    for (let i = 0; i < 500; i++) {
      const text = evil[i % evil.length]!;
      blocks.push(
        i % 3 === 0
          ? { t: 'kv', key: text.slice(0, 300), value: `¥${i}.00 😀` }
          : { t: 'text', text, size: i % 10 === 0 ? 2 : 1, bold: i % 4 === 0, align: i % 2 ? 'center' : 'left' },
      );
    }
    const doc: PrintDocument = { kind: 'report', title: 'stress', locale: 'zh-CN', blocks };
    for (const paper of ['58mm', '80mm'] as const) {
      const started = performance.now();
      const bytes = renderEscPos(doc, { paper });
      expect(performance.now() - started).toBeLessThan(2000);
      const lines = printedLines(parseEscPos(bytes)); // throws on any garbage byte
      expect(lines.length).toBeGreaterThan(500);
      for (const l of lines) expect(columns(l.text)).toBeLessThanOrEqual(PAPER[paper].columns! / (l.double ? 2 : 1));
      // The control characters in the text never reach the printer as commands.
      expect(parseEscPos(bytes).filter((t) => 'cmd' in t && t.cmd === 'init')).toHaveLength(1);
    }
  });

  it('prints a Code 128 that cannot fit the paper as text instead', () => {
    const doc: PrintDocument = { kind: 'deviceLabel', title: 'l', locale: 'en', blocks: [{ t: 'code128', data: 'X'.repeat(60) }] };
    const tokens = parseEscPos(renderEscPos(doc, { paper: '58mm' }));
    expect(tokens.some((t) => 'cmd' in t && t.cmd === 'code128')).toBe(false);
    expect(
      printedLines(tokens)
        .map((l) => l.text)
        .join(''),
    ).toBe('X'.repeat(60));
  });
});
