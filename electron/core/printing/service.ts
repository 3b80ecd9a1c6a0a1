import type Database from 'better-sqlite3';
import type { JobStatus, PrintJob, PrintRoute, Printer, PrinterInput } from '../../../shared/contract/print.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  ROLL_PAPERS,
  ROUTED_KINDS,
  printDocument,
  type DocumentKind,
  type PaperSize,
  type PrintDocument,
  type RoutedKind,
} from '../../../shared/print/layout.ts';
import type { CallContext } from '../context.ts';
import type { Core } from '../core.ts';
import { recordAudit } from '../services/audit.ts';
import { formatInstant } from '../../../shared/time.ts';
import { findProfile } from '../services/profile.ts';
import { renderEscPos } from './escpos.ts';
import { printT } from './i18n.ts';
import { renderHtml } from './html.ts';
import { getJob, getJobDocument } from './jobs.ts';

/** Printers, routes and the print queue as stored records. Every change is audited in its transaction. */

interface PrinterRow {
  id: number;
  name: string;
  connection: 'network' | 'system';
  host: string | null;
  port: number | null;
  system_name: string | null;
  language: 'escpos' | 'page';
  paper: PaperSize;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface StoredPrinter extends Printer {
  active: boolean;
}

const toPrinter = (r: PrinterRow): StoredPrinter => ({
  id: r.id,
  name: r.name,
  connection: r.connection,
  host: r.host,
  port: r.port,
  systemName: r.system_name,
  language: r.language,
  paper: r.paper,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  active: r.active === 1,
});

const publicPrinter = ({ active: _active, ...p }: StoredPrinter): Printer => p;

export function listPrinters(db: Database.Database): Printer[] {
  return (db.prepare('SELECT * FROM printers WHERE active = 1 ORDER BY name COLLATE NOCASE, id').all() as PrinterRow[]).map((r) =>
    publicPrinter(toPrinter(r)),
  );
}

/** Any printer by id, removed ones included (a job names the printer it was for). */
export function findPrinter(db: Database.Database, id: number): StoredPrinter | null {
  const r = db.prepare('SELECT * FROM printers WHERE id = ?').get(id) as PrinterRow | undefined;
  return r ? toPrinter(r) : null;
}

export function requireActivePrinter(db: Database.Database, id: number, field = 'printerId'): StoredPrinter {
  const p = findPrinter(db, id);
  if (!p || !p.active)
    throw new AppError('NOT_FOUND', `There is no printer with id ${id}`, { [field]: 'is not a printer (it may have been removed)' });
  return p;
}

/** A saved printer, and the documents that were pointed at it because it is the first printer. */
export type SavedPrinter = Printer & { routesSet: RoutedKind[] };

export function savePrinter(ctx: CallContext, input: PrinterInput): SavedPrinter {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  return db
    .transaction(() => {
      const before = input.id ? requireActivePrinter(db, input.id, 'id') : null;
      const clash = db.prepare('SELECT id FROM printers WHERE active = 1 AND name = ? AND id IS NOT ?').get(input.name, input.id ?? null);
      if (clash)
        throw new AppError('CONFLICT', `A printer named "${input.name}" already exists`, {
          name: 'is already the name of another printer',
        });
      const row = {
        name: input.name,
        connection: input.connection,
        host: input.connection === 'network' ? input.host : null,
        port: input.connection === 'network' ? input.port : null,
        systemName: input.connection === 'system' ? input.systemName : null,
        language: input.connection === 'network' ? 'escpos' : input.language,
        paper: input.paper,
        now,
      };
      if (row.language === 'escpos' && !ROLL_PAPERS.includes(row.paper)) {
        throw new AppError('VALIDATION', 'Invalid input: paper must be a roll or label for a thermal printer', {
          paper: 'a thermal printer takes 58mm, 80mm or label40x30 paper',
        });
      }
      let id: number;
      if (before) {
        db.prepare(
          `UPDATE printers SET name = @name, connection = @connection, host = @host, port = @port, system_name = @systemName,
             language = @language, paper = @paper, updated_at = @now WHERE id = @id`,
        ).run({ ...row, id: before.id });
        id = before.id;
      } else {
        id = Number(
          db
            .prepare(
              `INSERT INTO printers (name, connection, host, port, system_name, language, paper, created_at, updated_at)
               VALUES (@name, @connection, @host, @port, @systemName, @language, @paper, @now, @now)`,
            )
            .run(row).lastInsertRowid,
        );
      }
      const after = requireActivePrinter(db, id);
      // A route whose paper this printer can no longer take falls back to the printer's own paper.
      if (after.language === 'escpos') {
        db.prepare(
          `UPDATE print_routes SET paper = ?, updated_at = ? WHERE printer_id = ? AND paper NOT IN ('58mm', '80mm', 'label40x30')`,
        ).run(after.paper, now, id);
      }
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: before ? 'print.printer.update' : 'print.printer.create',
        entity: 'printer',
        entityId: id,
        before: before ? publicPrinter(before) : undefined,
        after: publicPrinter(after),
        origin: ctx.origin,
      });
      const routesSet = before ? [] : routeOrphansToFirstPrinter(ctx, after, now);
      return { ...publicPrinter(after), routesSet };
    })
    .immediate();
}

