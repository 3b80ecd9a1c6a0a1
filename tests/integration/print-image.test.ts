import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaperSize, PrintDocument } from '../../shared/print/layout.ts';
import { PAPER } from '../../shared/print/layout.ts';
import { PNG_DATA_URL_PREFIX } from '../../shared/print/png.ts';
import { systemClock } from '../../electron/core/clock.ts';
import type { Core } from '../../electron/core/core.ts';
import { renderHtml } from '../../electron/core/printing/html.ts';
import { enqueuePrint, printingPorts, startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import { findChromium } from '../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { count, makeCore, makeTempDir, op, removeTempDirs, setUpStore } from '../support/core.ts';
import { frameInk, framePng } from '../support/png.ts';
import { parseEscPos, rasterImages, startFakePrinter } from './print-fake-printer.ts';

/**
 * The image block end to end: a drawn picture printed on a loopback TCP printer at each thermal
 * paper and its dots read back from the bytes; the same picture in a PDF by the real Chromium, read
 * back with poppler's pdfimages; and pictures the layout refuses, with nothing queued.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  removeTempDirs();
});

async function world() {
  const t = makeCore();
  cleanups.push(() => t.core.close());
  cleanups.push(() => stopPrinting(t.core));
  const { adminToken } = await setUpStore(t.core);
  return { core: t.core, token: adminToken, ctx: { core: t.core, actor: null, origin: 'test' } };
}

const W = 40;
const H = 20;
const signature = framePng(W, H).toString('base64');
const ticket = (png: string, extra: { widthMm?: number; align?: 'left' | 'center' | 'right' } = {}): PrintDocument => ({
  kind: 'jobTicket',
  title: 'Job J2026-000123',
  locale: 'zh-CN',
  blocks: [{ t: 'text', text: '客户签名 Signature' }, { t: 'image', png, ...extra }, { t: 'text', text: 'J2026-000123' }, { t: 'cut' }],
});

async function printOn(core: Core, token: string, paper: PaperSize, document: PrintDocument): Promise<Buffer> {
  const printer = await startFakePrinter('print');
  cleanups.push(() => printer.close());
  const saved = await op(
    core,
    'print.printers.save',
    { name: `Printer ${paper}`, connection: 'network', host: '127.0.0.1', port: printer.port, paper },
    token,
  );
  enqueuePrint({ core, actor: null, origin: 'test' }, { kind: 'jobTicket', printerId: saved.id, document });
  return (await printer.nextJob()).bytes;
}

describe('an image on a network thermal printer', () => {
  for (const paper of ['58mm', '80mm', 'label40x30'] as const) {
    it(`prints the drawn frame dot for dot on ${paper}, between the text lines`, async () => {
      const w = await world();
      startPrinting(w.core, { system: new NoSystemPrinting(), clock: systemClock, answerWaitMs: 100 });
      const tokens = parseEscPos(await printOn(w.core, w.token, paper, ticket(PNG_DATA_URL_PREFIX + signature, { align: 'left' })));
      const kinds = tokens.map((t) => ('cmd' in t ? t.cmd : 'text'));
      const first = kinds.indexOf('raster');
      expect(kinds.slice(0, first)).toContain('text');
      expect(kinds.slice(kinds.lastIndexOf('raster'))).toContain('text');

      const images = rasterImages(tokens);
      expect(images).toHaveLength(1);
      const image = images[0]!;
      const dots = PAPER[paper].dots!;
      expect(image.width).toBe(dots);
      expect(image.bands).toEqual([{ rowBytes: dots / 8, rows: H }]);
      const ink = frameInk(W, H);
      const wrong: string[] = [];
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < dots; x++) {
          const want = x < W && ink(x, y);
          if (image.dot(x, y) !== want) wrong.push(`${x},${y}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('scales a wide signature down to the 384 dots of 58 mm paper, in bands of at most 4 KB', async () => {
    const w = await world();
    startPrinting(w.core, { system: new NoSystemPrinting(), clock: systemClock, answerWaitMs: 100 });
    const wide = framePng(1000, 300, 10).toString('base64');
    const [big] = rasterImages(parseEscPos(await printOn(w.core, w.token, '58mm', ticket(wide))));
    expect(big!.width).toBe(384);
    expect(big!.height).toBe(Math.round((300 * 384) / 1000));
    // 115 rows of 48 bytes is 5,520 bytes: two bands of at most 4 KB.
    expect(big!.bands).toEqual([
      { rowBytes: 48, rows: 85 },
      { rowBytes: 48, rows: 30 },
    ]);
    const middle = Array.from({ length: 384 }, (_, x) => big!.dot(x, 57));
    expect([middle.indexOf(true), middle.lastIndexOf(true)]).toEqual([0, 383]);
  });
});

describe('images the layout refuses', () => {
  it('refuses a file that is not a PNG, and one over 256 KB, naming the field; nothing is queued', async () => {
    const w = await world();
    const saved = await op(
      w.core,
      'print.printers.save',
      { name: 'Till', connection: 'network', host: '127.0.0.1', port: 9100, paper: '80mm' },
      w.token,
    );
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,', 'latin1').toString(
      'base64',
    );
    const huge = Buffer.concat([framePng(W, H), Buffer.alloc(300 * 1024)]).toString('base64');
    for (const [png, message] of [
      [gif, 'must be a PNG image (it does not start with the PNG signature)'],
      [huge, 'must be a PNG of at most 256 KB'],
    ] as const) {
      expect(() => enqueuePrint(w.ctx, { kind: 'jobTicket', printerId: saved.id, document: ticket(png) })).toThrow(
        expect.objectContaining({ code: 'VALIDATION', fields: { 'blocks.1.png': message } }),
      );
    }
    expect(count(w.core, 'print_jobs')).toBe(0);
  });
});

const chromium = findChromium();
const poppler = (() => {
  try {
    execFileSync('pdfimages', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const why = !chromium ? 'no Chromium on this machine' : !poppler ? 'pdfimages (poppler-utils) is not installed' : '';
if (why) console.warn(`print-image PDF tests skipped: ${why}`);

/** pdfimages -list rows: page, type (image, smask...), width, height, x-ppi. */
function pdfImages(file: string): { type: string; width: number; height: number; xPpi: number }[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const c = line.trim().split(/\s+/);
    return { type: c[2]!, width: Number(c[3]), height: Number(c[4]), xPpi: Number(c[12]) };
  });
}

describe.skipIf(why !== '')('an image in a PDF (real Chromium, read back with poppler)', () => {
  for (const paper of ['80mm', 'A5', 'label40x30'] as const) {
    it(`embeds the picture once on ${paper}, at the width in millimetres asked`, async () => {
      const w = await world();
      const { pdf } = printingPorts(w.core);
      const file = path.join(makeTempDir('frontdesk-pdf-image-'), `${paper}.pdf`);
      fs.writeFileSync(file, await pdf.render(renderHtml(ticket(signature, { widthMm: 20 }), paper), paper));
      const images = pdfImages(file).filter((i) => i.type === 'image');
      expect(images).toHaveLength(1);
      expect([images[0]!.width, images[0]!.height]).toEqual([W, H]);
      // 40 pixels across 20 mm is 50.8 pixels an inch.
      expect(images[0]!.xPpi).toBeCloseTo(50.8, 0);
    });
  }
});
