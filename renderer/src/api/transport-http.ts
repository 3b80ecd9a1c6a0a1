import type { ServerEvent } from '../../../shared/contract/index.ts';
import { networkError, toApiError } from './errors.ts';
import type { Transport } from './transport.ts';

/** Failed reconnects in a row after which the header says "offline" rather than "reconnecting". */
const OFFLINE_AFTER = 3;
/**
 * The longest wait between tries (before ±20% jitter). Short: the station is on this machine or the
 * shop's LAN, a try costs next to nothing, and a display must be back within 3 s of the station's return.
 */
const MAX_DELAY_MS = 1_500;

function backoff(attempt: number): number {
  const base = Math.min(MAX_DELAY_MS, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * Calls `POST ./api/<operation>` relative to the page (so the console works under any host name on the
 * shop's LAN) and keeps a WebSocket to `./api/events` open, reconnecting with backoff when it drops.
 */
export function httpTransport(): Transport {
  return {
    kind: 'http',
    async call(name, input, token) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      let response: Response;
      try {
        response = await fetch(`./api/${encodeURIComponent(name)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      } catch (err) {
        throw networkError((err as Error).message);
      }
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        if (response.ok) throw toApiError(null, response.status);
      }
      if (response.ok) return body;
      throw toApiError((body as { error?: unknown } | null)?.error, response.status);
    },

    listen(token, onEvent, onState) {
      let socket: WebSocket | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let failures = 0;
      let stopped = false;

      const open = () => {
        clearTimeout(timer);
        if (socket) {
          const old = socket;
          socket = null;
          old.onclose = null;
          old.close();
        }
        const url = new URL(`./api/events?token=${encodeURIComponent(token)}`, window.location.href);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        const ws = new WebSocket(url);
        socket = ws;
        ws.onmessage = (message) => {
          let event: ServerEvent;
          try {
            event = JSON.parse(String(message.data)) as ServerEvent;
          } catch {
            return;
          }
          if (event.type === 'hello') {
            failures = 0;
            onState('connected');
          }
          onEvent(event);
        };
        ws.onclose = () => {
          if (stopped || socket !== ws) return;
          failures += 1;
          onState(failures > OFFLINE_AFTER || !navigator.onLine ? 'offline' : 'reconnecting');
          timer = setTimeout(open, backoff(failures));
        };
      };
      const retryNow = () => {
        if (!stopped && socket?.readyState !== WebSocket.OPEN) open();
      };

      open();
      window.addEventListener('online', retryNow);
      return () => {
        stopped = true;
        clearTimeout(timer);
        window.removeEventListener('online', retryNow);
        socket?.close();
        socket = null;
      };
    },
  };
}
