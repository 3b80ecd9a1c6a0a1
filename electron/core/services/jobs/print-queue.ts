import type Database from 'better-sqlite3';
import type { AuditAction } from '../../../../shared/audit-actions.ts';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import type { RoutedKind } from '../../../../shared/print/layout.ts';
import type { CallContext } from '../../context.ts';
import { getPrintJob, getRoutes, type TicketCopy } from '../../printing/index.ts';
import { recordAudit } from '../audit.ts';

/** A queued job document: its print job (null when none was queued) and, for a ticket, which copy. */
export interface Queued {
  id: number | null;
  copy: TicketCopy | null;
}

/** What the answer says of each queued document: the print job, its kind and copy, and how it stands. */
export const printed = (db: Database.Database, queued: readonly Queued[]): PrintedJob[] =>
  queued.flatMap(({ id, copy }) => {
    if (id === null) return [];
    const job = getPrintJob(db, id);
    return [{ id, kind: job.kind as PrintedJob['kind'], copy, status: job.status }];
  });

/** Whether a printer is routed for this kind of document. */
export const routed = (db: Database.Database, kind: RoutedKind): boolean =>
  getRoutes(db).some((r) => r.kind === kind && r.printerId !== null);

/**
 * A job's document printed again at staff's request, where the print is the whole operation: `queue`
 * queues the print jobs and says what the audit row records, and both commit together.
 */
export function queueAudited(
  ctx: CallContext,
  jobNumber: string,
  action: AuditAction,
  queue: () => { queued: Queued[]; after: Record<string, unknown> },
): PrintedJob[] {
  const { db } = ctx.core;
  const queued = db
    .transaction(() => {
      const made = queue();
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action,
        entity: 'job',
        entityId: jobNumber,
        after: made.after,
        origin: ctx.origin,
      });
      return made.queued;
    })
    .immediate();
  return printed(db, queued);
}
