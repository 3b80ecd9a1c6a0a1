import type { Ticket } from '../../../../shared/contract/queue.ts';
import type { CallContext } from '../../context.ts';
import type { Core } from '../../core.ts';
import { enqueuePrint, getRoutes, printAfterCommit, queueSlip, type QueueSlipData } from '../../printing/index.ts';
import { getProfile } from '../profile.ts';
import { getSettings } from '../settings.ts';
import { findServiceRow } from './layout.ts';

/** The slip's data for a ticket as it stands, with the people ahead and the wait worked out by the caller. */
function queueSlipData(core: Core, issued: { ticket: Ticket; ahead: number; estimatedMinutes: number }): QueueSlipData {
  const profile = getProfile(core.db);
  const service = findServiceRow(core.db, issued.ticket.serviceId);
  return {
    store: { name: profile.name, locale: profile.locale, timeZone: profile.timeZone },
    service: { nameZh: service?.name_zh ?? '', nameEn: service?.name_en ?? '' },
    number: issued.ticket.number,
    ticketId: issued.ticket.id,
    ahead: issued.ahead,
    estimatedMinutes: issued.estimatedMinutes,
    issuedAt: issued.ticket.issuedAt,
    notice: getSettings(core.db).queueSlipNotice,
  };
}

/**
 * Queues a ticket's slip on the printer routed for queue slips; null when no printer prints them
 * (the number is still issued: the receptionist reads it out or writes it down). Called after the
 * number is committed, so it never throws: a slip that cannot be printed shows in print problems.
 */
export function printQueueSlip(
  ctx: CallContext,
  issued: { ticket: Ticket; ahead: number; estimatedMinutes: number },
  options: { reprint?: boolean } = {},
): number | null {
  return printAfterCommit(ctx, 'queueSlip', () => queueSlip(queueSlipData(ctx.core, issued)), { reprintMark: options.reprint ?? false });
}

/**
 * Queues a ticket's slip again at staff's request, marked as a reprint on paper: here the print is the whole operation, so a slip that
 * cannot be built or queued fails the call (nothing else was written). Null when no printer prints slips.
 */
export function reprintQueueSlip(ctx: CallContext, issued: { ticket: Ticket; ahead: number; estimatedMinutes: number }): number | null {
  const route = getRoutes(ctx.core.db).find((r) => r.kind === 'queueSlip');
  if (!route || route.printerId === null) return null;
  return enqueuePrint(ctx, { kind: 'queueSlip', document: queueSlip(queueSlipData(ctx.core, issued)), reprintMark: true }).id;
}
