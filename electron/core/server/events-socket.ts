import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerEvent } from '../../../shared/contract/index.ts';
import type { Core } from '../core.ts';
import { resolveSession } from '../services/auth.ts';
import { isDeviceActive, resolveDevice } from '../services/devices/tokens.ts';
import { forDisplay, touches } from './display-events.ts';

const HEARTBEAT_MS = 15_000;
/** The close code a display's socket gets when its device is revoked (4000-4999 are the application's). */
const CLOSE_REVOKED = 4401;
/** The close code a console's socket gets when its session ends (signed out, or the staff member deactivated). */
const CLOSE_SIGNED_OUT = 4402;

/** Who holds a socket: a signed-in console hears everything, a paired display only its own events. */
type Listener = { kind: 'staff'; token: string } | { kind: 'display'; deviceId: number };

/**
 * `/api/events`: pushes server events to signed-in consoles and paired displays. The token (a
 * session's or a display device's) comes as `?token=` because browsers cannot set headers on a
 * WebSocket. Revoking a device closes its socket; ending a session (signing out, deactivating the staff
 * member) closes that session's sockets at once.
 */
export function createEventSocket(core: Core) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const alive = new WeakSet<WebSocket>();
  const listeners = new WeakMap<WebSocket, Listener>();

  const closeRevoked = () => {
    for (const client of wss.clients) {
      const who = listeners.get(client);
      if (who?.kind === 'display' && !isDeviceActive(core, who.deviceId)) client.close(CLOSE_REVOKED, 'device revoked');
    }
  };

  const closeEnded = () => {
    for (const client of wss.clients) {
      const who = listeners.get(client);
      if (who?.kind === 'staff' && !resolveSession(core.db, who.token, core.nowIso())) client.close(CLOSE_SIGNED_OUT, 'signed out');
    }
  };

  const unsubscribe = core.events.subscribe((event) => {
    if (event.type === 'sessions.ended') {
      closeEnded();
      return;
    }
    const all = JSON.stringify(event);
    let display: string | null | undefined;
    for (const client of wss.clients) {
      if (client.readyState !== client.OPEN) continue;
      const who = listeners.get(client);
      if (who?.kind === 'staff') client.send(all);
      else if (who?.kind === 'display') {
        if (display === undefined) {
          const filtered = forDisplay(event);
          display = filtered && JSON.stringify(filtered);
        }
        if (display) client.send(display);
      }
    }
    if (event.type === 'invalidate' && event.prefixes.some((p) => touches(p, 'devices.'))) closeRevoked();
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

  wss.on('connection', (socket: WebSocket, _req: IncomingMessage, who: Listener) => {
    listeners.set(socket, who);
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    const hello: ServerEvent = { type: 'hello' };
    socket.send(JSON.stringify(hello));
  });

  const listenerFor = (token: string | null): Listener | null => {
    if (!token) return null;
    if (resolveSession(core.db, token, core.nowIso())) return { kind: 'staff', token };
    const device = resolveDevice(core, token);
    return device ? { kind: 'display', deviceId: device.id } : null;
  };

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      const url = new URL(req.url ?? '/', 'http://station');
      const who = listenerFor(url.searchParams.get('token'));
      if (!who) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req, who));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
