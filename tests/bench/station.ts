import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Core } from '../../electron/core/core.ts';
import { startStation } from '../../electron/core/server/station.ts';
import type { BenchStation } from './types.ts';

/**
 * Starts the real station server over the bench's core on 127.0.0.1 (a free port), serving a one-page
 * stand-in for the renderer, with a keep-alive client that holds one connection.
 */
export async function startBenchStation(core: Core, tempDir: string): Promise<{ station: BenchStation; close: () => Promise<void> }> {
  const rendererDir = path.join(tempDir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Frontdesk bench</title>\n');
  const server = await startStation({ core, port: 0, rendererDir });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const once = (op: string, body: string, token: string | null | undefined): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = http.request({ host: '127.0.0.1', port: server.port, path: `/api/${op}`, method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`POST /api/${op} answered ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(text ? JSON.parse(text) : null);
        });
        res.on('error', reject);
      });
      req.on('error', (err: NodeJS.ErrnoException) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
      req.end(body);
    });

  // The server drops a keep-alive connection idle for 5 s (Node's default), which happens while other
  // operations run; a request sent on it just then is reset. Retry once on a fresh connection, as a
  // browser does, inside the same timed call.
  const post = async (op: string, input: unknown, token?: string | null): Promise<unknown> => {
    const body = JSON.stringify(input ?? {});
    try {
      return await once(op, body, token);
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { reusedSocket?: boolean };
      if (e.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) return once(op, body, token);
      throw err;
    }
  };

  return {
    station: { url: server.url, port: server.port, post },
    async close() {
      agent.destroy();
      await server.close();
    },
  };
}
