import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { renderHtml } from '../../electron/core/printing/html.ts';
import { decodePng } from '../../electron/core/printing/png-decode.ts';
import { PAPER, printDocument, type PrintDocument } from '../../shared/print/layout.ts';
import { MAX_PNG_BYTES, MAX_PNG_SIDE, PNG_DATA_URL_PREFIX } from '../../shared/print/png.ts';
import { encodePng, frameInk, framePng, type PngSpec } from '../support/png.ts';
import { parseEscPos, rasterImages } from '../integration/print-fake-printer.ts';

/** The image block: its schema, the PNG decoder, the raster on every thermal paper, and the page's `<img>`. */

const b64 = (png: Buffer) => png.toString('base64');
const doc = (blocks: PrintDocument['blocks']): PrintDocument => ({ kind: 'jobTicket', title: 'Job', locale: 'en', blocks });
const imageDoc = (png: string, extra: { widthMm?: number; align?: 'left' | 'center' | 'right' } = {}) =>
  doc([
    { t: 'text', text: 'Signed' },
    { t: 'image', png, ...extra },
  ]);

/** The layout schema's field errors, `path: message`. */
function refusals(value: unknown): Record<string, string> {
  const r = printDocument.safeParse(value);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the image block in the layout schema', () => {
  const png = b64(framePng(20, 10));

  it('takes a PNG as bare base64 or as a data URL, with a width and alignment', () => {
    expect(refusals(imageDoc(png))).toEqual({});
    expect(refusals(imageDoc(PNG_DATA_URL_PREFIX + png, { widthMm: 30, align: 'right' }))).toEqual({});
  });

  it('refuses what is not a PNG, naming the field', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, ...new Array<number>(40).fill(0)]).toString(
      'base64',
    );
    expect(refusals(imageDoc(jpeg))).toEqual({ 'blocks.1.png': 'must be a PNG image (it does not start with the PNG signature)' });
    expect(refusals(imageDoc('data:image/jpeg;base64,' + jpeg))).toEqual({ 'blocks.1.png': 'must be a PNG image in base64 or a data URL' });
    expect(refusals(imageDoc('not base64 at all!'))).toEqual({ 'blocks.1.png': 'must be a PNG image in base64 or a data URL' });
    expect(refusals(imageDoc(''))).toEqual({ 'blocks.1.png': 'must be a PNG image in base64 or a data URL' });
    expect(refusals(imageDoc(png.slice(0, 20)))).toEqual({ 'blocks.1.png': 'must be a whole PNG image (it is cut short)' });
  });

  it('refuses a PNG over 256 KB, over 2048 pixels a side, or interlaced', () => {
    const big = Buffer.alloc(MAX_PNG_BYTES + 3);
    framePng(20, 10).copy(big);
    expect(refusals(imageDoc(b64(big)))).toEqual({ 'blocks.1.png': 'must be a PNG of at most 256 KB' });
    const wide = encodePng({ width: MAX_PNG_SIDE + 1, height: 1, colorType: 0, bitDepth: 1, pixel: () => [1] });
    expect(refusals(imageDoc(b64(wide)))).toEqual({ 'blocks.1.png': 'must be at most 2048 × 2048 pixels' });
    const interlaced = encodePng({ width: 4, height: 4, colorType: 0, bitDepth: 8, pixel: () => [0], interlaced: true });
    expect(refusals(imageDoc(b64(interlaced)))).toEqual({ 'blocks.1.png': 'must be a PNG saved without interlacing' });
  });

  it('refuses a width outside 5-200 mm and unknown alignments', () => {
    expect(refusals(imageDoc(png, { widthMm: 2 }))).toEqual({ 'blocks.1.widthMm': 'must be at least 5 mm' });
    expect(refusals(imageDoc(png, { widthMm: 500 }))).toEqual({ 'blocks.1.widthMm': 'must be at most 200 mm' });
    expect(Object.keys(refusals(doc([{ t: 'image', png, align: 'middle' as 'center' }])))).toEqual(['blocks.0.align']);
  });
});

