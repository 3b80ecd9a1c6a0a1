/**
 * A PNG as the print layout carries it: base64, bare or as a `data:image/png;base64,` URL. Checked
 * here by its signature and header alone (no decoding), so the layout schema runs in the browser too;
 * the core decodes the pixels for thermal printers (electron/core/printing/png.ts).
 */

export const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';
/** At most 256 KB of PNG: a signature or a logo is a few kilobytes. */
export const MAX_PNG_BYTES = 256 * 1024;
/** The longest `png` field: the data URL prefix and the base64 of MAX_PNG_BYTES. */
export const MAX_PNG_FIELD = PNG_DATA_URL_PREFIX.length + Math.ceil(MAX_PNG_BYTES / 3) * 4;
/** At most this many pixels each way, so a small file cannot inflate into a huge bitmap. */
export const MAX_PNG_SIDE = 2048;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The base64 part of a `png` field (the data URL prefix taken off). */
export function pngBase64(png: string): string {
  return png.startsWith(PNG_DATA_URL_PREFIX) ? png.slice(PNG_DATA_URL_PREFIX.length) : png;
}

/** The first `n` bytes that base64 text stands for (fewer when it is shorter). */
function decodePrefix(base64: string, n: number): number[] {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of base64.slice(0, Math.ceil(n / 3) * 4)) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) break;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return bytes.slice(0, n);
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

const readU32 = (b: number[], at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** The IHDR of a PNG given as a `png` field; null when it does not start like a PNG. */
export function readPngHeader(png: string): PngHeader | null {
  const head = decodePrefix(pngBase64(png), 29);
  if (head.length < 29 || SIGNATURE.some((b, i) => head[i] !== b)) return null;
  if (readU32(head, 8) !== 13 || String.fromCharCode(...head.slice(12, 16)) !== 'IHDR') return null;
  return { width: readU32(head, 16), height: readU32(head, 20), bitDepth: head[24]!, colorType: head[25]!, interlaced: head[28] !== 0 };
}

const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Why a `png` field cannot be printed, in the words a field error uses; null when it can. */
export function pngProblem(png: string): string | null {
  const base64 = pngBase64(png);
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) return 'must be a PNG image in base64 or a data URL';
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  if ((base64.length / 4) * 3 - padding > MAX_PNG_BYTES) return `must be a PNG of at most ${MAX_PNG_BYTES / 1024} KB`;
  // Signature, IHDR length and type, and its 13 bytes: 29 bytes, 40 base64 characters.
  if (base64.length < 40) return 'must be a whole PNG image (it is cut short)';
  const header = readPngHeader(png);
  if (!header) return 'must be a PNG image (it does not start with the PNG signature)';
  if (!DEPTHS[header.colorType]?.includes(header.bitDepth)) return 'must be a valid PNG image (its header is damaged)';
  if (header.interlaced) return 'must be a PNG saved without interlacing';
  if (header.width < 1 || header.height < 1 || header.width > MAX_PNG_SIDE || header.height > MAX_PNG_SIDE) {
    return `must be at most ${MAX_PNG_SIDE} × ${MAX_PNG_SIDE} pixels`;
  }
  return null;
}
