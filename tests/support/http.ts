import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startStation, type Station } from '../../electron/core/server/station.ts';
import { makeCore, makeTempDir, type TestCore } from './core.ts';

export interface ApiResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  text: string;
}

/**
 * One HTTP request over a real socket. `body` is sent as given when it is a string or Buffer (for
 * malformed JSON), otherwise as JSON. A fresh connection each time, so a closed one cannot hide a crash.
 */
export function request(
  baseUrl: string,
  pathname: string,
  options: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const payload =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string' || Buffer.isBuffer(options.body)
        ? options.body
        : JSON.stringify(options.body);
  const url = new URL(pathname, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(payload !== undefined ? { 'content-length': Buffer.byteLength(payload) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Calls `POST /api/<name>`. */
export function api(baseUrl: string, name: string, body: unknown, token: string | null = null): Promise<ApiResponse> {
  return request(baseUrl, `/api/${name}`, { body, token });
}

/** A placeholder for the built console, for tests of the API that do not need the real pages. */
function placeholderRenderer(): string {
  const dir = makeTempDir('frontdesk-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Frontdesk test page</title>');
  return dir;
}

export interface TestStation extends TestCore {
  station: Station;
  url: string;
  close: () => Promise<void>;
}

/** The real station server in this process, on a free loopback port, over a real core on a temp store. */
export async function startTestStation(): Promise<TestStation> {
  const t = makeCore();
  const station = await startStation({ core: t.core, host: '127.0.0.1', port: 0, rendererDir: placeholderRenderer() });
  return {
    ...t,
    station,
    url: station.url,
    async close() {
      await station.close();
      t.core.close();
    },
  };
}
