import iconv from 'iconv-lite';
import { PAPER, layoutBlocks, type Align, type Block, type PaperSize, type PrintDocument } from '../../../shared/print/layout.ts';
import { AppError } from '../../../shared/errors.ts';
import { PngError } from './png-decode.ts';
import { imageBitmap, rasterCommands } from './raster.ts';
import { tableLines } from './table.ts';
import { sanitizeThermal, spread, textColumns, wrapColumns } from './text.ts';

/**
 * ESC/POS, written here byte by byte (see README: the maintained JavaScript ESC/POS libraries either
 * drive USB/serial devices themselves or encode text in a code page without GB18030; this file is the
 * small part of the command set the shop's documents use, each command checked by the loopback tests).
 */
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const EOT = 0x04;
const LF = 0x0a;

export const CMD = {
  init: [ESC, 0x40],
  /** FS &: Chinese (double-byte GB18030/GBK) character mode on Chinese-market printers. */
  chineseOn: [FS, 0x26],
  boldOn: [ESC, 0x45, 1],
  boldOff: [ESC, 0x45, 0],
  /** GS ! n: 0x11 is double width and double height. */
  sizeDouble: [GS, 0x21, 0x11],
  sizeNormal: [GS, 0x21, 0x00],
  align: { left: [ESC, 0x61, 0], center: [ESC, 0x61, 1], right: [ESC, 0x61, 2] } as Record<Align, number[]>,
  /** GS V 66 0: feed to the cutter and cut, leaving a tab (partial cut). */
  partialCut: [GS, 0x56, 0x42, 0x00],
  /** ESC p 0 25 250: pulse drawer pin 2 for 50 ms on, 500 ms off. */
  drawerKick: [ESC, 0x70, 0x00, 0x19, 0xfa],
  /** DLE EOT 1: the printer answers one status byte once it has received everything before it. */
  statusRequest: [DLE, EOT, 0x01],
} as const;

const feed = (lines: number) => [ESC, 0x64, Math.max(0, Math.min(255, lines))];

class Bytes {
  readonly parts: Buffer[] = [];
  #pending: number[] = [];
  cmd(bytes: readonly number[]): this {
    this.#pending.push(...bytes);
    return this;
  }
  buf(b: Buffer): this {
    this.#flushPending();
    this.parts.push(b);
    return this;
  }
  line(text: string): this {
    this.buf(encodeText(text));
    return this.cmd([LF]);
  }
  #flushPending(): void {
    if (this.#pending.length) {
      this.parts.push(Buffer.from(this.#pending));
      this.#pending = [];
    }
  }
  done(): Buffer {
    this.#flushPending();
    return Buffer.concat(this.parts);
  }
}

// eslint-disable-next-line no-control-regex -- the whole 7-bit range, control bytes included, goes to the printer as is
const ASCII = /^[\x00-\x7f]*$/;
/** Sanitized text to printer bytes: ASCII as is, everything else as GB18030 (here always GBK's two bytes). */
function encodeText(text: string): Buffer {
  return ASCII.test(text) ? Buffer.from(text, 'latin1') : iconv.encode(text, 'gb18030');
}

/** GS ( k: QR code model 2, module size, error correction M, store the data, print it. */
function qrCommands(data: string, cells: number): number[] {
  const bytes = Buffer.from(data, 'utf8');
  const len = bytes.length + 3;
  return [
    ...[GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00], // model 2
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, Math.max(1, Math.min(16, cells))], // module size
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31], // error correction level M
    ...[GS, 0x28, 0x6b, len & 0xff, (len >> 8) & 0xff, 0x31, 0x50, 0x30, ...bytes], // store
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30], // print
  ];
}

/** Modules a Code 128 set B symbol of `n` characters takes: start, data, check, stop, quiet zones. */
const code128Modules = (n: number) => 11 * (n + 2) + 13 + 20;

/**
 * GS k 73: Code 128 in code set B ("{B" prefix; a literal "{" is sent as "{{"), HRI text below,
 * with the widest module (1-3 dots) that fits the paper. Null when it cannot fit even at 1 dot.
 */
function code128Commands(data: string, dots: number): number[] | null {
  const modules = code128Modules(data.length);
  const width = [3, 2, 1].find((w) => modules * w <= dots);
  if (!width) return null;
  const payload = Buffer.from(`{B${data.replace(/\{/g, '{{')}`, 'latin1');
  if (payload.length > 255) return null;
  return [
    ...[GS, 0x48, 0x02], // HRI below
    ...[GS, 0x66, 0x00], // HRI font A
    ...[GS, 0x68, 80], // height 80 dots (10 mm)
    ...[GS, 0x77, width],
    ...[GS, 0x6b, 73, payload.length, ...payload],
  ];
}

export interface EscPosOptions {
  paper: PaperSize;
  /** Ends the bytes with DLE EOT 1 so a network printer acknowledges receipt (see transport). */
  statusRequest?: boolean;
}

