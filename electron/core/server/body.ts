import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../shared/errors.ts';

/** Requests larger than this are refused before parsing; a 1 MB text field still fits and is refused by its schema. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `The request is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_JSON', 'The request body is not valid JSON', { input: 'is not valid JSON' });
  }
}
