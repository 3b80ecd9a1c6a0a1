import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import type { Core } from '../core.ts';
import { handleApi } from './api.ts';
import { createEventSocket } from './events-socket.ts';
import { LanListeners } from './lan.ts';

export interface StationOptions {
  core: Core;
  host?: string;
  port?: number;
  /** The built renderer (index.html and assets) served to browsers on the shop's LAN. */
  rendererDir: string;
}

/** The Content-Security-Policy the console runs under, in the browser and in Electron alike. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export interface Station {
  url: string;
  port: number;
  urls: () => string[];
  close: () => Promise<void>;
}

export async function startStation(options: StationOptions): Promise<Station> {
  const { core } = options;
  if (!fs.existsSync(`${options.rendererDir}/index.html`)) {
    throw new Error(`The console's built pages are missing in ${options.rendererDir}; run \`npm run build:renderer\` first.`);
  }
  const assets = sirv(options.rendererDir, { single: true, etag: true, gzip: false });
  const events = createEventSocket(core);

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://station');
    res.setHeader('x-content-type-options', 'nosniff');
    if (url.pathname.startsWith('/api/')) {
      handleApi(core, req, res, url.pathname.slice(5)).catch((err) => {
        console.error(err);
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    res.setHeader('content-security-policy', CONSOLE_CSP);
    res.setHeader('referrer-policy', 'no-referrer');
    assets(req, res, () => {
      res.writeHead(404).end();
    });
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(req.url ?? '/', 'http://station').pathname === '/api/events') events.handleUpgrade(req, socket, head);
    else socket.destroy();
  };

  const server = http.createServer(onRequest);
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_err, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;

  const lan = new LanListeners(core, port, host, onRequest, onUpgrade);
  await lan.sync();
  const stopWatching = core.events.subscribe((event) => {
    if (event.type === 'invalidate' && event.prefixes.includes('store.')) void lan.sync();
  });
  const urls = () => [url, ...lan.urls()];
  core.stationUrls = urls;

  return {
    url,
    port,
    urls,
    async close() {
      stopWatching();
      events.close();
      await lan.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