describe('decoding PNGs to grey on white', () => {
  // A 3x2 picture: black, white, transparent (or mid grey) / white, black, black.
  const expected = [0, 255, 255, 255, 0, 0];

  it('reads every colour type and bit depth, with every row filter, transparency as paper', () => {
    const pictures: PngSpec[] = [
      { width: 3, height: 2, colorType: 0, bitDepth: 1, pixel: (x, y) => [[0, 1, 1, 1, 0, 0][y * 3 + x]!] },
      { width: 3, height: 2, colorType: 0, bitDepth: 4, pixel: (x, y) => [[0, 15, 15, 15, 0, 0][y * 3 + x]!] },
      {
        width: 3,
        height: 2,
        colorType: 0,
        bitDepth: 16,
        trns: Buffer.from([0x12, 0x34]),
        pixel: (x, y) => [[0, 65535, 0x1234, 65535, 0, 0][y * 3 + x]!],
      },
      {
        width: 3,
        height: 2,
        colorType: 2,
        bitDepth: 8,
        trns: Buffer.from([0, 9, 0, 9, 0, 9]),
        pixel: (x, y) =>
          (
            [
              [0, 0, 0],
              [255, 255, 255],
              [9, 9, 9],
              [255, 255, 255],
              [0, 0, 0],
              [0, 0, 0],
            ] as const
          )[y * 3 + x]!.slice(),
      },
      {
        width: 3,
        height: 2,
        colorType: 3,
        bitDepth: 2,
        palette: [
          [0, 0, 0],
          [255, 255, 255],
          [0, 0, 0],
        ],
        trns: Buffer.from([255, 255, 0]),
        pixel: (x, y) => [[0, 1, 2, 1, 0, 0][y * 3 + x]!],
      },
      {
        width: 3,
        height: 2,
        colorType: 4,
        bitDepth: 8,
        pixel: (x, y) =>
          (
            [
              [0, 255],
              [255, 255],
              [0, 0],
              [255, 255],
              [0, 255],
              [0, 255],
            ] as const
          )[y * 3 + x]!.slice(),
      },
      {
        width: 3,
        height: 2,
        colorType: 6,
        bitDepth: 16,
        pixel: (x, y) =>
          (
            [
              [0, 0, 0, 65535],
              [65535, 65535, 65535, 65535],
              [0, 0, 0, 0],
              [65535, 65535, 65535, 65535],
              [0, 0, 0, 65535],
              [0, 0, 0, 65535],
            ] as const
          )[y * 3 + x]!.slice(),
      },
    ];
    for (const [i, spec] of pictures.entries()) {
      for (let f = 0; f < 5; f++) {
        const img = decodePng(b64(encodePng({ ...spec, filter: () => f })));
        expect({ i, f, size: [img.width, img.height], grey: [...img.grey] }).toEqual({ i, f, size: [3, 2], grey: expected });
      }
    }
  });

  it('composites partial transparency over white and converts colour by luminance', () => {
    const png = encodePng({ width: 2, height: 1, colorType: 6, bitDepth: 8, pixel: (x) => (x === 0 ? [0, 0, 0, 128] : [255, 0, 0, 255]) });
    expect([...decodePng(b64(png)).grey]).toEqual([127, 76]);
  });

  it('reads a real canvas-sized picture with all five filters mixed', () => {
    const png = framePng(300, 100);
    const img = decodePng(b64(png));
    const ink = frameInk(300, 100);
    for (let y = 0; y < 100; y++) for (let x = 0; x < 300; x++) expect(img.grey[y * 300 + x] === 0).toBe(ink(x, y));
  });
});

