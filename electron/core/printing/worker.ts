import type { Clock } from '../clock.ts';
import type { Core } from '../core.ts';
import { printDocument, type PaperSize } from '../../../shared/print/layout.ts';
import { CMD } from './escpos.ts';
import type { SystemPrinting } from './system.ts';
import { emitJob, findPrinter, paperFor, renderPayload } from './service.ts';
import { PrintError, sendRaw, type RawSendOptions } from './transport.ts';

/** The timer functions the worker schedules with; tests may pass their own. */
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface PrintWorkerOptions {
  system: SystemPrinting;
  /** Waits before the 2nd, 3rd... attempt; after the last, the job fails (default 5 s, 20 s, 60 s). */
  retryDelaysMs?: readonly number[];
  connectTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** How long a network printer has to answer the status request before we half-close (see transport.ts). */
  answerWaitMs?: number;
  /** How long a system printer has to take a page job (Electron's print can hang on a disconnected printer). */
  systemTimeoutMs?: number;
  clock?: Clock;
  timers?: Timers;
  /** The raw TCP sender; tests may wrap it. */
  send?: (data: Buffer, opts: RawSendOptions) => Promise<void>;
}

interface JobToSend {
  id: number;
  kind: string;
  title: string;
  printer_id: number;
  paper: PaperSize;
  copies: number;
  document_json: string;
  payload_type: 'escpos' | 'html';
  payload: Buffer;
  attempts: number;
  created_at: string;
}

/**
 * Sends queued print jobs to their printers, one job at a time per printer and printers side by
 * side, so a printer that is off holds up only its own jobs. A failed attempt is retried after a
 * growing wait; after the last one the job is `failed` and shows in the print problems list.
 * Jobs are rows in the store: a job queued or in the middle of printing when the console stopped
 * is sent when the worker starts again (a job cut off mid-print may print twice; none is lost).
 */
export class PrintWorker {
  readonly #core: Core;
  readonly #system: SystemPrinting;
  readonly #delays: readonly number[];
  readonly #connectTimeoutMs: number;
  readonly #writeTimeoutMs: number;
  readonly #answerWaitMs: number | undefined;
  readonly #systemTimeoutMs: number;
  readonly #clock: Clock;
  readonly #timers: Timers;
  readonly #send: (data: Buffer, opts: RawSendOptions) => Promise<void>;
  readonly #busy = new Map<number, { jobId: number; abort: AbortController; done: Promise<void> }>();
  #running = false;
  #wake: unknown = null;
  #wakeAt = Infinity;
  #pumpQueued = false;
  #unsubscribe: (() => void) | null = null;

