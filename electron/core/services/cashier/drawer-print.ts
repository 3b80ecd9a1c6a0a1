import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import { AppError } from '../../../../shared/errors.ts';
import { nameIn } from '../../../../shared/names.ts';
import type { CallContext } from '../../context.ts';
import { drawerReportDocument, getPrintJob, getRoutes, printAfterCommit } from '../../printing/index.ts';
import { recordAudit } from '../audit.ts';
import { getProfile } from '../profile.ts';
import { drawerReport } from './drawer-report.ts';
import { requireOpenSession, type SessionRow } from './drawer-rows.ts';
import { getCashierSettings, requireTill } from './settings.ts';

/**
 * The drawer reports on paper, as a cash register prints them: the Z report as the drawer closes (queued
 * in the closing transaction on the printer routed for reports), the X report whenever staff ask, and a
 * copy of a closed session's Z report (marked as a reprint), each asked-for print audited.
 */

type ReportJobs = { id: number; status: 'queued' | 'printing' | 'done' | 'failed' | 'cancelled' }[];

/** Queues a report's document; none when no printer takes reports. Never throws (see printAfterCommit). */
export function queueDrawerReport(ctx: CallContext, report: DrawerReport, options: { reprintMark?: boolean } = {}): ReportJobs {
  const { db } = ctx.core;
  const id = printAfterCommit(
    ctx,
    'report',
    () => {
      const profile = getProfile(db);
      const till = getCashierSettings(db).tills.find((t) => t.key === report.till);
      return drawerReportDocument({
        store: { name: profile.name, currency: profile.currency, locale: profile.locale, timeZone: profile.timeZone },
        till: till ? nameIn(profile.locale, till) : report.till,
        report,
        printedAt: ctx.core.nowIso(),
      });
    },
    options,
  );
  return id === null ? [] : [{ id, status: getPrintJob(db, id).status }];
}

/** One of the till's sessions, refused naming `sessionId` when the till has none by that id. */
function sessionOfTill(ctx: CallContext, till: string, sessionId: number): SessionRow {
  const row = ctx.core.db.prepare('SELECT * FROM drawer_sessions WHERE id = ? AND till = ?').get(sessionId, till) as SessionRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `Till ${till} has no drawer session ${sessionId}`, { sessionId: 'is not a session of this till' });
  return row;
}

/**
 * Prints a drawer report at staff's request: the open session's X report, or the session asked for (a
 * closed one's Z report again, marked as a copy). The print job and its audit row commit together;
 * nothing is printed or audited when no printer takes reports.
 */
export function printDrawerReport(
  ctx: CallContext,
  input: { till: string; sessionId?: number | undefined },
): { report: DrawerReport; printJobs: ReportJobs } {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      requireTill(db, input.till);
      const session = input.sessionId === undefined ? requireOpenSession(db, input.till) : sessionOfTill(ctx, input.till, input.sessionId);
      const report = drawerReport(db, session);
      if (!getRoutes(db).some((r) => r.kind === 'report' && r.printerId !== null)) return { report, printJobs: [] };
      const printJobs = queueDrawerReport(ctx, report, { reprintMark: report.kind === 'Z' });
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'cashier.drawer.printReport',
        entity: 'drawer',
        entityId: session.id,
        after: { till: input.till, kind: report.kind, printJobs: printJobs.map((j) => j.id) },
        origin: ctx.origin,
      });
      return { report, printJobs };
    })
    .immediate();
}
