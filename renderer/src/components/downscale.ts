import { MAX_MEDIA_BYTES } from '../../../shared/contract/jobs.ts';

/** A photo's longest side once downscaled: sharp enough to show a scratch, small enough to keep. */
const MAX_SIDE = 1600;

/** The bytes a base64 data URL holds. */
function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
}

/** Draws a picture (a file's bitmap, a video frame) at most 1600 px on its longest side, as a JPEG data URL. */
export function toJpeg(source: CanvasImageSource, width: number, height: number): string {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.85);
}

/** A chosen file as a downscaled JPEG; null when it is not a picture the browser can read. */
export async function fileToJpeg(file: File): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const url = toJpeg(bitmap, bitmap.width, bitmap.height);
    bitmap.close();
    return url;
  } catch {
    return null;
  }
}

export const tooLarge = (dataUrl: string) => dataUrlBytes(dataUrl) > MAX_MEDIA_BYTES;