function textBlock(out: Bytes, text: string, cols: number, opts: { align?: Align; size?: 1 | 2; bold?: boolean }): void {
  const double = opts.size === 2;
  const width = double ? Math.floor(cols / 2) : cols;
  if (opts.align && opts.align !== 'left') out.cmd(CMD.align[opts.align]);
  if (double) out.cmd(CMD.sizeDouble);
  if (opts.bold) out.cmd(CMD.boldOn);
  for (const line of wrapColumns(sanitizeThermal(text), width)) out.line(line);
  if (opts.bold) out.cmd(CMD.boldOff);
  if (double) out.cmd(CMD.sizeNormal);
  if (opts.align && opts.align !== 'left') out.cmd(CMD.align.left);
}

function kvBlock(out: Bytes, block: Extract<Block, { t: 'kv' }>, cols: number): void {
  const double = block.size === 2;
  const width = double ? Math.floor(cols / 2) : cols;
  const key = sanitizeThermal(block.key).replace(/\n/g, ' ');
  const value = sanitizeThermal(block.value).replace(/\n/g, ' ');
  if (double) out.cmd(CMD.sizeDouble);
  if (block.bold) out.cmd(CMD.boldOn);
  const one = spread(key, value, width);
  if (one !== null) out.line(one);
  else {
    // Too long for one line: the key wraps on the left, then the value wraps flush right.
    for (const line of wrapColumns(key, width)) out.line(line);
    for (const line of wrapColumns(value, width)) out.line(' '.repeat(Math.max(0, width - textColumns(line))) + line);
  }
  if (block.bold) out.cmd(CMD.boldOff);
  if (double) out.cmd(CMD.sizeNormal);
}

/** An image block as raster bands; a PNG that passed the schema but cannot be decoded is refused naming its block. */
function imageBlock(out: Bytes, block: Extract<Block, { t: 'image' }>, paper: PaperSize, index: number): void {
  let bands: Buffer[];
  try {
    bands = rasterCommands(imageBitmap(block.png, paper, block));
  } catch (err) {
    if (!(err instanceof PngError)) throw err;
    throw new AppError('VALIDATION', `Image block ${index} cannot be printed: ${err.message}`, {
      [`blocks.${index}.png`]: 'must be a PNG image that can be read (it is damaged)',
    });
  }
  for (const band of bands) out.buf(band);
}

/** Renders a document to the bytes a thermal printer of `paper` width prints. Pure and synchronous. */
export function renderEscPos(doc: PrintDocument, options: EscPosOptions): Buffer {
  const spec = PAPER[options.paper];
  const cols = spec.columns ?? PAPER['80mm'].columns!;
  const dots = spec.dots ?? PAPER['80mm'].dots!;
  const out = new Bytes();
  out.cmd(CMD.init);
  const blocks = layoutBlocks(doc);
  if (!ASCII.test(JSON.stringify(blocks.filter((b) => b.t !== 'image')))) out.cmd(CMD.chineseOn);
  const ownFrom = blocks.length - doc.blocks.length;
  let cutLast = false;
  for (const [i, block] of blocks.entries()) {
    cutLast = false;
    switch (block.t) {
      case 'text':
        textBlock(out, block.text, cols, block);
        break;
      case 'separator':
        out.line((block.char ?? '-').repeat(cols));
        break;
      case 'kv':
        kvBlock(out, block, cols);
        break;
      case 'table':
        for (const line of tableLines(block, cols)) {
          if (line.bold) out.cmd(CMD.boldOn);
          out.line(line.text);
          if (line.bold) out.cmd(CMD.boldOff);
        }
        break;
      case 'qr': {
        out.cmd(CMD.align[block.align ?? 'center']);
        // A version-4 QR is 33 modules; keep the symbol inside the paper at the module size asked for.
        const cells = Math.min(block.cells ?? (cols <= 32 ? 6 : 8), Math.floor(dots / 45));
        out.cmd(qrCommands(block.data, Math.max(1, cells)));
        out.cmd([LF]).cmd(CMD.align.left);
        break;
      }
      case 'code128': {
        const cmds = code128Commands(block.data, dots);
        out.cmd(CMD.align[block.align ?? 'center']);
        if (cmds) out.cmd(cmds).cmd([LF]);
        else for (const line of wrapColumns(block.data, cols)) out.line(line); // too long for the paper: print the text
        out.cmd(CMD.align.left);
        break;
      }
      case 'image':
        imageBlock(out, block, options.paper, i - ownFrom);
        break;
      case 'spacer':
        out.cmd(feed(block.lines));
        break;
      case 'cut':
        out.cmd(feed(1)).cmd(CMD.partialCut);
        cutLast = true;
        break;
      case 'drawer':
        out.cmd(CMD.drawerKick);
        break;
    }
  }
  if (!cutLast) out.cmd(feed(1)).cmd(CMD.partialCut);
  if (options.statusRequest) out.cmd(CMD.statusRequest);
  return out.done();
}
