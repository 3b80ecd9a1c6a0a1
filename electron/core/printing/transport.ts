import net from 'node:net';
import type { PrintErrorCode } from '../../../shared/print/errors.ts';

/** A failed print, with the code the console translates (`print.errors.<code>`) and an English detail. */
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
  /**
   * How long to wait for the answer to the status request before telling the printer the document
   * has ended (our FIN); a printer that does not answer status requests prints only after that.
   */
  answerWaitMs?: number;
  signal?: AbortSignal;
}

const ANSWER_WAIT_MS = 1_000;

/**
 * Sends bytes to a raw TCP (port 9100, "JetDirect") printer and resolves only once the printer has
 * taken them all. The rule (see the printing README, "When a print counts as printed"):
 *
 * - Writing proves nothing: the operating system buffers a whole receipt for a printer that accepted
 *   the connection and then stopped reading or died. So the data ends with DLE EOT 1 (a real-time
 *   status request, see escpos.ts) and the connection stays open both ways.
 * - The printer answers the status request (any byte back): it read up to our last byte. Printed.
 * - No answer within `answerWaitMs`: we half-close (FIN after our last byte). A printer that reads
 *   to the end sees it and closes its side; that clean close, after our FIN, counts as printed.
 * - The printer closes its side before we sent our FIN, without answering: it cannot have seen the
 *   end of the document (it hung up or crashed after accepting). Failed.
 * - A reset (ECONNRESET, EPIPE: a printer that closes with our bytes unread resets the connection),
 *   a connection error, or silence past the write timeout: failed.
 *
 * On failure, or when the send is stopped (the job went to another printer, the console stops),
 * the connection is reset rather than closed, so a printer holding our bytes unread discards them
 * instead of printing a copy we no longer count on.
 */
export function sendRaw(data: Buffer, opts: RawSendOptions): Promise<void> {
  const where = `${opts.host}:${opts.port}`;
  const answerWaitMs = Math.min(opts.answerWaitMs ?? ANSWER_WAIT_MS, Math.floor(opts.writeTimeoutMs / 2));
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let connected = false;
    let finSent = false;
    // Half-open allowed: the printer closing its side must not close ours before we decide.
    const socket = new net.Socket({ allowHalfOpen: true });
    socket.setNoDelay(true);
    let writeTimer: NodeJS.Timeout | undefined;
    let answerTimer: NodeJS.Timeout | undefined;

    const finish = (err?: PrintError) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(writeTimer);
      clearTimeout(answerTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) {
        if (socket.destroyed || !connected) socket.destroy();
        else socket.resetAndDestroy();
        reject(err);
        return;
      }
      // Printed. The connection winds down on its own, so nothing still in flight is cut off; a
      // printer that never closes is let go after a while.
      socket.removeAllListeners('data');
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      if (!finSent) socket.end();
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
    const hungUp = () =>
      new PrintError('CONNECTION_CLOSED', `The printer at ${where} closed the connection before taking the whole document`);

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
      socket.write(data, (err) => {
        if (err || settled) return; // the 'error' event reports it
        answerTimer = setTimeout(() => {
          finSent = true;
          socket.end();
        }, answerWaitMs);
      });
    });
    // Any byte back is the answer to the status request, our last byte: the printer read it all.
    socket.on('data', () => finish());
    socket.on('end', () => {
      // The printer closed its side. After our FIN it read to the end and hung up; before it, it
      // could not have seen the end of the document.
      if (finSent) finish();
      else finish(hungUp());
    });
    socket.on('error', (err: NodeJS.ErrnoException) => finish(describe(err, where, connected, opts)));
    socket.on('close', () => finish(hungUp()));
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
