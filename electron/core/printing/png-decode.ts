import { PNG } from 'pngjs';
import { pngBase64, pngProblem } from '../../../shared/print/png.ts';

/**
 * Decodes a PNG to grey levels on white paper, for thermal printers. pngjs reads the file (every
 * colour type and bit depth, CRCs checked) into 8-bit RGBA; this turns each pixel into the grey a
 * thermal dot sees: colour by luminance, transparency composited over white, so a transparent
 * background prints as paper.
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

const luminance = (r: number, g: number, b: number) => (r * 299 + g * 587 + b * 114) / 1000;
const onWhite = (grey: number, alpha: number) => Math.round(255 - ((255 - grey) * alpha) / 255);

export function decodePng(png: string): GreyImage {
  const problem = pngProblem(png);
  if (problem) throw new PngError(`png ${problem}`);
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(pngBase64(png), 'base64'));
  } catch (err) {
    throw new PngError(`the PNG cannot be read: ${(err as Error).message}`);
  }
  const { width, height, data } = image;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const at = i * 4;
    grey[i] = onWhite(luminance(data[at]!, data[at + 1]!, data[at + 2]!), data[at + 3]!);
  }
  return { width, height, grey };
}