  constructor(core: Core, options: PrintWorkerOptions) {
    this.#core = core;
    this.#system = options.system;
    this.#delays = options.retryDelaysMs ?? [5_000, 20_000, 60_000];
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 4_000;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 15_000;
    this.#answerWaitMs = options.answerWaitMs;
    this.#systemTimeoutMs = options.systemTimeoutMs ?? 60_000;
    this.#clock = options.clock ?? core.clock;
    this.#timers = options.timers ?? realTimers;
    this.#send = options.send ?? sendRaw;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Attempts a job gets in all: the first and one per retry delay. */
  get maxAttempts(): number {
    return this.#delays.length + 1;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#recover();
    this.#unsubscribe = this.#core.events.subscribe((event) => {
      if (event.type === 'print.job') {
        this.#stopIfSuperseded(event.id);
        if (event.status === 'queued') this.kick();
      } else if (event.type === 'store.restored') {
        this.#recover();
        this.kick();
      }
    });
    this.kick();
  }

  /** Stops sending: jobs being sent are interrupted and go back to the queue, untouched otherwise. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#wake !== null) this.#timers.clearTimeout(this.#wake);
    this.#wake = null;
    this.#wakeAt = Infinity;
    const inflight = [...this.#busy.values()];
    for (const i of inflight) i.abort.abort();
    await Promise.all(inflight.map((i) => i.done));
  }

  /** Looks at the queue soon (coalesced): after a new job, or when a printer comes free. */
  kick(): void {
    if (!this.#running || this.#pumpQueued) return;
    this.#pumpQueued = true;
    queueMicrotask(() => {
      this.#pumpQueued = false;
      this.#pump();
    });
  }

  /**
   * A job sent to another printer (or printed again) while its try is still out is stopped: the
   * connection is reset so the printer drops what it has not printed, and the try is not retried.
   */
  #stopIfSuperseded(jobId: number): void {
    const inflight = [...this.#busy.values()].find((b) => b.jobId === jobId);
    if (!inflight || inflight.abort.signal.aborted) return;
    const row = this.#core.db.prepare('SELECT superseded_by FROM print_jobs WHERE id = ?').get(jobId) as
      { superseded_by: number | null } | undefined;
    if (row?.superseded_by != null) inflight.abort.abort(SUPERSEDED);
  }

  /** Jobs left `printing` by a stop or a crash go back to the queue, to be sent first. */
  #recover(): void {
    const busyIds = [...this.#busy.values()].map((b) => b.jobId);
    const rows = this.#core.db.prepare("SELECT id FROM print_jobs WHERE status = 'printing'").all() as { id: number }[];
    const now = this.#core.nowIso();
    const reset = this.#core.db.prepare(
      "UPDATE print_jobs SET status = 'queued', next_attempt_ms = 0, updated_at = ? WHERE id = ? AND status = 'printing'",
    );
    for (const { id } of rows) if (!busyIds.includes(id)) reset.run(now, id);
  }

  #pump(): void {
    if (!this.#running) return;
    let db;
    try {
      db = this.#core.db;
    } catch {
      return; // the store is closed (shutting down, or mid-restore); 'store.restored' kicks again
    }
    const queued = db
      .prepare("SELECT id, printer_id, next_attempt_ms FROM print_jobs WHERE status = 'queued' ORDER BY id LIMIT 1000")
      .all() as {
      id: number;
      printer_id: number;
      next_attempt_ms: number;
    }[];
    const now = this.#clock.now();
    const seen = new Set<number>();
    let earliest = Infinity;
    for (const row of queued) {
      // First in, first out per printer: its oldest job goes first, even while it waits to retry.
      if (seen.has(row.printer_id)) continue;
      seen.add(row.printer_id);
      if (this.#busy.has(row.printer_id)) continue;
      if (row.next_attempt_ms > now) {
        earliest = Math.min(earliest, row.next_attempt_ms);
        continue;
      }
      this.#begin(row.id, row.printer_id);
    }
    this.#scheduleWake(earliest);
  }

  #scheduleWake(at: number): void {
    if (at === Infinity || at >= this.#wakeAt) return;
    if (this.#wake !== null) this.#timers.clearTimeout(this.#wake);
    this.#wakeAt = at;
    this.#wake = this.#timers.setTimeout(
      () => {
        this.#wake = null;
        this.#wakeAt = Infinity;
        this.#pump();
      },
      Math.max(0, at - this.#clock.now()),
    );
  }

  #begin(jobId: number, printerId: number): void {
    const { db } = this.#core;
    const claimed = db
      .prepare(
        "UPDATE print_jobs SET status = 'printing', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'queued' AND superseded_by IS NULL",
      )
      .run(this.#core.nowIso(), jobId).changes;
    if (!claimed) return;
    const job = db
      .prepare(
        'SELECT id, kind, title, printer_id, paper, copies, document_json, payload_type, payload, attempts, created_at FROM print_jobs WHERE id = ?',
      )
      .get(jobId) as JobToSend;
    emitJob(this.#core, jobId);
    const abort = new AbortController();
    const done = this.#deliver(job, abort.signal)
      .then(
        () => this.#settle(job, null, abort.signal),
        (err: unknown) => this.#settle(job, err, abort.signal),
      )
      .catch((err: unknown) => console.error(`Print job ${jobId}: could not record the outcome`, err))
      .finally(() => {
        this.#busy.delete(printerId);
        this.kick();
      });
    this.#busy.set(printerId, { jobId, abort, done });
  }

  async #deliver(job: JobToSend, signal: AbortSignal): Promise<void> {
    const printer = findPrinter(this.#core.db, job.printer_id);
    if (!printer || !printer.active) throw new PrintError('PRINTER_REMOVED', `The printer was removed before this printed`, true);
    // The printer may have been changed since the job was queued: render again for what it is now.
    let payload = job.payload;
    let paper = job.paper;
    if (job.payload_type !== printer.language) {
      paper = paperFor(printer, job.paper);
      payload = renderPayload(printDocument.parse(JSON.parse(job.document_json)), printer, paper).payload;
    }
    if (printer.connection === 'network') {
      // Every copy in one connection, then the status request the transport waits on.
      const data = Buffer.concat([...Array.from({ length: job.copies }, () => payload), Buffer.from(CMD.statusRequest)]);
      await this.#send(data, {
        host: printer.host as string,
        port: printer.port as number,
        connectTimeoutMs: this.#connectTimeoutMs,
        writeTimeoutMs: this.#writeTimeoutMs,
        ...(this.#answerWaitMs !== undefined ? { answerWaitMs: this.#answerWaitMs } : {}),
        signal,
      });
      return;
    }
    const name = printer.systemName as string;
    const work =
      printer.language === 'escpos'
        ? this.#system.printRaw(
            { printerName: name, bytes: Buffer.concat(Array.from({ length: job.copies }, () => payload)), copies: 1, title: job.title },
            signal,
          )
        : this.#system.printPage(
            { printerName: name, html: payload.toString('utf8'), paper, copies: job.copies, title: job.title },
            signal,
          );
    await withTimeout(
      work,
      this.#systemTimeoutMs,
      this.#timers,
      () =>
        new PrintError(
          'SYSTEM_PRINT_FAILED',
          `The system printer ${name} did not take the document within ${this.#systemTimeoutMs / 1000} s`,
        ),
    );
  }

  #settle(job: JobToSend, err: unknown, signal: AbortSignal): void {
    let db;
    try {
      db = this.#core.db;
    } catch {
      return; // closed under us: the job stays `printing` and is recovered at the next start
    }
    const nowIso = this.#core.nowIso();
    // The store may have been swapped (a restore) while this job was out: record nothing on a row
    // that is not the job that was sent.
    const same = db
      .prepare("SELECT superseded_by FROM print_jobs WHERE id = ? AND created_at = ? AND status = 'printing'")
      .get(job.id, job.created_at) as { superseded_by: number | null } | undefined;
    if (!same) return;
    if (err && same.superseded_by !== null) {
      // Sent elsewhere while this try was out: the try was stopped (or failed) and the job is
      // withdrawn, whatever it answers; the new job is a different row and is not touched.
      db.prepare("UPDATE print_jobs SET status = 'cancelled', updated_at = ? WHERE id = ?").run(nowIso, job.id);
    } else if (!err) {
      db.prepare(
        "UPDATE print_jobs SET status = 'done', last_error_code = NULL, last_error = NULL, printed_at = ?, updated_at = ? WHERE id = ?",
      ).run(nowIso, nowIso, job.id);
    } else if (signal.aborted) {
      // Stopped by us, not by the printer: back to the queue, and this try does not count.
      db.prepare(
        "UPDATE print_jobs SET status = 'queued', attempts = max(0, attempts - 1), next_attempt_ms = 0, updated_at = ? WHERE id = ?",
      ).run(nowIso, job.id);
    } else {
      const e = err instanceof PrintError ? err : new PrintError('NETWORK_ERROR', messageOf(err));
      if (!(err instanceof PrintError)) console.error(`Print job ${job.id} failed unexpectedly`, err);
      const attempts = (db.prepare('SELECT attempts FROM print_jobs WHERE id = ?').get(job.id) as { attempts: number }).attempts;
      // A test page is tried once: whoever printed it is waiting at the printer for the answer.
      if (e.permanent || attempts >= this.maxAttempts || job.kind === 'testPage') {
        db.prepare("UPDATE print_jobs SET status = 'failed', last_error_code = ?, last_error = ?, updated_at = ? WHERE id = ?").run(
          e.code,
          e.message,
          nowIso,
          job.id,
        );
      } else {
        const delay = this.#delays[attempts - 1] ?? this.#delays.at(-1) ?? 0;
        db.prepare(
          "UPDATE print_jobs SET status = 'queued', last_error_code = ?, last_error = ?, next_attempt_ms = ?, updated_at = ? WHERE id = ?",
        ).run(e.code, e.message, this.#clock.now() + delay, nowIso, job.id);
      }
    }
    emitJob(this.#core, job.id);
  }
}

/** An Error's message, or the thrown value itself as text. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The reason a try is stopped when its job was sent elsewhere (stop() aborts without one). */
const SUPERSEDED = 'superseded';

function withTimeout<T>(work: Promise<T>, ms: number, timers: Timers, error: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.setTimeout(() => reject(error()), ms);
    work.finally(() => timers.clearTimeout(handle)).then(resolve, reject);
  });
}
