import type { DrawerReport, Counts, DrawerCloseInput, DrawerMoveInput } from '../../../../shared/contract/cashier-drawer.ts';
import { AppError } from '../../../../shared/errors.ts';
import { requireActor, type Actor, type CallContext } from '../../context.ts';
import { nameIn } from '../../../../shared/names.ts';
import { drawerKick } from './drawer-kick.ts';
import { printAfterCommit } from '../../printing/index.ts';
import { recordAudit } from '../audit.ts';
import { getProfile } from '../profile.ts';
import { managerFor } from './approval.ts';
import { appendLink } from './chain.ts';
import { queueDrawerReport } from './drawer-print.ts';
import { drawerReport } from './drawer-report.ts';
import { countTotal, openSessionOf, requireOpenSession, type SessionRow } from './drawer-rows.ts';
import { getCashierSettings, requireTill } from './settings.ts';

/**
 * A till's cash drawer (docs/cashier.md, Drawer sessions): opened with its float counted by
 * denomination; cash in and out with a reason, and "no sale", each a link in the chain and an audit
 * row; closed by a blind count, the variance known only after the count is in: above the note limit it
 * needs a note, above the approval limit a manager's PIN too.
 */

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

const sessionRow = (ctx: CallContext, id: number) =>
  ctx.core.db.prepare('SELECT * FROM drawer_sessions WHERE id = ?').get(id) as SessionRow;

export function openDrawer(ctx: CallContext, input: { till: string; counts: Counts }): DrawerReport {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      requireTill(db, input.till);
      if (openSessionOf(db, input.till))
        throw new AppError('CONFLICT', `Till ${input.till}'s drawer is already open`, { till: 'already has an open drawer session' });
      const floatMinor = countTotal(db, input.counts);
      const now = ctx.core.nowIso();
      const id = Number(
        db
          .prepare('INSERT INTO drawer_sessions (till, opened_by, opened_at, float_minor, origin) VALUES (?, ?, ?, ?, ?)')
          .run(input.till, actor.id, now, floatMinor, ctx.origin).lastInsertRowid,
      );
      appendLink(db, 'drawerMovement', {
        session_id: id,
        kind: 'float',
        amount_minor: floatMinor,
        counts_json: JSON.stringify(input.counts),
        reason: '',
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action: 'cashier.drawer.open',
        entity: 'drawer',
        entityId: id,
        after: { till: input.till, floatMinor, counts: input.counts },
        origin: ctx.origin,
      });
      return drawerReport(db, sessionRow(ctx, id));
    })
    .immediate();
}

/** Queues the drawer's pulse on the receipt printer ("no sale"), in the caller's transaction; null when none is routed. */
function kickDrawer(ctx: CallContext, till: string): number | null {
  const { locale } = getProfile(ctx.core.db);
  const tillRow = getCashierSettings(ctx.core.db).tills.find((t) => t.key === till);
  return printAfterCommit(ctx, 'receipt', () => drawerKick({ locale, till: tillRow ? nameIn(locale, tillRow) : till }));
}

/** Cash in or out (an amount and a reason), or no sale (the drawer opened for nothing: amount 0). */
export function moveDrawer(ctx: CallContext, input: DrawerMoveInput): DrawerReport {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      requireTill(db, input.till);
      const session = requireOpenSession(db, input.till);
      if (input.kind === 'noSale' && input.amountMinor !== 0) throw invalid('amountMinor', 'must be 0: no sale moves no money');
      if (input.kind !== 'noSale') {
        if (input.amountMinor === 0) throw invalid('amountMinor', 'must be more than 0');
        if (input.reason === '') throw invalid('reason', 'is required: say why cash goes in or out');
        const holds = drawerReport(db, session).expectedCashMinor;
        if (input.kind === 'cashOut' && input.amountMinor > holds)
          throw invalid('amountMinor', `must not be more than the drawer holds (${holds})`);
      }
      const now = ctx.core.nowIso();
      appendLink(db, 'drawerMovement', {
        session_id: session.id,
        kind: input.kind,
        amount_minor: input.amountMinor,
        counts_json: null,
        reason: input.reason,
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      const printJobId = input.kind === 'noSale' ? kickDrawer(ctx, input.till) : null;
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        action:
          input.kind === 'noSale' ? 'cashier.drawer.noSale' : input.kind === 'cashIn' ? 'cashier.drawer.cashIn' : 'cashier.drawer.cashOut',
        entity: 'drawer',
        entityId: session.id,
        after: { till: input.till, amountMinor: input.amountMinor, reason: input.reason, ...(printJobId === null ? {} : { printJobId }) },
        origin: ctx.origin,
      });
      return drawerReport(db, sessionRow(ctx, session.id));
    })
    .immediate();
}

