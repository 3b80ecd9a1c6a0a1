import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import { reviveThrown, type ReadCall, type ReaderReady, type ReadReply, type ReaderSetup, type ReadContext } from './messages.ts';

export interface ReaderPoolOptions {
  /** The store file the workers open read-only. */
  dbFile: string;
  /** The worker's entry file: the TypeScript source beside this file by default, or `reader-worker.js` in the built main. */
  entry?: string | URL;
  /** How many workers at most (1 or 2 by default: one core is left for the core's own thread). */
  size?: number;
}

interface Pending {
  call: ReadCall;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  settled: Promise<void>;
}

interface Reader {
  worker: Worker;
  busy: Pending | null;
  /** Settles when the worker's connection is open (or it stopped before that). */
  ready: Promise<void>;
  exited: Promise<void>;
}

/** The worker entry beside this module: `.ts` under tsx and vitest, `.js` when bundled. */
function defaultReaderEntry(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './reader-worker.ts' : './reader-worker.js', here));
}

/**
 * Under tsx and vitest the entry is TypeScript, so the worker needs tsx's loader too: found from this
 * file rather than the working directory, which a test or the CLI may have changed.
 */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

const crashed = () =>
  new AppError('INTERNAL', 'The reader worker stopped while reading; nothing was changed. Try again: a fresh reader is started.');

/**
 * A few worker threads, each with its own read-only connection to the store, for the contract's heavy
 * reads (`runsOn: 'reader'`). Workers start on the first call and each takes one call at a time; the
 * rest wait in order. A worker that dies fails only the call it was running, and the next call
 * starts a fresh one. Idle workers do not keep the process alive.
 */
export class ReaderPool {
  readonly #dbFile: string;
  readonly #entry: string;
  readonly #size: number;
  readonly #readers: Reader[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;
  #paused = false;

  constructor(options: ReaderPoolOptions) {
    this.#dbFile = options.dbFile;
    const entry = options.entry ?? defaultReaderEntry();
    this.#entry = entry instanceof URL ? fileURLToPath(entry) : entry;
    this.#size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism() - 1));
  }

  /** Workers running now (for tests and diagnostics). */
  get workers(): number {
    return this.#readers.length;
  }

  /**
   * Starts the workers now rather than on the first heavy read, and resolves when their connections
   * are open: the app and the station do this at start-up, so the first report does not wait for one.
   */
  async start(): Promise<void> {
    if (this.#closed || this.#paused) return;
    while (this.#readers.length < this.#size) this.#spawn();
    await Promise.all(this.#readers.map((r) => r.ready));
  }

  /** Runs the read named `name` in a worker; resolves with its value or rejects with its error. */
  run(name: string, input: unknown, ctx: ReadContext): Promise<unknown> {
    if (this.#closed) return Promise.reject(new AppError('STORE_BUSY', 'The store is closed'));
    let resolve!: (value: unknown) => void;
    let reject!: (err: Error) => void;
    const result = new Promise<unknown>((res, rej) => ((resolve = res), (reject = rej)));
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.#queue.push({ call: { id: this.#nextId++, name, input, ctx }, resolve, reject, settled });
    this.#pump();
    return result;
  }

  /**
   * Lets the running reads finish, closes every worker's connection, runs `replace` (which swaps the
   * store file) and lets the waiting reads go on, in workers that open the new file.
   */
  async closedWhile(replace: () => void): Promise<void> {
    this.#paused = true;
    try {
      await Promise.all(this.#readers.map((r) => r.busy?.settled ?? Promise.resolve()));
      await this.#stopAll();
      replace();
    } finally {
      this.#paused = false;
      this.#pump();
    }
  }

  /** Fails the waiting and running reads and stops the workers (their connections close as they exit). */
  close(): void {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new AppError('STORE_BUSY', 'The store is closed'));
    for (const reader of this.#readers) {
      reader.busy?.reject(new AppError('STORE_BUSY', 'The store is closed'));
      reader.busy = null;
      void reader.worker.terminate();
    }
  }

  async #stopAll(): Promise<void> {
    const readers = [...this.#readers];
    for (const reader of readers) void reader.worker.terminate();
    await Promise.all(readers.map((r) => r.exited));
  }

  #pump(): void {
    if (this.#paused || this.#closed) return;
    while (this.#queue.length > 0) {
      const reader = this.#readers.find((r) => r.busy === null) ?? (this.#readers.length < this.#size ? this.#spawn() : null);
      if (!reader) return;
      const pending = this.#queue.shift() as Pending;
      reader.busy = pending;
      reader.worker.ref();
      reader.worker.postMessage(pending.call);
    }
  }

  #spawn(): Reader {
    const setup: ReaderSetup = { dbFile: this.#dbFile };
    const worker = new Worker(this.#entry, {
      workerData: setup,
      ...(this.#entry.endsWith('.ts') ? { execArgv: ['--import', tsxLoader()] } : {}),
    });
    worker.unref();
    let failure: Error | null = null;
    let markReady!: () => void;
    let markExited!: () => void;
    const reader: Reader = {
      worker,
      busy: null,
      ready: new Promise((res) => (markReady = res)),
      exited: new Promise((res) => (markExited = res)),
    };
    worker.on('message', (reply: ReadReply | ReaderReady) => {
      if ('ready' in reply) return markReady();
      const pending = reader.busy;
      if (!pending || pending.call.id !== reply.id) return;
      reader.busy = null;
      worker.unref();
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(reviveThrown(reply.error));
      this.#pump();
    });
    worker.on('error', (err: Error) => {
      failure = err;
    });
    worker.on('exit', (code) => {
      const index = this.#readers.indexOf(reader);
      if (index >= 0) this.#readers.splice(index, 1);
      const pending = reader.busy;
      reader.busy = null;
      if (pending) {
        console.error(`A reader worker stopped (exit ${code}) while running ${pending.call.name}`, failure ?? '');
        pending.reject(crashed());
      }
      markReady();
      markExited();
      this.#pump();
    });
    this.#readers.push(reader);
    return reader;
  }
}
