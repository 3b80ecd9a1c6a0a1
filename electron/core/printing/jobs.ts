import type Database from 'better-sqlite3';
import type { JobStatus, PrintJob } from '../../../shared/contract/print.ts';
import { AppError } from '../../../shared/errors.ts';
import { printDocument, type DocumentKind, type PaperSize, type PrintDocument } from '../../../shared/print/layout.ts';

/**
 * Reading print jobs: one job, its document, the job history. Apart from the queue's writes
 * (service.ts), so the reader worker that lists the history loads no renderer or printer code.
 */

interface JobRow {
  id: number;
  kind: DocumentKind;
  title: string;
  printer_id: number;
  printer_name: string;
  paper: PaperSize;
  copies: number;
  status: JobStatus;
  attempts: number;
  next_attempt_ms: number;
  last_error_code: string | null;
  last_error: string | null;
  reprint_of: number | null;
  superseded_by: number | null;
  created_by: number | null;
  created_by_name: string | null;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

const JOB_SELECT = `SELECT j.id, j.kind, j.title, j.printer_id, p.name AS printer_name, j.paper, j.copies, j.status, j.attempts,
       j.next_attempt_ms, j.last_error_code, j.last_error, j.reprint_of, j.superseded_by, j.created_by, s.name AS created_by_name,
       j.created_at, j.updated_at, j.printed_at
  FROM print_jobs j JOIN printers p ON p.id = j.printer_id LEFT JOIN staff s ON s.id = j.created_by`;

const toJob = (r: JobRow): PrintJob => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  printerId: r.printer_id,
  printerName: r.printer_name,
  paper: r.paper,
  copies: r.copies,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'queued' && r.attempts > 0 && r.next_attempt_ms > 0 ? new Date(r.next_attempt_ms).toISOString() : null,
  lastErrorCode: r.last_error_code,
  lastError: r.last_error,
  reprintOf: r.reprint_of,
  supersededBy: r.superseded_by,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  printedAt: r.printed_at,
});

export function getJob(db: Database.Database, id: number): PrintJob {
  const r = db.prepare(`${JOB_SELECT} WHERE j.id = ?`).get(id) as JobRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', `There is no print job ${id}`, { id: 'is not a print job' });
  return toJob(r);
}

/** Whether a document of this kind and title came out on paper before (a job printed): a copy made now is a reprint. */
export function printedBefore(db: Database.Database, kind: DocumentKind, title: string): boolean {
  return db.prepare("SELECT 1 FROM print_jobs WHERE kind = ? AND status = 'done' AND title = ? LIMIT 1").get(kind, title) !== undefined;
}

export function getJobDocument(db: Database.Database, id: number): { job: PrintJob; document: PrintDocument } {
  const job = getJob(db, id);
  const { document_json } = db.prepare('SELECT document_json FROM print_jobs WHERE id = ?').get(id) as { document_json: string };
  const parsed = printDocument.safeParse(JSON.parse(document_json));
  if (!parsed.success) {
    throw new AppError('INVALID_STATE', `Print job ${id} has no document to print again`, { id: 'has no document to print' });
  }
  return { job, document: parsed.data };
}

export interface JobsQuery {
  status?: JobStatus | undefined;
  problems?: boolean | undefined;
  printerId?: number | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export function listJobs(db: Database.Database, q: JobsQuery): { rows: PrintJob[]; nextBeforeId: number | null } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.problems) where.push("(j.status = 'failed' OR (j.status = 'queued' AND j.attempts > 0)) AND j.superseded_by IS NULL");
  if (q.status) {
    where.push('j.status = ?');
    args.push(q.status);
  }
  if (q.printerId) {
    where.push('j.printer_id = ?');
    args.push(q.printerId);
  }
  if (q.beforeId) {
    where.push('j.id < ?');
    args.push(q.beforeId);
  }
  const rows = db
    .prepare(`${JOB_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.id DESC LIMIT ?`)
    .all(...args, q.limit + 1) as JobRow[];
  const page = rows.slice(0, q.limit);
  return { rows: page.map(toJob), nextBeforeId: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null };
}
