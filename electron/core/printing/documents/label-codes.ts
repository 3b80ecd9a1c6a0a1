import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';
import { PAPER } from '../../../../shared/print/layout.ts';
import { PNG_DATA_URL_PREFIX } from '../../../../shared/print/png.ts';

/**
 * A 40 × 30 mm label has room for about seven lines of text: a QR code and a Code 128 printed one
 * under the other would fill it. So the label carries both codes side by side in one picture, drawn
 * dot for dot at the thermal printer's 8 dots a millimetre (one pixel is one dot, nothing is scaled):
 * the QR code at 3 dots a module, then the barcode at the widest whole module that fits the label,
 * as tall as the QR code.
 */

const QR_DOTS = 3;
const GAP_DOTS = 16;

export function labelCodesPng(data: string): string {
  const [qr] = bwipjs.raw('qrcode', data, 'eclevel=M') as { pixs: number[]; pixx: number; pixy: number }[];
  const [bar] = bwipjs.raw('code128', data) as { sbs: number[] }[];
  if (!qr || !bar) throw new Error(`The codes of ${data} could not be drawn`);
  const modules = bar.sbs.reduce((sum, w) => sum + w, 0);
  const qrWidth = qr.pixx * QR_DOTS;
  const module = Math.max(1, Math.floor((PAPER.label40x30.dots! - qrWidth - GAP_DOTS) / modules));
  const width = qrWidth + GAP_DOTS + modules * module;
  const height = qr.pixy * QR_DOTS;
  const png = new PNG({ width, height });
  png.data.fill(255);
  const ink = (x: number, y: number) => png.data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < qrWidth; x++) if (qr.pixs[Math.floor(y / QR_DOTS) * qr.pixx + Math.floor(x / QR_DOTS)]) ink(x, y);
    let x = qrWidth + GAP_DOTS;
    bar.sbs.forEach((w, i) => {
      // Bars and spaces alternate, a bar first.
      if (i % 2 === 0) for (let dx = 0; dx < w * module; dx++) ink(x + dx, y);
      x += w * module;
    });
  }
  return PNG_DATA_URL_PREFIX + PNG.sync.write(png).toString('base64');
}
