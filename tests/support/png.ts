import zlib from 'node:zlib';

/**
 * Writes PNGs for the print tests: any colour type and bit depth, each row with the filter asked
 * for (so the decoder's unfiltering is exercised), optional palette and tRNS, optional interlace flag.
 */

export interface PngSpec {
  width: number;
  height: number;
  colorType: 0 | 2 | 3 | 4 | 6;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  /** Samples of pixel (x, y), in the colour type's channel order, at the bit depth's raw values. */
  pixel: (x: number, y: number) => number[];
  palette?: [number, number, number][];
  trns?: Buffer;
  /** The filter of row y (0-4); row y mod 5 by default. */
  filter?: (y: number) => number;
  interlaced?: boolean;
}

/** A PNG chunk: length, type, data, CRC. */
export function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function packRow(spec: PngSpec, y: number): Buffer {
  const bits: number[] = [];
  for (let x = 0; x < spec.width; x++) for (const v of spec.pixel(x, y)) bits.push(v);
  if (spec.bitDepth === 8) return Buffer.from(bits);
  if (spec.bitDepth === 16) {
    const b = Buffer.alloc(bits.length * 2);
    bits.forEach((v, i) => b.writeUInt16BE(v, i * 2));
    return b;
  }
  const perByte = 8 / spec.bitDepth;
  const out = Buffer.alloc(Math.ceil(bits.length / perByte));
  bits.forEach((v, i) => {
    out[Math.floor(i / perByte)]! |= v << (8 - spec.bitDepth * ((i % perByte) + 1));
  });
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function encodePng(spec: PngSpec): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[spec.colorType];
  const bpp = Math.max(1, (channels * spec.bitDepth) / 8);
  const rows = Array.from({ length: spec.height }, (_, y) => packRow(spec, y));
  const filtered: Buffer[] = rows.map((row, y) => {
    const f = spec.filter ? spec.filter(y) : y % 5;
    const prev = y > 0 ? rows[y - 1]! : Buffer.alloc(row.length);
    const out = Buffer.alloc(row.length + 1);
    out[0] = f;
    for (let x = 0; x < row.length; x++) {
      const a = x >= bpp ? row[x - bpp]! : 0;
      const b = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]!;
      out[x + 1] = (row[x]! - predictor) & 0xff;
    }
    return out;
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(spec.width, 0);
  ihdr.writeUInt32BE(spec.height, 4);
  ihdr[8] = spec.bitDepth;
  ihdr[9] = spec.colorType;
  ihdr[12] = spec.interlaced ? 1 : 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(spec.palette ? [chunk('PLTE', Buffer.from(spec.palette.flat()))] : []),
    ...(spec.trns ? [chunk('tRNS', spec.trns)] : []),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A black frame `border` pixels thick around a transparent inside, with a black diagonal line from
 * the top-left corner: the picture the raster tests print and read back. RGBA, 8 bits.
 */
export function framePng(width: number, height: number, border = 2): Buffer {
  return encodePng({
    width,
    height,
    colorType: 6,
    bitDepth: 8,
    pixel: (x, y) => {
      const edge = x < border || y < border || x >= width - border || y >= height - border;
      const diagonal = x === y;
      return edge || diagonal ? [0, 0, 0, 255] : [0, 0, 0, 0];
    },
  });
}

/** Whether pixel (x, y) of framePng is black. */
export function frameInk(width: number, height: number, border = 2): (x: number, y: number) => boolean {
  return (x, y) => x < border || y < border || x >= width - border || y >= height - border || x === y;
}
