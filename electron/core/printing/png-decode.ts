import zlib from 'node:zlib';
import { MAX_PNG_SIDE, pngBase64, pngProblem } from '../../../shared/print/png.ts';

/**
 * Decodes a PNG to grey levels on white paper, for thermal printers: every colour type and bit depth
 * of PNG 1.2 (grey, RGB, palette, grey + alpha, RGBA; 1 to 16 bits), not interlaced (the layout
 * schema refuses interlaced ones). Transparency is composited over white, so a transparent
 * background prints as paper. Chunk CRCs are checked; the image data is inflated with Node's zlib.
 * No PNG library is installed (see README, "Libraries"); this is the part of the format we need.
 */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row: 0 black, 255 white (paper). */
  grey: Uint8Array;
}

export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngError';
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the per-row filters in place; answers the raw rows without their filter bytes. */
function unfilter(data: Buffer, rowBytes: number, height: number, bpp: number): Buffer {
  const out = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (rowBytes + 1)]!;
    const src = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const prev = row - rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      let v: number;
      if (filter === 0) v = raw;
      else if (filter === 1) v = raw + a;
      else if (filter === 2) v = raw + b;
      else if (filter === 3) v = raw + ((a + b) >> 1);
      else if (filter === 4) v = raw + paeth(a, b, c);
      else throw new PngError(`unknown PNG row filter ${filter} in row ${y}`);
      out[row + x] = v & 0xff;
    }
  }
  return out;
}

/** Sample `i` of a row (any bit depth), scaled to 0-255. */
function sample(row: Buffer, offset: number, i: number, depth: number): number {
  if (depth === 8) return row[offset + i]!;
  if (depth === 16) return row[offset + i * 2]!; // the high byte is enough for 1-bit output
  const perByte = 8 / depth;
  const byte = row[offset + Math.floor(i / perByte)]!;
  const shift = 8 - depth * ((i % perByte) + 1);
  const v = (byte >> shift) & ((1 << depth) - 1);
  return Math.round((v * 255) / ((1 << depth) - 1));
}

/** The raw value of sample `i` (for palette indices and tRNS grey keys). */
function rawSample(row: Buffer, offset: number, i: number, depth: number): number {
  if (depth === 16) return row.readUInt16BE(offset + i * 2);
  if (depth === 8) return row[offset + i]!;
  const perByte = 8 / depth;
  return (row[offset + Math.floor(i / perByte)]! >> (8 - depth * ((i % perByte) + 1))) & ((1 << depth) - 1);
}

const luminance = (r: number, g: number, b: number) => (r * 299 + g * 587 + b * 114) / 1000;
const onWhite = (grey: number, alpha: number) => Math.round(255 - ((255 - grey) * alpha) / 255);

export function decodePng(png: string): GreyImage {
  const problem = pngProblem(png);
  if (problem) throw new PngError(`png ${problem}`);
  const file = Buffer.from(pngBase64(png), 'base64');
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = 0;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  const idat: Buffer[] = [];
  let at = 8;
  let ended = false;
  while (at + 12 <= file.length && !ended) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > file.length) throw new PngError(`the PNG is cut short in its ${type} chunk`);
    const body = file.subarray(at + 8, at + 8 + length);
    if (zlib.crc32(file.subarray(at + 4, at + 8 + length)) !== file.readUInt32BE(at + 8 + length)) {
      throw new PngError(`the PNG's ${type} chunk is damaged (CRC mismatch)`);
    }
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8]!;
      colorType = body[9]!;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') trns = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!ended) throw new PngError('the PNG is cut short (no IEND chunk)');
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) throw new PngError(`the PNG is larger than ${MAX_PNG_SIDE} pixels`);
  if (colorType === 3 && !palette) throw new PngError('the palette PNG has no PLTE chunk');

  const channels = CHANNELS[colorType]!;
  const bpp = Math.max(1, (channels * depth) / 8);
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  let inflated: Buffer;
  try {
    inflated = zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: (rowBytes + 1) * height });
  } catch (err) {
    throw new PngError(`the PNG's image data cannot be read: ${(err as Error).message}`);
  }
  if (inflated.length < (rowBytes + 1) * height) throw new PngError('the PNG has less image data than its size says');
  const rows = unfilter(inflated, rowBytes, height, bpp);

  const grey = new Uint8Array(width * height);
  const trnsKey = (i: number) => (trns && trns.length >= 2 * (i + 1) ? trns.readUInt16BE(i * 2) : -1);
  for (let y = 0; y < height; y++) {
    const off = y * rowBytes;
    for (let x = 0; x < width; x++) {
      let v: number;
      if (colorType === 0) {
        v = rawSample(rows, off, x, depth) === trnsKey(0) ? 255 : sample(rows, off, x, depth);
      } else if (colorType === 2) {
        const transparent = trns !== null && [0, 1, 2].every((c) => rawSample(rows, off, x * 3 + c, depth) === trnsKey(c));
        v = transparent
          ? 255
          : luminance(sample(rows, off, x * 3, depth), sample(rows, off, x * 3 + 1, depth), sample(rows, off, x * 3 + 2, depth));
      } else if (colorType === 3) {
        const index = rawSample(rows, off, x, depth);
        if (index * 3 + 2 >= palette!.length) throw new PngError(`the PNG uses colour ${index}, which its palette does not have`);
        const alpha = trns && index < trns.length ? trns[index]! : 255;
        v = onWhite(luminance(palette![index * 3]!, palette![index * 3 + 1]!, palette![index * 3 + 2]!), alpha);
      } else if (colorType === 4) {
        v = onWhite(sample(rows, off, x * 2, depth), sample(rows, off, x * 2 + 1, depth));
      } else {
        const lum = luminance(sample(rows, off, x * 4, depth), sample(rows, off, x * 4 + 1, depth), sample(rows, off, x * 4 + 2, depth));
        v = onWhite(lum, sample(rows, off, x * 4 + 3, depth));
      }
      grey[y * width + x] = Math.round(v);
    }
  }
  return { width, height, grey };
}
