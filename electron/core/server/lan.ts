import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import type { Duplex } from 'node:stream';
import type { Core } from '../core.ts';
import { getSettings } from '../services/settings.ts';

/** The machine's IPv4 addresses on the shop's network (not loopback). */
function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/**
 * Extra listeners on the LAN addresses, on the same port, opened only while the admin setting
 * "listen on the LAN" is on. Loopback keeps its own listener either way.
 */
export class LanListeners {
  readonly #servers = new Map<string, http.Server>();

  constructor(
    private readonly core: Core,
    private readonly port: number,
    private readonly host: string,
    private readonly onRequest: (req: IncomingMessage, res: ServerResponse) => void,
    private readonly onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
  ) {}

  async sync(): Promise<void> {
    const wanted = this.host === '127.0.0.1' && getSettings(this.core.db).lanListening ? lanAddresses() : [];
    for (const [address, server] of this.#servers) {
      if (!wanted.includes(address)) {
        this.#servers.delete(address);
        server.closeAllConnections();
        server.close();
      }
    }
    for (const address of wanted) {
      if (this.#servers.has(address)) continue;
      const server = http.createServer(this.onRequest);
      server.on('upgrade', this.onUpgrade);
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(this.port, address, () => resolve());
        });
        this.#servers.set(address, server);
      } catch (err) {
        console.error(`Could not listen on ${address}:${this.port}: ${(err as Error).message}`);
      }
    }
  }

  urls(): string[] {
    return [...this.#servers.keys()].map((a) => `http://${a}:${this.port}/`);
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.#servers.values()].map(
        (s) =>
          new Promise<void>((resolve) => {
            s.closeAllConnections();
            s.close(() => resolve());
          }),
      ),
    );
    this.#servers.clear();
  }
}
