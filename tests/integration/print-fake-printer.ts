import { EventEmitter, once } from 'node:events';
import net from 'node:net';

/**
 * A network receipt printer played by a real TCP listener on loopback (used by the print tests and
 * the benchmark). Behaviours:
 * - `print`: reads to the end of the data, keeps it as one job, then closes (a JetDirect-style printer);
 * - `status`: answers the DLE EOT 1 status request with a byte and keeps the connection open;
 * - `stall`: accepts the connection and never reads a byte;
 * - `hangup`: takes the first chunk, then drops the connection with a reset;
 * - `gone`: accepts, closes its side at once without reading a byte, and dies `delayMs` later (a
 *   printer that crashes after the handshake: the bytes only ever reach its kernel);
 * - `slow`: accepts, takes the first chunk, then reads nothing more for `delayMs` (busy printing
 *   something else), then prints like `print`; a connection reset before then leaves it nothing to
 *   print. `received()` says the first chunk arrived: the document is on its way.
 */
export type FakeBehaviour = 'print' | 'status' | 'stall' | 'hangup' | 'gone' | 'slow';

interface ReceivedJob {
  bytes: Buffer;
  /** performance.now() when the last byte arrived. */
  lastByteAt: number;
}

export interface FakePrinter {
  port: number;
  behaviour: FakeBehaviour;
  jobs: ReceivedJob[];
  connections: number;
  /** Connections that have closed (a job delivered first, if it printed one). */
  closedConnections: number;
  /** Resolves once `n` connections have closed: the printer is done with them, printed or not. */
  closed: (n?: number, timeoutMs?: number) => Promise<void>;
  /** Resolves once the first bytes of a document have arrived on `n` connections. */
  received: (n?: number, timeoutMs?: number) => Promise<void>;
  /** Resolves with the next job received (or one already waiting). */
  nextJob: (timeoutMs?: number) => Promise<ReceivedJob>;
  close: () => Promise<void>;
}