/**
 * The first printer prints everything: a new printer that is the only active one takes every
 * document that has no printer, on the paper it holds (an admin changes this in the routes table).
 * Recorded as a route change. Run inside the caller's transaction.
 */
function routeOrphansToFirstPrinter(ctx: CallContext, printer: StoredPrinter, now: string): RoutedKind[] {
  const { db } = ctx.core;
  const others = db.prepare('SELECT count(*) AS n FROM printers WHERE active = 1 AND id != ?').get(printer.id) as { n: number };
  if (others.n > 0) return [];
  const before = getRoutes(db);
  const orphans = before.filter((r) => r.printerId === null).map((r) => r.kind);
  if (orphans.length === 0) return [];
  const upsert = db.prepare(
    `INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES (@kind, @printerId, @paper, 1, @now)
     ON CONFLICT (kind) DO UPDATE SET printer_id = @printerId, paper = @paper, updated_at = @now`,
  );
  for (const kind of orphans) upsert.run({ kind, printerId: printer.id, paper: printer.paper, now });
  recordAudit(db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: 'print.routes.update',
    entity: 'print_routes',
    before,
    after: getRoutes(db),
    origin: ctx.origin,
  });
  return orphans;
}

/**
 * Removes a printer from use. Its record stays for the jobs that name it; documents routed to it
 * are no longer printed until an admin picks another printer, and its waiting jobs become print
 * problems that can be sent to another printer.
 */
export function removePrinter(ctx: CallContext, id: number): { failedJobs: number[] } {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const result = db
    .transaction(() => {
      const before = requireActivePrinter(db, id, 'id');
      db.prepare('UPDATE printers SET active = 0, updated_at = ? WHERE id = ?').run(now, id);
      db.prepare('UPDATE print_routes SET printer_id = NULL, updated_at = ? WHERE printer_id = ?').run(now, id);
      const waiting = (db.prepare("SELECT id FROM print_jobs WHERE printer_id = ? AND status = 'queued'").all(id) as { id: number }[]).map(
        (r) => r.id,
      );
      db.prepare(
        `UPDATE print_jobs SET status = 'failed', last_error_code = 'PRINTER_REMOVED', last_error = ?, updated_at = ?
          WHERE printer_id = ? AND status = 'queued'`,
      ).run(`The printer "${before.name}" was removed before this printed`, now, id);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'print.printer.remove',
        entity: 'printer',
        entityId: id,
        before: publicPrinter(before),
        after: { failedJobs: waiting },
        origin: ctx.origin,
      });
      return { failedJobs: waiting };
    })
    .immediate();
  for (const jobId of result.failedJobs) emitJob(ctx.core, jobId);
  return result;
}

// ---- routes ---------------------------------------------------------------------------------

