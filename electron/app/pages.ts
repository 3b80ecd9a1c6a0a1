import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONSOLE_CSP } from '../core/server/station.ts';
import { PAGES_HOST as HOST, PAGES_SCHEME as SCHEME } from './page-url.ts';

/**
 * The console's pages are served from `app://frontdesk/`, not `file://`: a custom scheme gives the
 * pages an origin of their own (a `file://` page may read any file on the disk), and lets the shell
 * send the same Content-Security-Policy header the station server sends, which `file://` responses
 * cannot carry reliably. The renderer's index.html stays free of Electron-specific markup.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready. */
export function registerPagesScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Serves the built renderer (out/renderer, inside the asar when packaged) on the app scheme. */
export function servePages(rendererDir: string): void {
  const rootDir = path.resolve(rendererDir);
  protocol.handle(SCHEME, async (request) => {
    let relative: string;
    try {
      const url = new URL(request.url);
      if (url.host !== HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
      relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      return notFound();
    }
    const file = path.resolve(rootDir, relative);
    if (!file.startsWith(rootDir + path.sep)) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONSOLE_CSP,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return notFound();
    }
  });
}
