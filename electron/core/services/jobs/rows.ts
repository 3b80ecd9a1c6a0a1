import type Database from 'better-sqlite3';
import { assetLabel } from '../../../../shared/contract/customers.ts';
import type { JobStatus } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import type { JobAssetKind } from '../../../../shared/contract/jobs-settings.ts';
import { AppError } from '../../../../shared/errors.ts';
import { owedOnJob } from '../cashier/index.ts';
import type { JobLine, JobState } from './job-state.ts';

/** A job's row as the store keeps it. */
export interface JobRow {
  id: number;
  number: string;
  customer_id: number;
  asset_id: number | null;
  asset_kind: JobAssetKind;
  service_id: number | null;
  fault: string;
  findings: string;
  accessories_json: string;
  condition_json: string;
  passcode: string;
  deposit_minor: number;
  promised_ready_at: string | null;
  mileage_km: number | null;
  warranty_json: string | null;
  status: JobStatus;
  status_since: string;
  technician_id: number | null;
  answer_returns_to: JobStatus | null;
  paused_from: JobStatus | null;
  qc_self_by: number | null;
  qc_second_by: number | null;
  paid_marked_by: number | null;
  credit_approved_by: number | null;
  answers_json: string;
  source: Job['source']['kind'];
  ticket_id: number | null;
  appointment_id: number | null;
  created_at: string;
  created_by: number;
  ready_at: string | null;
  closed_at: string | null;
}

export interface LineRow {
  line_no: number;
  kind: JobLine['kind'];
  description: string;
  quantity: number;
  unit_price_minor: number;
  status: JobLine['status'];
  warranty_covered: number;
}

export function requireJobRow(db: Database.Database, jobId: number, field = 'jobId'): JobRow {
  const row = db.prepare('SELECT * FROM jobs WHERE id = ?').get(jobId) as JobRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no job with id ${jobId}`, { [field]: 'is not a job' });
  return row;
}

export function linesOf(db: Database.Database, jobId: number): LineRow[] {
  return db.prepare('SELECT * FROM job_lines WHERE job_id = ? ORDER BY line_no').all(jobId) as LineRow[];
}

/** What the state machine knows of a job, from its row and lines. */
export function stateOf(row: JobRow, lines: readonly LineRow[]): JobState {
  return {
    status: row.status,
    technicianId: row.technician_id,
    lines: lines.map((l) => ({
      id: l.line_no,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unit_price_minor,
      status: l.status,
    })),
    answers: JSON.parse(row.answers_json) as JobState['answers'],
    answerReturnsTo: row.answer_returns_to,
    pausedFrom: row.paused_from,
    qc: { selfCheckBy: row.qc_self_by, secondCheckBy: row.qc_second_by },
    settlement: { paidMarkedBy: row.paid_marked_by, creditApprovedBy: row.credit_approved_by },
  };
}

/** Accepted lines the warranty does not cover. */
export function estimateOf(lines: readonly Pick<LineRow, 'status' | 'warranty_covered' | 'quantity' | 'unit_price_minor'>[]): number {
  return lines
    .filter((l) => l.status === 'accepted' && l.warranty_covered === 0)
    .reduce((sum, l) => sum + l.quantity * l.unit_price_minor, 0);
}

/**
 * What the customer still owes on a job, as the cashier knows it: its work bill's balance once billed,
 * else the estimate less the deposit actually paid (an agreed deposit not yet taken is still owed).
 */
export const owedOf = (db: Database.Database, jobId: number, estimateMinor: number): number => owedOnJob(db, jobId, estimateMinor);

/** An asset's label for lists, from the columns a join brings. */
export function labelOf(a: {
  kind: JobAssetKind;
  brand: string | null;
  model: string | null;
  imei: string | null;
  serial: string | null;
  plate: string | null;
  vin: string | null;
}): string | null {
  if (a.kind === 'none') return null;
  return assetLabel({ ...a, kind: a.kind, brand: a.brand ?? '', model: a.model ?? '' });
}
