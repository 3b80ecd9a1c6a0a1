import { DOTS_PER_MM, PAPER, type Align, type PaperSize } from '../../../shared/print/layout.ts';
import { decodePng, type GreyImage } from './png-decode.ts';

/**
 * An image block for a thermal printer: decoded, scaled to the paper's dots, made 1-bit with a
 * threshold, placed left, centre or right on a raster as wide as the paper (so alignment does not
 * depend on whether the printer applies ESC a to images), and sent as GS v 0 in bands.
 */

/** A grey level darker than this prints as a black dot. */
const THRESHOLD = 160;
/** The most bytes one GS v 0 command carries: small printers have a few kilobytes of buffer. */
const BAND_BYTES = 4096;
const MIN_BAND_ROWS = 24;
const MAX_BAND_ROWS = 256;

export interface Bitmap {
  /** Dots across, a multiple of 8. */
  width: number;
  height: number;
  /** Row by row, 8 dots a byte, most significant bit first; 1 prints black. */
  bits: Uint8Array;
}

/** Dots an image takes across and down on a paper: its own size (or `widthMm`), inside the printable area. */
function imageDots(source: { width: number; height: number }, paper: PaperSize, widthMm?: number): { width: number; height: number } {
  const spec = PAPER[paper];
  const paperDots = spec.dots ?? PAPER['80mm'].dots!;
  const maxHeight = spec.heightMm === null ? Infinity : Math.floor((spec.heightMm - 2 * spec.marginMm) * DOTS_PER_MM);
  let width = Math.min(widthMm === undefined ? source.width : Math.round(widthMm * DOTS_PER_MM), paperDots);
  let height = Math.max(1, Math.round((source.height * width) / source.width));
  if (height > maxHeight) {
    width = Math.max(1, Math.floor((width * maxHeight) / height));
    height = maxHeight;
  }
  return { width: Math.max(1, width), height };
}

/** Scales by averaging the source pixels each dot covers (nearest pixel when enlarging). */
function scaleGrey(img: GreyImage, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const sx = img.width / width;
  const sy = img.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += img.grey[yy * img.width + xx]!;
      out[y * width + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** The image as a 1-bit raster the width of the paper, the picture placed by `align`. */
export function imageBitmap(
  png: string,
  paper: PaperSize,
  options: { widthMm?: number | undefined; align?: Align | undefined } = {},
): Bitmap {
  const img = decodePng(png);
  const size = imageDots(img, paper, options.widthMm);
  const grey = scaleGrey(img, size.width, size.height);
  const paperDots = PAPER[paper].dots ?? PAPER['80mm'].dots!;
  const width = Math.ceil(paperDots / 8) * 8;
  const align = options.align ?? 'center';
  const left = align === 'left' ? 0 : align === 'right' ? paperDots - size.width : Math.floor((paperDots - size.width) / 2);
  const rowBytes = width / 8;
  const bits = new Uint8Array(rowBytes * size.height);
  for (let y = 0; y < size.height; y++) {
    for (let x = 0; x < size.width; x++) {
      if (grey[y * size.width + x]! < THRESHOLD) {
        const dot = left + x;
        bits[y * rowBytes + (dot >> 3)]! |= 0x80 >> (dot & 7);
      }
    }
  }
  return { width, height: size.height, bits };
}

/** GS v 0 (normal density), one command per band of rows, each at most BAND_BYTES of dots. */
export function rasterCommands(bitmap: Bitmap): Buffer[] {
  const rowBytes = bitmap.width / 8;
  const bandRows = Math.max(MIN_BAND_ROWS, Math.min(MAX_BAND_ROWS, Math.floor(BAND_BYTES / rowBytes)));
  const out: Buffer[] = [];
  for (let top = 0; top < bitmap.height; top += bandRows) {
    const rows = Math.min(bandRows, bitmap.height - top);
    const header = Buffer.from([0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8]);
    out.push(header, Buffer.from(bitmap.bits.subarray(top * rowBytes, (top + rows) * rowBytes)));
  }
  return out;
}
