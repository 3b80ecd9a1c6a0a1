import type Database from 'better-sqlite3';
import type { JobMediaSummary } from '../../../../shared/contract/jobs.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';

/** A signature is a small drawing: a quarter of a photo's limit is plenty. */
export const MAX_SIGNATURE_BYTES = 512 * 1024;

type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

/** How each kind of image file begins. */
function looksLike(mime: ImageMime, b: Buffer): boolean {
  if (mime === 'image/png') return b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (mime === 'image/jpeg') return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  return b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP';
}

export interface Image {
  mime: ImageMime;
  bytes: Buffer;
}

/**
 * A data URL's image, refused naming `field` when it is not one of the `allowed` kinds, its bytes are not
 * that kind of image, or it is bigger than `maxBytes`.
 */
export function decodeImage(dataUrl: string, field: string, allowed: readonly ImageMime[], maxBytes: number): Image {
  const match = /^data:(image\/(?:png|jpeg|webp));base64,(.*)$/s.exec(dataUrl);
  const names = allowed.map((m) => ({ 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' })[m]);
  const kinds = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
  const mime = match?.[1] as ImageMime | undefined;
  if (!match || !mime || !allowed.includes(mime))
    throw new AppError('VALIDATION', `Invalid input: ${field} must be a ${kinds} image`, { [field]: `must be a ${kinds} image` });
  const bytes = Buffer.from(match[2] ?? '', 'base64');
  const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  if (bytes.length > maxBytes)
    throw new AppError('VALIDATION', `Invalid input: ${field} is larger than ${limit}`, {
      [field]: `must be an image of at most ${limit}`,
    });
  if (!looksLike(mime, bytes))
    throw new AppError('VALIDATION', `Invalid input: ${field} is not a ${kinds} image`, { [field]: `is not a ${kinds} image` });
  return { mime, bytes };
}

interface MediaRow {
  id: number;
  job_id: number;
  kind: 'photo' | 'signature';
  mime: string;
  size: number;
  condition_key: string | null;
  note: string;
  created_at: string;
  created_by: number;
}

const toSummary = (r: MediaRow): JobMediaSummary => ({
  id: r.id,
  kind: r.kind,
  mime: r.mime,
  size: r.size,
  conditionKey: r.condition_key,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Keeps an image with its job; the row is its own record (who, when, from where). Inside the caller's transaction. */
export function insertMedia(
  ctx: CallContext,
  m: { jobId: number; kind: 'photo' | 'signature'; image: Image; conditionKey: string | null; note: string; at: string; by: number },
): JobMediaSummary {
  const id = Number(
    ctx.core.db
      .prepare(
        `INSERT INTO job_media (job_id, kind, mime, bytes, size, condition_key, note, created_at, created_by, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.jobId, m.kind, m.image.mime, m.image.bytes, m.image.bytes.length, m.conditionKey, m.note, m.at, m.by, ctx.origin)
      .lastInsertRowid,
  );
  return toSummary({
    id,
    job_id: m.jobId,
    kind: m.kind,
    mime: m.image.mime,
    size: m.image.bytes.length,
    condition_key: m.conditionKey,
    note: m.note,
    created_at: m.at,
    created_by: m.by,
  });
}

export function mediaOf(db: Database.Database, jobId: number): JobMediaSummary[] {
  const rows = db
    .prepare('SELECT id, job_id, kind, mime, size, condition_key, note, created_at, created_by FROM job_media WHERE job_id = ? ORDER BY id')
    .all(jobId) as MediaRow[];
  return rows.map(toSummary);
}

export function readMedia(db: Database.Database, mediaId: number) {
  const row = db.prepare('SELECT id, job_id, kind, mime, bytes FROM job_media WHERE id = ?').get(mediaId) as
    { id: number; job_id: number; kind: 'photo' | 'signature'; mime: string; bytes: Buffer } | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `There is no photo or signature with id ${mediaId}`, { mediaId: 'is not a photo or signature' });
  return { id: row.id, jobId: row.job_id, kind: row.kind, dataUrl: `data:${row.mime};base64,${row.bytes.toString('base64')}` };
}
