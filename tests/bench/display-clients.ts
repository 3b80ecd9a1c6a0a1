import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { messageText } from '../support/ws.ts';

/**
 * Worker thread for the display rows: the paired displays' WebSockets on /api/events, read on an
 * event loop of their own (as a TV would, rather than waiting for the bench's steps to yield).
 * `connect` opens one socket per token and answers `ready` when each has had its hello;
 * `disconnect` closes them with the close handshake (so the station has let them go) and answers
 * `closed`. When every socket has heard the call of a ticket, it posts the last arrival, read from
 * the process-wide monotonic clock (`process.hrtime.bigint()`, the same in every thread).
 */
export type ToClients = { type: 'connect' } | { type: 'disconnect' } | { type: 'exit' };
export type FromClients =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'arrived'; ticketId: number; /** process.hrtime.bigint() when the last display received the call. */ last: bigint }
  | { type: 'error'; message: string };

const { port, tokens } = workerData as { port: number; tokens: string[] };
const post = (m: FromClients) => parentPort?.postMessage(m);
const pending = new Map<number, bigint[]>();
let sockets: WebSocket[] = [];

function onMessage(data: WebSocket.RawData): void {
  const at = process.hrtime.bigint();
  const event = JSON.parse(messageText(data)) as { type: string; call?: { ticketId: number } };
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

function connect(): void {
  let hello = 0;
  sockets = tokens.map((token) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events?token=${encodeURIComponent(token)}`);
    ws.once('message', () => {
      ws.on('message', onMessage);
      if (++hello === tokens.length) post({ type: 'ready' });
    });
    ws.on('error', (err) => post({ type: 'error', message: String(err) }));
    return ws;
  });
}

function disconnect(): void {
  let open = sockets.length;
  pending.clear();
  for (const ws of sockets) {
    ws.once('close', () => {
      if (--open === 0) post({ type: 'closed' });
    });
    ws.close();
  }
  sockets = [];
}

parentPort?.on('message', (m: ToClients) => {
  if (m.type === 'connect') connect();
  else if (m.type === 'disconnect') disconnect();
  else {
    for (const ws of sockets) ws.terminate();
    parentPort?.close();
  }
});