export async function startFakePrinter(behaviour: FakeBehaviour, port = 0, delayMs = 300): Promise<FakePrinter> {
  const sockets = new Set<net.Socket>();
  const jobs: ReceivedJob[] = [];
  const waiters: ((job: ReceivedJob) => void)[] = [];
  let taken = 0;
  let receiving = 0;
  const changes = new EventEmitter();
  const reach = async (count: () => number, n: number, timeoutMs: number, what: string) => {
    const signal = AbortSignal.timeout(timeoutMs);
    while (count() < n) {
      try {
        await once(changes, 'change', { signal });
      } catch {
        throw new Error(`the ${behaviour} printer saw ${count()} ${what} within ${timeoutMs} ms, not ${n}`);
      }
    }
  };
  const deliver = (job: ReceivedJob) => {
    jobs.push(job);
    const w = waiters.shift();
    if (w) {
      taken++;
      w(job);
    }
  };
  const printer: FakePrinter = {
    port: 0,
    behaviour,
    jobs,
    connections: 0,
    closedConnections: 0,
    closed: (n = 1, timeoutMs = 5_000) => reach(() => printer.closedConnections, n, timeoutMs, 'closed connections'),
    received: (n = 1, timeoutMs = 5_000) => reach(() => receiving, n, timeoutMs, 'documents arriving'),
    nextJob(timeoutMs = 5_000) {
      if (jobs.length > taken) return Promise.resolve(jobs[taken++] as ReceivedJob);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no job reached the ${behaviour} printer within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((job) => {
          clearTimeout(timer);
          resolve(job);
        });
      });
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  // `gone` leaves the bytes in the kernel: nothing ever reads them.
  const server = net.createServer({ pauseOnConnect: behaviour === 'gone' }, (socket) => {
    printer.connections++;
    changes.emit('change');
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      printer.closedConnections++;
      changes.emit('change');
    });
    socket.on('error', () => undefined);
    if (behaviour === 'stall') {
      socket.pause();
      return;
    }
    if (behaviour === 'gone') {
      socket.end();
      setTimeout(() => socket.destroy(), delayMs);
      return;
    }
    const chunks: Buffer[] = [];
    let lastByteAt = 0;
    socket.on('data', (chunk: Buffer) => {
      lastByteAt = performance.now();
      if (chunks.length === 0) {
        receiving++;
        changes.emit('change');
        if (behaviour === 'slow') {
          socket.pause();
          setTimeout(() => socket.resume(), delayMs);
        }
      }
      if (behaviour === 'hangup') {
        socket.resetAndDestroy();
        return;
      }
      chunks.push(chunk);
      if (behaviour === 'status') {
        const all = Buffer.concat(chunks);
        if (all.length >= 3 && all.subarray(-3).equals(Buffer.from([0x10, 0x04, 0x01]))) {
          deliver({ bytes: all, lastByteAt });
          socket.write(Buffer.from([0x12]));
        }
      }
    });
    socket.on('end', () => {
      if (behaviour === 'print' || behaviour === 'slow') deliver({ bytes: Buffer.concat(chunks), lastByteAt });
      socket.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  printer.port = (server.address() as net.AddressInfo).port;
  return printer;
}

/** A loopback port nothing listens on: connecting is refused at once. */
export async function refusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One step of an ESC/POS stream: a command we know, or a run of text bytes. A `raster` is a whole GS v 0 with its dots. */
export type Token = { cmd: string; bytes: Buffer } | { text: Buffer };

/**
 * Reads an ESC/POS stream back: every byte must belong to a command this renderer writes or be
 * printable text (ASCII, or a GBK double-byte pair). Anything else is garbage and fails the test.
 */
export function parseEscPos(buf: Buffer): Token[] {
  const out: Token[] = [];
  let i = 0;
  let text: number[] = [];
  const flushText = () => {
    if (text.length) out.push({ text: Buffer.from(text) });
    text = [];
  };
  const cmd = (name: string, len: number) => {
    flushText();
    if (i + len > buf.length) throw new Error(`truncated ${name} at ${i}`);
    out.push({ cmd: name, bytes: buf.subarray(i, i + len) });
    i += len;
  };
  while (i < buf.length) {
    const b = buf[i]!;
    const n1 = buf[i + 1];
    if (b === 0x1b) {
      const table: Record<number, [string, number]> = {
        0x40: ['init', 2],
        0x45: ['bold', 3],
        0x61: ['align', 3],
        0x64: ['feed', 3],
        0x70: ['drawer', 5],
      };
      const c = table[n1!];
      if (!c) throw new Error(`unknown ESC ${n1} at ${i}`);
      cmd(...c);
    } else if (b === 0x1c && n1 === 0x26) cmd('chinese', 2);
    else if (b === 0x1d) {
      if (n1 === 0x28 && buf[i + 2] === 0x6b) cmd('qr', 5 + buf[i + 3]! + buf[i + 4]! * 256);
      else if (n1 === 0x6b && buf[i + 2] === 73) cmd('code128', 4 + buf[i + 3]!);
      else if (n1 === 0x56 && buf[i + 2] === 0x42) cmd('cut', 4);
      else if (n1 === 0x21) cmd('size', 3);
      else if (n1 === 0x76 && buf[i + 2] === 0x30) cmd('raster', 8 + (buf[i + 4]! + buf[i + 5]! * 256) * (buf[i + 6]! + buf[i + 7]! * 256));
      else if (n1 === 0x48 || n1 === 0x66 || n1 === 0x68 || n1 === 0x77) cmd('barcode-setup', 3);
      else throw new Error(`unknown GS ${n1} at ${i}`);
    } else if (b === 0x10 && n1 === 0x04) cmd('status', 3);
    else if (b === 0x0a) cmd('lf', 1);
    else if (b >= 0x20 && b < 0x7f) {
      text.push(b);
      i++;
    } else if (b >= 0x81 && b <= 0xfe && n1 !== undefined && n1 >= 0x40 && n1 <= 0xfe && n1 !== 0x7f) {
      text.push(b, n1);
      i += 2;
    } else throw new Error(`garbage byte 0x${b.toString(16)} (next 0x${n1?.toString(16)}) at ${i}`);
  }
  flushText();
  return out;
}

/** One picture read back from consecutive GS v 0 bands: its width in dots and whether each dot is black. */
export interface RasterImage {
  width: number;
  height: number;
  bands: { rowBytes: number; rows: number }[];
  dot: (x: number, y: number) => boolean;
}

/** The pictures in a parsed stream: bands that follow one another make one picture. */
export function rasterImages(tokens: Token[]): RasterImage[] {
  const images: { rowBytes: number; bands: { rowBytes: number; rows: number }[]; data: Buffer[] }[] = [];
  let previousWasRaster = false;
  for (const t of tokens) {
    if (!('cmd' in t) || t.cmd !== 'raster') {
      previousWasRaster = false;
      continue;
    }
    const rowBytes = t.bytes[4]! + t.bytes[5]! * 256;
    const rows = t.bytes[6]! + t.bytes[7]! * 256;
    if (t.bytes[3] !== 0) throw new Error(`GS v 0 with density mode ${t.bytes[3]}`);
    if (!previousWasRaster) images.push({ rowBytes, bands: [], data: [] });
    const image = images.at(-1)!;
    if (image.rowBytes !== rowBytes) throw new Error(`a band ${rowBytes} bytes wide in a picture ${image.rowBytes} wide`);
    image.bands.push({ rowBytes, rows });
    image.data.push(t.bytes.subarray(8));
    previousWasRaster = true;
  }
  return images.map(({ rowBytes, bands, data }) => {
    const bits = Buffer.concat(data);
    return {
      width: rowBytes * 8,
      height: bits.length / rowBytes,
      bands,
      dot: (x, y) => (bits[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7))) !== 0,
    };
  });
}
