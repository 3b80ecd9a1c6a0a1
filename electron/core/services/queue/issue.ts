import type Database from 'better-sqlite3';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { assertNotQueuedToday } from './customer-today.ts';
import { queueDay, withinHours } from './day.ts';
import { estimateFromGroups, queueGroups } from './estimate.ts';
import { requireActiveService } from './layout.ts';
import { CALLED_BEFORE_SQL, ticketNumber } from './rows.ts';
import { printQueueSlip } from './slip.ts';
import { nameIn } from '../../../../shared/names.ts';

export interface IssueRequest {
  serviceId: number;
  customerId: number | null;
  assetId: number | null;
  priority: boolean;
  /** The receptionist saw the "many waiting" warning and issues anyway. */
  confirmBusy: boolean;
  /** The customer already holds a live number or a booking today, and the receptionist issues another anyway. */
  confirmDuplicate?: boolean;
  source: 'walkin' | 'appointment';
  /** An appointment's grace window: while now lies inside it, the ticket is called first. */
  window: { start: string; end: string } | null;
  appointmentId?: number;
}

export interface Issued {
  ticket: Ticket;
  /** People called before this ticket as the queue stands now. */
  ahead: number;
  estimatedMinutes: number;
}

/** The highest number a prefix can reach in one business day (three digits). */
const MAX_NUMBER = 999;

/** Whether a customer's tags (a JSON array) include "vip", which gives their tickets priority. */
function isVip(tagsJson: string): boolean {
  try {
    const tags: unknown = JSON.parse(tagsJson);
    return Array.isArray(tags) && tags.some((t) => typeof t === 'string' && t.toLowerCase() === 'vip');
  } catch {
    return false;
  }
}

/**
 * Waiting tickets of a service that are called before a ticket with this window, priority, queue time
 * and id (the call order: inside an appointment window, then priority, then queue time, then id).
 */