const DEFAULT_ROUTE_PAPER: Record<RoutedKind, PaperSize> = {
  queueSlip: '80mm',
  jobTicket: '80mm',
  deviceLabel: 'label40x30',
  deliveryNote: '80mm',
  receipt: '80mm',
  report: 'A4',
};

export function getRoutes(db: Database.Database): PrintRoute[] {
  const rows = db.prepare('SELECT kind, printer_id, paper, copies FROM print_routes').all() as {
    kind: RoutedKind;
    printer_id: number | null;
    paper: PaperSize;
    copies: number;
  }[];
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return ROUTED_KINDS.map((kind) => {
    const r = byKind.get(kind);
    return r
      ? { kind, printerId: r.printer_id, paper: r.paper, copies: r.copies }
      : { kind, printerId: null, paper: DEFAULT_ROUTE_PAPER[kind], copies: 1 };
  });
}

export function saveRoutes(ctx: CallContext, routes: PrintRoute[]): PrintRoute[] {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  return db
    .transaction(() => {
      const before = getRoutes(db);
      const seen = new Set<string>();
      routes.forEach((route, i) => {
        if (seen.has(route.kind))
          throw new AppError('VALIDATION', `Invalid input: ${route.kind} is listed twice`, { [`routes.${i}.kind`]: 'is listed twice' });
        seen.add(route.kind);
        if (route.printerId !== null) {
          const p = requireActivePrinter(db, route.printerId, `routes.${i}.printerId`);
          if (p.language === 'escpos' && !ROLL_PAPERS.includes(route.paper)) {
            throw new AppError('VALIDATION', `Invalid input: ${p.name} is a thermal printer and cannot print ${route.paper}`, {
              [`routes.${i}.paper`]: 'a thermal printer takes 58mm, 80mm or label40x30 paper',
            });
          }
        }
      });
      const upsert = db.prepare(
        `INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES (@kind, @printerId, @paper, @copies, @now)
         ON CONFLICT (kind) DO UPDATE SET printer_id = @printerId, paper = @paper, copies = @copies, updated_at = @now`,
      );
      for (const route of routes) upsert.run({ ...route, now });
      const after = getRoutes(db);
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'print.routes.update',
        entity: 'print_routes',
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}

// ---- jobs -----------------------------------------------------------------------------------

/** The paper a printer prints a document on: what was asked for when the printer can take it, else its own. */
export function paperFor(printer: StoredPrinter | Printer, requested?: PaperSize): PaperSize {
  if (!requested) return printer.paper;
  if (printer.language === 'escpos' && !ROLL_PAPERS.includes(requested)) return printer.paper;
  return requested;
}

/** Renders what a printer is sent: ESC/POS bytes for a thermal printer, the HTML page otherwise. */
export function renderPayload(doc: PrintDocument, printer: Printer, paper: PaperSize): { type: 'escpos' | 'html'; payload: Buffer } {
  if (printer.language === 'escpos') return { type: 'escpos', payload: renderEscPos(doc, { paper }) };
  return { type: 'html', payload: Buffer.from(renderHtml(doc, paper), 'utf8') };
}

export function emitJob(core: Core, id: number): void {
  const r = core.db.prepare('SELECT id, status, printer_id, attempts, last_error_code FROM print_jobs WHERE id = ?').get(id) as
    { id: number; status: JobStatus; printer_id: number; attempts: number; last_error_code: string | null } | undefined;
  if (!r) return;
  core.events.emit({
    type: 'print.job',
    id: r.id,
    status: r.status,
    printerId: r.printer_id,
    attempts: r.attempts,
    errorCode: r.last_error_code,
  });
  core.events.emit({ type: 'invalidate', prefixes: ['print.jobs'] });
}

export interface EnqueueRequest {
  /** The document, or a builder given the new job's number (the test page prints its own number). */
  document: PrintDocument | ((jobId: number) => PrintDocument);
  kind: DocumentKind;
  /** A printer by id; without one the kind's route decides. */
  printerId?: number;
  paper?: PaperSize;
  copies?: number;
  reprintOf?: number;
  /** The document was printed before: it carries the reprint mark ("REPRINT" / "重印") on paper. */
  reprintMark?: boolean;
}

/** The document with the reprint mark and the time, in its own language and the store's time zone. */
function markedAsReprint(core: Core, doc: PrintDocument): PrintDocument {
  const t = printT(doc.locale);
  const zone = findProfile(core.db)?.timeZone ?? 'UTC';
  return {
    ...doc,
    reprint: { label: t('reprint.mark'), at: t('reprint.at', { time: formatInstant(core.nowIso(), zone, 'yyyy-MM-dd HH:mm') }) },
  };
}

/** The document a builder made, checked against the layout schema: a bad block is refused naming its field. */
function checkedDocument(doc: PrintDocument): PrintDocument {
  const checked = printDocument.safeParse(doc);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'document';
  throw new AppError('VALIDATION', `The document cannot be printed: ${field} ${issue.message}`, { [field]: issue.message });
}

/**
 * Puts a document in the print queue: the feature issues call this to print. The job is stored
 * (document and rendered payload) before anything is sent, so nothing is lost if the printer is
 * off or the console restarts; the worker picks it up at once.
 */
export function enqueuePrint(ctx: CallContext, req: EnqueueRequest): PrintJob {
  const { core } = ctx;
  const { db } = core;
  const now = core.nowIso();
  const id = db
    .transaction(() => {
      let printerId = req.printerId;
      let paper = req.paper;
      let copies = req.copies ?? 1;
      if (printerId === undefined) {
        const route = getRoutes(db).find((r) => r.kind === req.kind);
        if (!route || route.printerId === null) {
          throw new AppError('CONFLICT', `No printer is chosen for ${req.kind} documents: choose one in Settings, Printers`, {
            printerId: 'no printer is chosen for this document',
          });
        }
        printerId = route.printerId;
        paper ??= route.paper;
        copies = req.copies ?? route.copies;
      }
      const printer = requireActivePrinter(db, printerId);
      const usedPaper = paperFor(printer, paper);
      const jobId = Number(
        db
          .prepare(
            `INSERT INTO print_jobs (kind, title, printer_id, paper, copies, document_json, payload_type, payload, status, attempts,
               next_attempt_ms, reprint_of, created_by, origin, created_at, updated_at)
             VALUES (?, '', ?, ?, ?, '{}', 'html', x'', 'queued', 0, 0, ?, ?, ?, ?, ?)`,
          )
          .run(req.kind, printer.id, usedPaper, copies, req.reprintOf ?? null, ctx.actor?.id ?? null, ctx.origin, now, now).lastInsertRowid,
      );
      const built = typeof req.document === 'function' ? req.document(jobId) : req.document;
      const doc = checkedDocument(req.reprintMark ? markedAsReprint(core, built) : built);
      const rendered = renderPayload(doc, printer, usedPaper);
      db.prepare('UPDATE print_jobs SET title = ?, document_json = ?, payload_type = ?, payload = ? WHERE id = ?').run(
        doc.title.slice(0, 200),
        JSON.stringify(doc),
        rendered.type,
        rendered.payload,
        jobId,
      );
      if (req.reprintOf !== undefined) {
        // A job still waiting to be tried again is withdrawn, so it cannot print twice once its printer is back.
        db.prepare(
          "UPDATE print_jobs SET superseded_by = ?, status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END, updated_at = ? WHERE id = ? AND superseded_by IS NULL",
        ).run(jobId, now, req.reprintOf);
        recordAudit(db, {
          at: now,
          actorId: ctx.actor?.id ?? null,
          action: 'print.job.reprint',
          entity: 'print_job',
          entityId: req.reprintOf,
          after: { newJobId: jobId, printerId: printer.id },
          origin: ctx.origin,
        });
      }
      return jobId;
    })
    .immediate();
  if (req.reprintOf !== undefined) emitJob(core, req.reprintOf);
  emitJob(core, id);
  return getJob(db, id);
}

/**
 * Prints what a write produced, after that write committed: the document goes to the print queue when
 * a printer is routed for its kind (null when none is). It never throws, so a committed number or
 * check-in is never reported as failed: when the document cannot be built, rendered or queued, a
 * failed job with the reason is stored on the routed printer and shows in print problems instead.
 */
export function printAfterCommit(
  ctx: CallContext,
  kind: RoutedKind,
  build: () => PrintDocument,
  options: { reprintMark?: boolean } = {},
): number | null {
  let document: PrintDocument | null = null;
  try {
    const route = getRoutes(ctx.core.db).find((r) => r.kind === kind);
    if (!route || route.printerId === null) return null;
    document = build();
    return enqueuePrint(ctx, { kind, document, reprintMark: options.reprintMark ?? false }).id;
  } catch (err) {
    return recordUnprintable(ctx, kind, document, err);
  }
}

/** Stores a document that could not be queued as a failed job on its routed printer, with the reason. */
function recordUnprintable(ctx: CallContext, kind: RoutedKind, document: PrintDocument | null, err: unknown): number | null {
  const reason = err instanceof Error ? err.message : String(err);
  try {
    const { core } = ctx;
    const route = core.db.prepare('SELECT printer_id, paper, copies FROM print_routes WHERE kind = ?').get(kind) as
      { printer_id: number | null; paper: PaperSize; copies: number } | undefined;
    if (!route || route.printer_id === null) {
      console.error(`A ${kind} document could not be printed and no printer is routed for it: ${reason}`);
      return null;
    }
    const now = core.nowIso();
    const id = Number(
      core.db
        .prepare(
          `INSERT INTO print_jobs (kind, title, printer_id, paper, copies, document_json, payload_type, payload, status, attempts,
             next_attempt_ms, last_error_code, last_error, created_by, origin, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'html', x'', 'failed', 0, 0, 'PREPARE_FAILED', ?, ?, ?, ?, ?)`,
        )
        .run(
          kind,
          (document?.title ?? kind).slice(0, 200),
          route.printer_id,
          route.paper,
          route.copies,
          JSON.stringify(document ?? {}),
          reason.slice(0, 1000),
          ctx.actor?.id ?? null,
          ctx.origin,
          now,
          now,
        ).lastInsertRowid,
    );
    emitJob(core, id);
    return id;
  } catch (second) {
    console.error(`A ${kind} document could not be printed (${reason}), nor its failure recorded`, second);
    return null;
  }
}

/** Prints a stored job again, on its printer or on another: a new job, the old one marked superseded. */
export function reprintJob(ctx: CallContext, id: number, printerId?: number): PrintJob {
  const { job, document } = getJobDocument(ctx.core.db, id);
  const target = printerId ?? job.printerId;
  // Paper that came out before is marked as a reprint; a job that never printed is simply sent again.
  const printedBefore = job.status === 'done' || document.reprint !== undefined;
  return enqueuePrint(ctx, {
    document,
    kind: job.kind,
    printerId: target,
    paper: job.paper,
    copies: job.copies,
    reprintOf: id,
    reprintMark: printedBefore,
  });
}

/** Dismisses a job that is waiting or failed: it will not be printed, and leaves the problems list. */
export function cancelJob(ctx: CallContext, id: number): PrintJob {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  db.transaction(() => {
    const before = getJob(db, id);
    if (before.status !== 'queued' && before.status !== 'failed') {
      throw new AppError('CONFLICT', `Print job ${id} is ${before.status} and cannot be cancelled`, { id: `is ${before.status}` });
    }
    db.prepare("UPDATE print_jobs SET status = 'cancelled', updated_at = ? WHERE id = ?").run(now, id);
    recordAudit(db, {
      at: now,
      actorId: ctx.actor?.id ?? null,
      action: 'print.job.cancel',
      entity: 'print_job',
      entityId: id,
      before: { status: before.status },
      after: { status: 'cancelled' },
      origin: ctx.origin,
    });
  }).immediate();
  emitJob(ctx.core, id);
  return getJob(db, id);
}
