import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, HTTP_STATUS } from '../../../shared/errors.ts';
import type { Core } from '../core.ts';
import { dispatch } from '../dispatch.ts';
import { readJsonBody } from './body.ts';

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function sendError(res: ServerResponse, err: AppError): void {
  send(res, HTTP_STATUS[err.code], { error: err.toBody() });
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
}

function originOf(req: IncomingMessage): string {
  return `http ${req.socket.remoteAddress ?? 'unknown'}`;
}

/** `POST /api/<operation>`: JSON in, JSON out; errors as `{ error: { code, message, fields } }`. */
export async function handleApi(core: Core, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendError(res, new AppError('METHOD_NOT_ALLOWED', `Operations are called with POST, not ${(req.method ?? '').slice(0, 16)}`));
    return;
  }
  let input: unknown;
  try {
    input = await readJsonBody(req);
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('BAD_JSON', 'The request body could not be read');
    if (error.code === 'PAYLOAD_TOO_LARGE') res.setHeader('connection', 'close');
    sendError(res, error);
    return;
  }
  const result = await dispatch(core, name, input, { token: bearerToken(req), origin: originOf(req) });
  if (result.ok) send(res, 200, result.value ?? null);
  else send(res, HTTP_STATUS[result.error.code], { error: result.error });
}