/** How far the count is off and what that needs, refused (naming `note`) when a note is needed and missing. */
function varianceOf(
  ctx: CallContext,
  input: DrawerCloseInput,
): { session: SessionRow; counted: number; expected: number; variance: number; needsManager: boolean } {
  const { db } = ctx.core;
  requireTill(db, input.till);
  const session = requireOpenSession(db, input.till);
  const counted = countTotal(db, input.counts);
  const expected = drawerReport(db, session).expectedCashMinor;
  const variance = counted - expected;
  const settings = getCashierSettings(db);
  if (Math.abs(variance) > settings.varianceNoteMinor && input.note === '')
    throw new AppError(
      'VALIDATION',
      `Invalid input: note is required: the count is ${variance} off what the drawer should hold`,
      { note: 'is required: the count is off by more than the limit' },
      { varianceMinor: variance, expectedMinor: expected, countedMinor: counted },
    );
  return { session, counted, expected, variance, needsManager: Math.abs(variance) > settings.varianceApprovalMinor };
}

/**
 * The blind close: the count goes in first; the answer (the Z report) shows the variance. The Z report
 * is queued for printing in the same transaction, so a closed drawer always has its report on paper.
 */
export async function closeDrawer(
  ctx: CallContext,
  input: DrawerCloseInput,
): Promise<DrawerReport & { printJobs: ReturnType<typeof queueDrawerReport> }> {
  requireActor(ctx);
  const first = varianceOf(ctx, input);
  const manager: Actor | null = first.needsManager ? await managerFor(ctx, input.approval, 'the drawer count is far off') : null;
  return closeDrawerApproved(ctx, input, manager);
}

/**
 * The close itself, with the manager who approved it (null: no one did), in one transaction: refused
 * when the variance needs an approval it does not have. Synchronous, so the demo closes on its pinned clock.
 */
export function closeDrawerApproved(
  ctx: CallContext,
  input: DrawerCloseInput,
  manager: Actor | null,
): DrawerReport & { printJobs: ReturnType<typeof queueDrawerReport> } {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  return db
    .transaction(() => {
      const v = varianceOf(ctx, input);
      if (v.needsManager && manager === null)
        throw new AppError('APPROVAL_REQUIRED', 'A manager or admin must approve this close', {
          approval: 'a manager approves this with their PIN',
        });
      const now = ctx.core.nowIso();
      appendLink(db, 'drawerMovement', {
        session_id: v.session.id,
        kind: 'count',
        amount_minor: v.counted,
        counts_json: JSON.stringify(input.counts),
        reason: input.note,
        at: now,
        by_staff: actor.id,
        origin: ctx.origin,
      });
      db.prepare(
        `UPDATE drawer_sessions SET closed_by = ?, closed_at = ?, counted_minor = ?, expected_minor = ?, variance_minor = ?, close_note = ?,
                close_approved_by = ? WHERE id = ?`,
      ).run(actor.id, now, v.counted, v.expected, v.variance, input.note, manager?.id ?? null, v.session.id);
      recordAudit(db, {
        at: now,
        actorId: actor.id,
        approverId: manager && manager.id !== actor.id ? manager.id : null,
        action: 'cashier.drawer.close',
        entity: 'drawer',
        entityId: v.session.id,
        after: { till: input.till, countedMinor: v.counted, expectedMinor: v.expected, varianceMinor: v.variance, note: input.note },
        origin: ctx.origin,
      });
      const report = drawerReport(db, sessionRow(ctx, v.session.id));
      return { ...report, printJobs: queueDrawerReport(ctx, report) };
    })
    .immediate();
}

/** The till's open session (X report) and its last close (Z report). */
export function drawerStatus(ctx: CallContext, till: string): { open: DrawerReport | null; lastClose: DrawerReport | null } {
  const { db } = ctx.core;
  requireTill(db, till);
  const open = openSessionOf(db, till);
  const last = db.prepare('SELECT * FROM drawer_sessions WHERE till = ? AND closed_at IS NOT NULL ORDER BY id DESC LIMIT 1').get(till) as
    SessionRow | undefined;
  return { open: open ? drawerReport(db, open) : null, lastClose: last ? drawerReport(db, last) : null };
}
