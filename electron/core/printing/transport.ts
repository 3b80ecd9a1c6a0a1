import net from 'node:net';

/** Why a print did not go through, with a code the console translates (`print.errors.<code>`). */
export type PrintErrorCode =
  | 'CONNECT_REFUSED'
  | 'CONNECT_TIMEOUT'
  | 'HOST_NOT_FOUND'
  | 'UNREACHABLE'
  | 'WRITE_TIMEOUT'
  | 'CONNECTION_CLOSED'
  | 'NETWORK_ERROR'
  | 'PRINTER_REMOVED'
  | 'NO_SYSTEM_PRINTING'
  | 'SYSTEM_PRINT_FAILED'
  | 'PDF_FAILED'
  | 'UNSUPPORTED'
  | 'INTERRUPTED'
  | 'PREPARE_FAILED';

export class PrintError extends Error {
  readonly code: PrintErrorCode;
  /** A permanent error is not retried: trying again cannot help (no such printer, no CUPS). */
  readonly permanent: boolean;
  constructor(code: PrintErrorCode, message: string, permanent = false) {
    super(message);
    this.name = 'PrintError';
    this.code = code;
    this.permanent = permanent;
  }
}

const LINGER_MS = 10_000;

export interface RawSendOptions {
  host: string;
  port: number;
  /** How long the printer has to accept the connection. */
  connectTimeoutMs: number;
  /** How long the printer has, once connected, to take every byte and acknowledge them. */
  writeTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Sends bytes to a raw TCP (port 9100, "JetDirect") printer and resolves once the printer has them.
 *
 * Writing into the socket proves nothing: the operating system buffers a whole receipt even for a
 * printer that accepted the connection and then stopped reading. So the data ends with DLE EOT 1
 * (a real-time status request, see escpos.ts) and the connection is half-closed after it; the
 * printer has everything once it answers the status request or closes its side after reading to
 * the end. A reset, a close before our last byte was flushed, or silence past the write timeout
 * is a failure.
 */
export function sendRaw(data: Buffer, opts: RawSendOptions): Promise<void> {
  const where = `${opts.host}:${opts.port}`;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let connected = false;
    let flushed = false;
    let answered = false;
    const socket = new net.Socket();
    socket.setNoDelay(true);

    const finish = (err?: PrintError) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(writeTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) {
        socket.destroy();
        reject(err);
        return;
      }
      // Delivered. The connection winds down on its own (our FIN is already queued behind the data),
      // so nothing still on its way is cut off; a printer that never closes is let go after a while.
      socket.removeAllListeners('data');
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      const linger = setTimeout(() => socket.destroy(), LINGER_MS);
      linger.unref();
      socket.once('close', () => clearTimeout(linger));
      resolve();
    };
    const onAbort = () => finish(new PrintError('INTERRUPTED', `Printing to ${where} was interrupted`));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const connectTimer = setTimeout(
      () => finish(new PrintError('CONNECT_TIMEOUT', `The printer at ${where} did not answer within ${seconds(opts.connectTimeoutMs)}`)),
      opts.connectTimeoutMs,
    );
    let writeTimer: NodeJS.Timeout | undefined;

    socket.on('connect', () => {
      connected = true;
      clearTimeout(connectTimer);
      writeTimer = setTimeout(
        () =>
          finish(
            new PrintError(
              'WRITE_TIMEOUT',
              `The printer at ${where} accepted the connection but did not take the document within ${seconds(opts.writeTimeoutMs)} (out of paper, cover open, or busy?)`,
            ),
          ),
        opts.writeTimeoutMs,
      );
      socket.end(data, () => {
        flushed = true;
        if (answered) finish();
      });
    });
    // Any byte back after our data is the answer to the status request: the printer has it all.
    socket.on('data', () => {
      answered = true;
      if (flushed) finish();
    });
    socket.on('end', () => {
      // The printer closed its side. If all our bytes had left, it read to the end and hung up;
      // otherwise it hung up part-way through.
      if (flushed) finish();
      else finish(new PrintError('CONNECTION_CLOSED', `The printer at ${where} closed the connection before the whole document was sent`));
    });
    socket.on('error', (err: NodeJS.ErrnoException) => finish(describe(err, where, connected, opts)));
    socket.on('close', () => {
      if (flushed) finish();
      else finish(new PrintError('CONNECTION_CLOSED', `The printer at ${where} closed the connection before the whole document was sent`));
    });
    socket.connect({ host: opts.host, port: opts.port });
  });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function describe(err: NodeJS.ErrnoException, where: string, connected: boolean, opts: RawSendOptions): PrintError {
  switch (err.code) {
    case 'ECONNREFUSED':
      return new PrintError(
        'CONNECT_REFUSED',
        `The printer at ${where} refused the connection (is it on, and is port ${opts.port} right?)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new PrintError('HOST_NOT_FOUND', `No printer was found at "${opts.host}"`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENETDOWN':
      return new PrintError('UNREACHABLE', `The printer at ${where} cannot be reached from this computer (${err.code})`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new PrintError(
        'CONNECTION_CLOSED',
        connected
          ? `The printer at ${where} hung up before taking the whole document (${err.code})`
          : `The printer at ${where} dropped the connection (${err.code})`,
      );
    case 'ETIMEDOUT':
      return new PrintError('CONNECT_TIMEOUT', `The printer at ${where} did not answer (${err.code})`);
    default:
      return new PrintError('NETWORK_ERROR', `The connection to the printer at ${where} failed: ${err.message}`);
  }
}
