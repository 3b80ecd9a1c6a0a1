import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core.ts';
import { resolveSession } from '../services/auth.ts';

const HEARTBEAT_MS = 15_000;

/**
 * `/api/events`: pushes server events to signed-in consoles. The token comes as `?token=` because
 * browsers cannot set headers on a WebSocket.
 */
export function createEventSocket(core: Core) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const alive = new WeakSet<WebSocket>();
  const unsubscribe = core.events.subscribe((event) => {
    const data = JSON.stringify(event);
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(data);
  });
  const heartbeat = setInterval(() => {
    for (const client of wss.clients) {
      if (!alive.has(client)) {
        client.terminate();
        continue;
      }
      alive.delete(client);
      client.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  wss.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    socket.send(JSON.stringify({ type: 'hello' }));
  });

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      const url = new URL(req.url ?? '/', 'http://station');
      const token = url.searchParams.get('token');
      if (!token || !resolveSession(core.db, token, core.nowIso())) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
