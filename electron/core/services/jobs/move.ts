import { FINAL_STATUSES, type JobEvent, type JobStatus } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { transition } from './job-machine.ts';
import type { JobState } from './job-state.ts';
import { readJob } from './read.ts';
import { estimateOf, linesOf, owedOf, requireJobRow, stateOf, type JobRow, type LineRow } from './rows.ts';

/** The dispatch target must be someone who works on jobs. */
function requireTechnician(ctx: CallContext, technicianId: number): void {
  const row = ctx.core.db.prepare('SELECT role, active FROM staff WHERE id = ?').get(technicianId) as
    { role: string; active: number } | undefined;
  if (!row || row.active !== 1 || !['technician', 'manager', 'admin'].includes(row.role))
    throw new AppError('VALIDATION', 'Invalid input: event.technicianId is not an active technician', {
      'event.technicianId': 'is not an active technician',
    });
}

/** The event's own fields (reason, note, answer, lines), as its trail step keeps them. */
function detailOf(event: JobEvent): Record<string, unknown> {
  const { type: _type, ...fields } = event;
  return fields;
}

function saveState(ctx: CallContext, row: JobRow, before: readonly LineRow[], state: JobState, event: JobEvent, nowIso: string): void {
  const { db } = ctx.core;
  const moved = state.status !== row.status;
  const findings = event.type === 'findWork' && event.note !== '' ? [row.findings, event.note].filter(Boolean).join('\n') : row.findings;
  db.prepare(
    `UPDATE jobs SET status = @status, status_since = @since, technician_id = @technician, answer_returns_to = @returnsTo,
            paused_from = @pausedFrom, qc_self_by = @self, qc_second_by = @second, paid_marked_by = @paid,
            credit_approved_by = @credit, answers_json = @answers, findings = @findings,
            ready_at = coalesce(ready_at, @readyAt), closed_at = @closedAt, updated_at = @now
      WHERE id = @id`,
  ).run({
    id: row.id,
    status: state.status,
    since: moved ? nowIso : row.status_since,
    technician: state.technicianId,
    returnsTo: state.answerReturnsTo,
    pausedFrom: state.pausedFrom,
    self: state.qc.selfCheckBy,
    second: state.qc.secondCheckBy,
    paid: state.settlement.paidMarkedBy,
    credit: state.settlement.creditApprovedBy,
    answers: JSON.stringify(state.answers),
    findings,
    readyAt: state.status === 'ready' ? nowIso : null,
    closedAt: FINAL_STATUSES.includes(state.status) ? nowIso : null,
    now: nowIso,
  });
  const known = new Map(before.map((l) => [l.line_no, l]));
  const insert = db.prepare(
    `INSERT INTO job_lines (job_id, line_no, kind, description, quantity, unit_price_minor, status, warranty_covered, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  );
  const update = db.prepare('UPDATE job_lines SET status = ? WHERE job_id = ? AND line_no = ?');
  for (const line of state.lines) {
    const was = known.get(line.id);
    if (!was) insert.run(row.id, line.id, line.kind, line.description, line.quantity, line.unitPriceMinor, line.status, nowIso);
    else if (was.status !== line.status) update.run(line.status, row.id, line.id);
  }
}

/** The money side of a step, for the owner: marked paid, delivery on credit, extra work the customer approved. */
function auditMoney(ctx: CallContext, row: JobRow, event: JobEvent, owedMinor: number, state: JobState, nowIso: string): void {
  const base = { at: nowIso, actorId: requireActor(ctx).id, entity: 'job', entityId: row.number, origin: ctx.origin } as const;
  const { db } = ctx.core;
  if (event.type === 'markPaid') recordAudit(db, { ...base, action: 'job.markPaid', after: { owedMinor } });
  if (event.type === 'approveCredit') recordAudit(db, { ...base, action: 'job.approveCredit', after: { owedMinor, reason: event.reason } });
  if (event.type === 'recordAnswer' && event.decision === 'approved') {
    const approved = state.answers.at(-1)?.lineIds ?? [];
    const lines = state.lines.filter((l) => approved.includes(l.id));
    const addedMinor = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
    recordAudit(db, {
      ...base,
      action: 'job.extraApproved',
      after: { addedMinor, answeredBy: event.answeredBy, channel: event.channel, answeredAt: event.answeredAt },
    });
  }
}

/**
 * One event through the state machine inside the caller's transaction: the new state on the job's row
 * and lines, the step on its trail (with `detail` beside the event's own fields: what a pickup
 * recorded), and the money-affecting steps in the audit log. A refusal throws before anything is
 * written: INVALID_STATE (FORBIDDEN for a role that may not) with the machine's code as params.reason.
 */
export function moveJobTx(ctx: CallContext, jobId: number, event: JobEvent, detail: Record<string, unknown> | null = null): void {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const row = requireJobRow(db, jobId);
  if (event.type === 'assign') requireTechnician(ctx, event.technicianId);
  const lines = linesOf(db, jobId);
  const owedMinor = owedOf(db, row.id, estimateOf(lines));
  const nowIso = ctx.core.nowIso();
  const result = transition(stateOf(row, lines), event, { id: actor.id, role: actor.role }, { now: nowIso, owedMinor });
  if (!result.ok) {
    const { code, params } = result.refusal;
    const message = `Job ${row.number} cannot ${event.type} now (${code})`;
    throw new AppError(
      code === 'roleNotAllowed' ? 'FORBIDDEN' : 'INVALID_STATE',
      message,
      {},
      { reason: code, state: row.status, ...params },
    );
  }
  saveState(ctx, row, lines, result.state, event, nowIso);
  const { step } = result;
  const fields = { ...detailOf(event), ...detail };
  db.prepare(
    'INSERT INTO job_events (job_id, event, from_status, to_status, staff_id, at, detail_json, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    jobId,
    step.event,
    step.from,
    step.to satisfies JobStatus,
    step.by,
    step.at,
    Object.keys(fields).length === 0 ? null : JSON.stringify(fields),
    ctx.origin,
  );
  auditMoney(ctx, row, event, owedMinor, result.state, nowIso);
}

/** Moves a job by one event in a transaction of its own (`moveJobTx`), and reads it back. */
export function moveJob(ctx: CallContext, jobId: number, event: JobEvent): Job {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      moveJobTx(ctx, jobId, event);
      return readJob(db, jobId, actor.role);
    })
    .immediate();
}