function countAhead(
  db: Database.Database,
  q: { businessDay: string; serviceId: number; nowIso: string; inWindow: boolean; priority: boolean; queuedAt: string; id: number },
): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM tickets t
        WHERE t.business_day = +@day AND t.service_id = +@service AND t.status = 'waiting' AND ${CALLED_BEFORE_SQL}`,
    )
    .get({
      day: q.businessDay,
      service: q.serviceId,
      now: q.nowIso,
      w: q.inWindow ? 1 : 0,
      p: q.priority ? 1 : 0,
      q: q.queuedAt,
      id: q.id,
    }) as { n: number };
  return row.n;
}

export function ticketAhead(db: Database.Database, ticket: Ticket, nowIso: string): number {
  if (ticket.status !== 'waiting') return 0;
  const inWindow = ticket.windowStart !== null && ticket.windowEnd !== null && ticket.windowStart <= nowIso && nowIso <= ticket.windowEnd;
  return countAhead(db, {
    businessDay: ticket.businessDay,
    serviceId: ticket.serviceId,
    nowIso,
    inWindow,
    priority: ticket.priority,
    queuedAt: ticket.queuedAt,
    id: ticket.id,
  });
}

interface IssuedTo {
  customerId: number | null;
  customerName: string | null;
  vip: boolean;
}

function resolveCustomer(db: Database.Database, req: IssueRequest): IssuedTo {
  let customerId = req.customerId;
  if (req.assetId !== null) {
    const asset = db.prepare('SELECT customer_id FROM assets WHERE id = ?').get(req.assetId) as { customer_id: number } | undefined;
    if (!asset) throw new AppError('NOT_FOUND', `There is no asset with id ${req.assetId}`, { assetId: 'is not an asset' });
    if (customerId !== null && asset.customer_id !== customerId) {
      throw new AppError('VALIDATION', 'Invalid input: assetId does not belong to this customer', {
        assetId: 'does not belong to this customer',
      });
    }
    customerId = asset.customer_id;
  }
  if (customerId === null) return { customerId, customerName: null, vip: false };
  const customer = db.prepare('SELECT name, tags FROM customers WHERE id = ?').get(customerId) as
    { name: string; tags: string } | undefined;
  if (!customer) throw new AppError('NOT_FOUND', `There is no customer with id ${customerId}`, { customerId: 'is not a customer' });
  return { customerId, customerName: customer.name, vip: isVip(customer.tags) };
}

/**
 * Issues a number inside the caller's transaction (no printing): a walk-in number (hours, daily cap
 * and the busy warning apply) or a checked-in appointment's ticket (they do not). Numbers run per
 * prefix and business day, one past the day's highest, and are never reused (tickets are never
 * deleted). A walk-in for a customer who already holds a live number or a booking today needs
 * `confirmDuplicate`. A refusal throws before any write.
 */
export function issueTicketTx(ctx: CallContext, req: IssueRequest): Issued {
  const { db } = ctx.core;
  const service = requireActiveService(db, req.serviceId);
  const day = queueDay(ctx.core);
  const { customerId, customerName, vip } = resolveCustomer(db, req);
  const priority = req.priority || vip;
  const inWindow = req.window !== null && req.window.start <= day.nowIso && day.nowIso <= req.window.end;
  // The new ticket's place: after every waiting ticket with the same window, priority and queue time.
  const place = { inWindow, priority, queuedAt: day.nowIso, id: Number.MAX_SAFE_INTEGER };
  const groups = queueGroups(db, day, place);
  const mine = groups.filter((g) => g.serviceId === service.id);
  const waiting = mine.reduce((sum, g) => sum + g.n, 0);
  const capped = req.source === 'walkin' && service.daily_cap !== null;
  // The day's highest number of the prefix and, when a cap applies, the service's walk-ins today, in one read.
  const today = db
    .prepare(
      `SELECT (SELECT max(number) FROM tickets WHERE business_day = +@day AND prefix = +@prefix) AS highest,
              CASE WHEN @capped THEN (SELECT count(*) FROM tickets WHERE business_day = +@day AND original_service_id = +@service AND source = 'walkin') END AS walkins`,
    )
    .get({ day: day.businessDay, prefix: service.prefix, service: service.id, capped: capped ? 1 : 0 }) as {
    highest: number | null;
    walkins: number | null;
  };
  if (req.source === 'walkin') {
    if (customerId !== null && req.confirmDuplicate !== true) assertNotQueuedToday(db, day.businessDay, customerId);
    if (!withinHours(day.clock, service.opens_at, service.closes_at)) {
      throw new AppError(
        'QUEUE_CLOSED',
        `Numbers for ${nameIn('en', { nameZh: service.name_zh, nameEn: service.name_en })} are issued from ${service.opens_at} to ${service.closes_at}`,
        {},
        { opensAt: service.opens_at, closesAt: service.closes_at },
      );
    }
    if (service.daily_cap !== null && (today.walkins ?? 0) >= service.daily_cap) {
      throw new AppError(
        'QUEUE_FULL',
        `Today's ${service.daily_cap} numbers for ${nameIn('en', { nameZh: service.name_zh, nameEn: service.name_en })} have all been issued`,
        {},
        { cap: service.daily_cap },
      );
    }
    if (service.busy_threshold !== null && waiting >= service.busy_threshold && !req.confirmBusy) {
      const minutes = estimateFromGroups(db, day, service.id, groups);
      throw new AppError(
        'QUEUE_BUSY',
        `${waiting} people are already waiting for ${nameIn('en', { nameZh: service.name_zh, nameEn: service.name_en })} (about ${minutes} min)`,
        {},
        { waiting, minutes },
      );
    }
  }
  const number = (today.highest ?? 0) + 1;
  if (number > MAX_NUMBER) {
    throw new AppError(
      'QUEUE_FULL',
      `All ${MAX_NUMBER} numbers of prefix ${service.prefix} have been issued today`,
      {},
      { cap: MAX_NUMBER },
    );
  }
  const ahead = mine.reduce((sum, g) => sum + g.before, 0);
  const estimatedMinutes = estimateFromGroups(
    db,
    day,
    service.id,
    groups.map((g) => ({ serviceId: g.serviceId, targetCounterId: g.targetCounterId, n: g.before })),
  );

  // The ticket's row records its issue (issued_at, issued_by, issue_origin, issue_detail_json); its
  // ticket_events trail starts with the first call.
  const detail = {
    priority,
    ...(vip ? { vip } : {}),
    ...(req.confirmBusy && req.source === 'walkin' && service.busy_threshold !== null && waiting >= service.busy_threshold
      ? { confirmedBusy: waiting }
      : {}),
    ...(req.appointmentId !== undefined ? { appointmentId: req.appointmentId } : {}),
    ...(req.confirmDuplicate === true && customerId !== null ? { confirmedDuplicate: true } : {}),
  };
  const ticketId = Number(
    db
      .prepare(
        `INSERT INTO tickets (business_day, prefix, number, service_id, original_service_id, customer_id, asset_id, source, priority,
           window_start, window_end, status, issued_at, queued_at, estimated_minutes, issued_by, issue_origin, issue_detail_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        day.businessDay,
        service.prefix,
        number,
        service.id,
        service.id,
        customerId,
        req.assetId,
        req.source,
        priority ? 1 : 0,
        req.window?.start ?? null,
        req.window?.end ?? null,
        day.nowIso,
        day.nowIso,
        estimatedMinutes,
        ctx.actor?.id ?? null,
        ctx.origin,
        JSON.stringify(detail),
      ).lastInsertRowid,
  );
  const ticket: Ticket = {
    id: ticketId,
    number: ticketNumber(service.prefix, number),
    businessDay: day.businessDay,
    serviceId: service.id,
    originalServiceId: service.id,
    targetCounterId: null,
    customerId,
    customerName,
    assetId: req.assetId,
    source: req.source,
    priority,
    windowStart: req.window?.start ?? null,
    windowEnd: req.window?.end ?? null,
    status: 'waiting',
    counterId: null,
    issuedAt: day.nowIso,
    queuedAt: day.nowIso,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    callCount: 0,
    estimatedMinutes,
  };
  return { ticket, ahead, estimatedMinutes };
}

/** Issues a number in its own transaction, then (after the commit) queues its slip when asked and a printer is routed. */
const issueTransactions = new WeakMap<Database.Database, Database.Transaction<typeof issueTicketTx>>();

export function issueTicket(ctx: CallContext, req: IssueRequest & { print: boolean }): Issued & { printJobId: number | null } {
  // Made once per connection: better-sqlite3 builds a transaction function's wrappers on every call.
  const { db } = ctx.core;
  let inTransaction = issueTransactions.get(db);
  if (!inTransaction) {
    inTransaction = db.transaction(issueTicketTx);
    issueTransactions.set(db, inTransaction);
  }
  const issued = inTransaction.immediate(ctx, req);
  const printJobId = req.print ? printQueueSlip(ctx, issued) : null;
  return { ...issued, printJobId };
}