describe('images on thermal paper (GS v 0)', () => {
  for (const paper of ['58mm', '80mm', 'label40x30'] as const) {
    it(`prints a picture wider than ${paper} at the paper's ${PAPER[paper].dots} dots, in bands of at most 4 KB`, () => {
      const png = b64(framePng(1200, 400, 12));
      const tokens = parseEscPos(renderEscPos(imageDoc(png), { paper }));
      const [image] = rasterImages(tokens);
      expect(image!.width).toBe(PAPER[paper].dots);
      for (const band of image!.bands.slice(0, -1)) {
        expect(band.rowBytes * band.rows).toBeLessThanOrEqual(4096);
        expect(band.rows).toBeGreaterThanOrEqual(24);
        expect(band.rows).toBeLessThanOrEqual(256);
      }
      expect(image!.height).toBe(Math.round((400 * PAPER[paper].dots!) / 1200));
      // The frame's left and right edges land on the paper's first and last dots, its inside is paper.
      const middle = Math.floor(image!.height / 2);
      const row = Array.from({ length: image!.width }, (_, x) => image!.dot(x, middle));
      expect(row.indexOf(true)).toBe(0);
      expect(row.lastIndexOf(true)).toBe(PAPER[paper].dots! - 1);
      expect(row.filter(Boolean).length).toBeLessThan(PAPER[paper].dots! / 4);
    });
  }

  it('shrinks a tall picture to the 40x30 label: 27 mm of printable height is 216 dots', () => {
    const [image] = rasterImages(parseEscPos(renderEscPos(imageDoc(b64(framePng(400, 1200, 12))), { paper: 'label40x30' })));
    expect(image!.width).toBe(304);
    expect(image!.height).toBe(216);
    const row = Array.from({ length: 304 }, (_, x) => image!.dot(x, 108));
    // 304 x 912 scaled into 216 rows is 72 dots wide, centred: (304 - 72) / 2 = 116.
    expect(row.indexOf(true)).toBe(116);
    expect(row.lastIndexOf(true)).toBe(116 + 71);
  });

  it('sizes a picture by widthMm at 8 dots a millimetre and places it left, centre or right', () => {
    const png = b64(framePng(40, 20));
    for (const [align, left] of [
      ['left', 0],
      ['center', (576 - 80) / 2],
      ['right', 576 - 80],
    ] as const) {
      const [image] = rasterImages(parseEscPos(renderEscPos(imageDoc(png, { widthMm: 10, align }), { paper: '80mm' })));
      expect(image!.height).toBe(40);
      const row = Array.from({ length: 576 }, (_, x) => image!.dot(x, 20));
      expect(row.indexOf(true)).toBe(left);
      expect(row.lastIndexOf(true)).toBe(left + 79);
    }
  });

  it('refuses a PNG that passes the header check but cannot be decoded, naming the block', () => {
    const png = framePng(20, 10);
    png[png.length - 20] = png[png.length - 20]! ^ 0xff; // inside the image data: its CRC no longer matches
    expect(refusals(imageDoc(b64(png)))).toEqual({});
    expect(() => renderEscPos(imageDoc(b64(png)), { paper: '58mm' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', fields: { 'blocks.1.png': 'must be a PNG image that can be read (it is damaged)' } }),
    );
  });
});

describe('images on pages (HTML, and so PDF)', () => {
  const png = b64(framePng(160, 40));

  it('writes an <img> with a data URL, sized in millimetres and aligned, which the page CSP allows', () => {
    const html = renderHtml(imageDoc(PNG_DATA_URL_PREFIX + png, { widthMm: 30, align: 'right' }), '80mm');
    expect(html).toContain(`<div class="img r"><img alt="" src="${PNG_DATA_URL_PREFIX}${png}" style="width:30.0mm"></div>`);
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*img-src data:/);
  });

  it('is as wide as its pixels at 8 dots a millimetre, never wider than the printable width, never taller than a label', () => {
    expect(renderHtml(imageDoc(png), 'A4')).toContain('style="width:20.0mm"');
    expect(renderHtml(imageDoc(png, { widthMm: 120 }), '58mm')).toContain('style="width:54.0mm"');
    // 160 x 40 pixels on a label 27 mm high inside: 4:1 fits the 37 mm width first.
    expect(renderHtml(imageDoc(png, { widthMm: 100 }), 'label40x30')).toContain('style="width:37.0mm"');
    const tall = b64(framePng(40, 160));
    expect(renderHtml(imageDoc(tall, { widthMm: 30 }), 'label40x30')).toContain('style="width:6.8mm"');
  });
});
