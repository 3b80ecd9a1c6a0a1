import type Database from 'better-sqlite3';
import { PASSCODE_ROLES, type Job } from '../../../../shared/contract/jobs.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { Role } from '../../../../shared/roles.ts';
import { mediaOf } from './media.ts';
import { estimateOf, labelOf, linesOf, owedOf, requireJobRow, type JobRow } from './rows.ts';

interface Names {
  customer_name: string;
  technician_name: string | null;
  creator_name: string | null;
  brand: string | null;
  model: string | null;
  imei: string | null;
  serial: string | null;
  plate: string | null;
  vin: string | null;
}

interface EventRow {
  id: number;
  event: string;
  from_status: Job['status'];
  to_status: Job['status'];
  staff_id: number;
  staff_name: string | null;
  at: string;
  detail_json: string | null;
}

/** The names of the staff who set a job's QC and settlement marks, by id. */
function namesOf(db: Database.Database, ids: readonly (number | null)[]): (id: number | null) => string | null {
  const wanted = ids.filter((id) => id !== null);
  if (wanted.length === 0) return () => null;
  const rows = db.prepare(`SELECT id, name FROM staff WHERE id IN (${wanted.map(() => '?').join(', ')})`).all(...wanted) as {
    id: number;
    name: string;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

/** Why delivery on credit was approved: the latest approval's reason. */
function creditReasonOf(events: readonly EventRow[]): string | null {
  const step = events.findLast((e) => e.event === 'approveCredit');
  if (!step || step.detail_json === null) return null;
  const detail = JSON.parse(step.detail_json) as { reason?: unknown };
  return typeof detail.reason === 'string' ? detail.reason : null;
}

/** A job with its lines, its trail (the intake from its row, then every move) and its media; the passcode only for roles that may read it. */
export function readJob(db: Database.Database, jobId: number, role: Role | null): Job {
  const row = requireJobRow(db, jobId);
  const names = db
    .prepare(
      `SELECT c.name AS customer_name, t.name AS technician_name, s.name AS creator_name,
              a.brand, a.model, a.imei, a.serial, a.plate, a.vin
         FROM customers c
         LEFT JOIN staff t ON t.id = ?
         LEFT JOIN staff s ON s.id = ?
         LEFT JOIN assets a ON a.id = ?
        WHERE c.id = ?`,
    )
    .get(row.technician_id, row.created_by, row.asset_id, row.customer_id) as Names;
  const lines = linesOf(db, row.id);
  const events = db
    .prepare(
      `SELECT e.id, e.event, e.from_status, e.to_status, e.staff_id, s.name AS staff_name, e.at, e.detail_json
         FROM job_events e LEFT JOIN staff s ON s.id = e.staff_id
        WHERE e.job_id = ? ORDER BY e.id`,
    )
    .all(row.id) as EventRow[];
  const estimateMinor = estimateOf(lines);
  const staffName = namesOf(db, [row.qc_self_by, row.qc_second_by, row.paid_marked_by, row.credit_approved_by]);
  const mayReadPasscode = role !== null && PASSCODE_ROLES.includes(role);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    statusSince: row.status_since,
    customerId: row.customer_id,
    customerName: names.customer_name,
    assetId: row.asset_id,
    assetKind: row.asset_kind,
    assetLabel: labelOf({ kind: row.asset_kind, ...names }),
    serviceId: row.service_id,
    fault: row.fault,
    findings: row.findings,
    accessories: JSON.parse(row.accessories_json) as string[],
    condition: JSON.parse(row.condition_json) as Job['condition'],
    passcode: mayReadPasscode ? row.passcode : null,
    hasPasscode: row.passcode !== '',
    depositMinor: row.deposit_minor,
    estimateMinor,
    owedMinor: owedOf(db, row.id, estimateMinor),
    promisedReadyAt: row.promised_ready_at,
    mileageKm: row.mileage_km,
    warranty: row.warranty_json === null ? null : (JSON.parse(row.warranty_json) as Job['warranty']),
    technicianId: row.technician_id,
    technicianName: names.technician_name,
    answerReturnsTo: row.answer_returns_to,
    pausedFrom: row.paused_from,
    qc: {
      selfCheckBy: row.qc_self_by,
      selfCheckByName: staffName(row.qc_self_by),
      secondCheckBy: row.qc_second_by,
      secondCheckByName: staffName(row.qc_second_by),
    },
    settlement: {
      paidMarkedBy: row.paid_marked_by,
      paidMarkedByName: staffName(row.paid_marked_by),
      creditApprovedBy: row.credit_approved_by,
      creditApprovedByName: staffName(row.credit_approved_by),
      creditReason: row.credit_approved_by === null ? null : creditReasonOf(events),
    },
    answers: JSON.parse(row.answers_json) as Job['answers'],
    source: { kind: row.source, ticketId: row.ticket_id, appointmentId: row.appointment_id },
    createdAt: row.created_at,
    createdBy: row.created_by,
    readyAt: row.ready_at,
    closedAt: row.closed_at,
    lines: lines.map((l) => ({
      id: l.line_no,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unit_price_minor,
      status: l.status,
      warrantyCovered: l.warranty_covered === 1,
    })),
    trail: [
      {
        id: 0,
        event: 'intake',
        from: null,
        to: 'received',
        by: row.created_by,
        byName: names.creator_name,
        at: row.created_at,
        detail: { source: row.source },
      },
      ...events.map((e) => ({
        id: e.id,
        event: e.event,
        from: e.from_status,
        to: e.to_status,
        by: e.staff_id,
        byName: e.staff_name,
        at: e.at,
        detail: e.detail_json === null ? null : (JSON.parse(e.detail_json) as unknown),
      })),
    ],
    media: mediaOf(db, row.id),
  };
}

/** The job a scanner or a typed number names ("J2026-000123", any case). */
export function readJobByNumber(db: Database.Database, number: string, role: Role | null): Job {
  const row = db.prepare('SELECT id FROM jobs WHERE number = ?').get(number.trim().toUpperCase()) as Pick<JobRow, 'id'> | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no job numbered ${number}`, { number: 'is not a job number' });
  return readJob(db, row.id, role);
}
