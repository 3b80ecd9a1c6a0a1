import { PAPER_SIZES, type PrintDocument } from '../../../shared/print/layout.ts';
import { systemClock } from '../../../electron/core/clock.ts';
import { renderEscPos } from '../../../electron/core/printing/escpos.ts';
import { renderHtml } from '../../../electron/core/printing/html.ts';
import { enqueuePrint, startPrinting } from '../../../electron/core/printing/index.ts';
import { ChromiumPdfRenderer, findChromium } from '../../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../../electron/core/printing/system.ts';
import { startFakePrinter } from '../../integration/print-fake-printer.ts';
import type { Measurement } from '../types.ts';

/**
 * Issue 3 (printing): a receipt-shaped document of 30 lines rendered to ESC/POS bytes and to a PDF,
 * and the time from "print" (the job stored) to the last byte arriving at a network printer played by
 * a TCP listener on loopback.
 */
function benchReceipt(n: number): PrintDocument {
  return {
    kind: 'receipt',
    title: `Receipt S-${10_000 + n}`,
    locale: 'zh-CN',
    blocks: [
      { t: 'text', text: '华强手机电脑维修中心', align: 'center', size: 2, bold: true },
      { t: 'text', text: '上海市浦东新区张江路 88 号  021-5555 0000', align: 'center' },
      { t: 'separator', char: '=' },
      { t: 'kv', key: '单号 No.', value: `S-${10_000 + n}` },
      { t: 'kv', key: '时间 Time', value: '2026-03-02 09:41' },
      { t: 'kv', key: '收银员 Cashier', value: '李娜 Li Na' },
      { t: 'separator' },
      ...Array.from({ length: 30 }, (_, i) => ({
        t: 'kv' as const,
        key: `${i % 3 === 0 ? '屏幕总成更换 Screen assembly' : i % 3 === 1 ? '电池 Battery' : 'Labour 人工'} x${1 + (i % 2)}`,
        value: `¥${(i + 1) * 13}.50`,
      })),
      { t: 'separator' },
      { t: 'kv', key: '小计 Subtotal', value: '¥6,045.00' },
      { t: 'kv', key: '税 Tax (6%, incl.)', value: '¥342.17' },
      { t: 'kv', key: '合计 Total', value: '¥6,045.00', bold: true, size: 2 },
      { t: 'kv', key: '微信支付 WeChat Pay', value: '¥6,045.00' },
      { t: 'separator' },
      { t: 'qr', data: `https://shop.example.invalid/r/S-${10_000 + n}` },
      { t: 'code128', data: `S-${10_000 + n}` },
      { t: 'text', text: '谢谢惠顾！保修 90 天，请保留本小票。', align: 'center' },
      { t: 'drawer' },
      { t: 'cut' },
    ],
  };
}

export const print: Measurement[] = [
  {
    name: 'print.render.escpos',
    what: 'A 30-line receipt (Chinese and English, totals, QR, Code 128, drawer, cut) rendered to 80 mm ESC/POS bytes: sanitize, wrap to 48 columns, GB18030 encode.',
    floor: null,
    cost: 'read',
    target: { kind: 'p95_ms', max: 5 },
    prepare() {
      const docs = Array.from({ length: 64 }, (_, i) => benchReceipt(i));
      return (i) => {
        renderEscPos(docs[i % docs.length]!, { paper: i % 2 ? '80mm' : '58mm' });
      };
    },
  },
  {
    name: 'print.render.html',
    what: 'The same receipt rendered to the HTML page (escaped text, QR and Code 128 as inline SVG from bwip-js) used for preview and PDF.',
    floor: null,
    cost: 'read',
    prepare() {
      const docs = Array.from({ length: 64 }, (_, i) => benchReceipt(i));
      return (i) => {
        renderHtml(docs[i % docs.length]!, PAPER_SIZES[i % 2] ?? '80mm');
      };
    },
  },
  {
    name: 'print.render.pdf',
    what: 'The same receipt to an 80 mm roll PDF: HTML render, then the warm headless Chromium (playwright-core, one reused page) lays it out, measures its length and prints the PDF.',
    floor: null,
    cost: 'slow',
    target: { kind: 'p95_ms', max: 300 },
    async prepare(ctx) {
      if (!findChromium()) throw new Error('print.render.pdf needs Chromium (apt-get install chromium, or FRONTDESK_CHROMIUM)');
      const pdf = new ChromiumPdfRenderer();
      ctx.onTeardown(() => pdf.close());
      await pdf.render(renderHtml(benchReceipt(0), '80mm'), '80mm'); // start the browser outside the timing
      return async (i) => {
        await pdf.render(renderHtml(benchReceipt(i), '80mm'), '80mm');
      };
    },
  },
  {
    name: 'print.tcp.lastByte',
    what: 'From "print" to the last byte at the printer: enqueuePrint stores the job (ESC/POS rendered, one IMMEDIATE commit), the queue worker picks it up, connects to a loopback TCP listener and sends it; timed until the listener receives the last byte.',
    floor: null,
    cost: 'write',
    async prepare(ctx) {
      // A thermal printer answers the status request that ends every document (DLE EOT 1): the worker counts the job printed then.
      const printer = await startFakePrinter('status');
      ctx.onTeardown(() => printer.close());
      const { id: printerId } = ctx.core.db
        .prepare(
          `INSERT INTO printers (name, connection, host, port, language, paper, created_at, updated_at)
           VALUES ('Bench loopback', 'network', '127.0.0.1', ?, 'escpos', '80mm', ?, ?) RETURNING id`,
        )
        .get(printer.port, new Date().toISOString(), new Date().toISOString()) as { id: number };
      const printing = startPrinting(ctx.core, {
        system: new NoSystemPrinting(),
        clock: systemClock,
        connectTimeoutMs: 2_000,
        writeTimeoutMs: 5_000,
      });
      ctx.onTeardown(() => printing.stop());
      const call = { core: ctx.core, actor: null, origin: 'bench' };
      const docs = Array.from({ length: 64 }, (_, i) => benchReceipt(i));
      const settled = (id: number) =>
        new Promise<void>((resolve) => {
          const done = () =>
            (ctx.core.db.prepare('SELECT status FROM print_jobs WHERE id = ?').get(id) as { status: string }).status !== 'printing';
          if (done()) return resolve();
          const off = ctx.core.events.subscribe((e) => {
            if (e.type === 'print.job' && e.id === id && e.status !== 'printing') {
              off();
              resolve();
            }
          });
        });
      return async (i) => {
        const t0 = performance.now();
        const job = enqueuePrint(call, { kind: 'receipt', printerId, document: docs[i % docs.length]! });
        const got = await printer.nextJob(10_000);
        await settled(job.id); // not timed: the worker records "done" before the next print
        return { ms: got.lastByteAt - t0 };
      };
    },
  },
];
