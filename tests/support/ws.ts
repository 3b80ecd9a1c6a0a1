import type WebSocket from 'ws';

/** A WebSocket message's text: one buffer, or the fragments of one, or an ArrayBuffer. */
export function messageText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
