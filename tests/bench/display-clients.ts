import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/**
 * Worker thread for `queue.callNext.display`: the paired displays' WebSockets on /api/events, read on
 * an event loop of their own (as a TV would, rather than waiting for the bench's steps to yield).
 * When every socket has heard the call of a ticket, it posts the last arrival, read from the
 * process-wide monotonic clock (`process.hrtime.bigint()`, the same in every thread).
 */
export interface ClientsReady {
  type: 'ready';
}
export interface CallArrived {
  type: 'arrived';
  ticketId: number;
  /** process.hrtime.bigint() when the last display received the call. */
  last: bigint;
}
export interface ClientsFailed {
  type: 'error';
  message: string;
}
export type FromClients = ClientsReady | CallArrived | ClientsFailed;

const { port, tokens } = workerData as { port: number; tokens: string[] };
const post = (m: FromClients) => parentPort?.postMessage(m);
const pending = new Map<number, bigint[]>();

function onMessage(data: WebSocket.RawData): void {
  const at = process.hrtime.bigint();
  const event = JSON.parse(String(data)) as { type: string; call?: { ticketId: number } };
  if (event.type !== 'queue.call' || !event.call) return;
  const id = event.call.ticketId;
  const heard = pending.get(id) ?? [];
  heard.push(at);
  if (heard.length < tokens.length) {
    pending.set(id, heard);
    return;
  }
  pending.delete(id);
  post({ type: 'arrived', ticketId: id, last: heard.reduce((a, b) => (b > a ? b : a)) });
}

let hello = 0;
const sockets = tokens.map((token) => {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events?token=${encodeURIComponent(token)}`);
  ws.once('message', () => {
    ws.on('message', onMessage);
    if (++hello === tokens.length) post({ type: 'ready' });
  });
  ws.on('error', (err) => post({ type: 'error', message: String(err) }));
  return ws;
});

parentPort?.on('message', (m: { type: 'close' }) => {
  if (m.type !== 'close') return;
  for (const ws of sockets) ws.terminate();
  parentPort?.close();
});
