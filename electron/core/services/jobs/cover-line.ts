import type { OpParsedInput } from '../../../../shared/contract/index.ts';
import { FINAL_STATUSES } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { COVERING_OUTCOMES } from '../../../../shared/contract/warranty-rules.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { readJob } from './read.ts';
import { estimateOf, linesOf, owedOf, requireJobRow } from './rows.ts';

/**
 * Marks one of a job's lines covered by the warranty, or not (docs/jobs.md): the line, what is owed
 * and, when the change adds to what is owed after a manager marked the job paid, the cleared mark, with
 * the audit row, in one transaction. Marking a line as it already is changes nothing and writes nothing.
 */
export function coverLine(ctx: CallContext, input: OpParsedInput<'jobs.coverLine'>): Job {
  const actor = requireActor(ctx);
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const row = requireJobRow(db, input.jobId);
      if (FINAL_STATUSES.includes(row.status))
        throw new AppError('INVALID_STATE', `Job ${row.number} is closed`, {}, { reason: 'jobClosed', state: row.status });
      const lines = linesOf(db, row.id);
      const line = lines.find((l) => l.line_no === input.lineId);
      if (!line) throw new AppError('NOT_FOUND', `Job ${row.number} has no line ${input.lineId}`, { lineId: 'is not a line of this job' });
      if (line.status === 'refused')
        throw new AppError('VALIDATION', `Line ${input.lineId} was refused`, { lineId: 'was refused by the customer: it costs nothing' });
      const verdict = row.warranty_json === null ? null : (JSON.parse(row.warranty_json) as NonNullable<Job['warranty']>);
      if (input.covered && (verdict === null || !COVERING_OUTCOMES.includes(verdict.outcome)))
        throw new AppError('VALIDATION', `Job ${row.number}'s warranty does not cover work`, {
          covered: 'needs a warranty verdict that covers the job',
        });
      if ((line.warranty_covered === 1) === input.covered) return readJob(db, row.id, actor.role);

      const owedBefore = owedOf(db, row.id, estimateOf(lines));
      db.prepare('UPDATE job_lines SET warranty_covered = ? WHERE job_id = ? AND line_no = ?').run(
        input.covered ? 1 : 0,
        row.id,
        line.line_no,
      );
      const owedAfter = owedOf(
        db,
        row.id,
        estimateOf(lines.map((l) => (l === line ? { ...l, warranty_covered: input.covered ? 1 : 0 } : l))),
      );
      // Work no longer covered adds to what is owed: an earlier "marked paid" did not pay for it.
      const unpaid = owedAfter > owedBefore && row.paid_marked_by !== null;
      if (unpaid) db.prepare('UPDATE jobs SET paid_marked_by = NULL WHERE id = ?').run(row.id);
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: actor.id,
        action: 'job.lineCovered',
        entity: 'job',
        entityId: row.number,
        before: {
          line: line.line_no,
          covered: !input.covered,
          owedMinor: owedBefore,
          ...(unpaid ? { paidMarkedBy: row.paid_marked_by } : {}),
        },
        after: { line: line.line_no, description: line.description, covered: input.covered, owedMinor: owedAfter },
        origin: ctx.origin,
      });
      return readJob(db, row.id, actor.role);
    })
    .immediate();
}
