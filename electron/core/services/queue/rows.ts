import type Database from 'better-sqlite3';
import type { Counter, Service, Ticket, TicketStatus } from '../../../../shared/contract/queue.ts';
import { AppError } from '../../../../shared/errors.ts';

/** The queue's rows as stored, and their mapping to the contract's shapes. */

export interface ServiceRow {
  id: number;
  prefix: string;
  name_zh: string;
  name_en: string;
  typical_minutes: number;
  daily_cap: number | null;
  busy_threshold: number | null;
  opens_at: string;
  closes_at: string;
  slot_minutes: number;
  slot_capacity: number;
  position: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export const toService = (r: ServiceRow): Service => ({
  id: r.id,
  prefix: r.prefix,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  typicalMinutes: r.typical_minutes,
  dailyCap: r.daily_cap,
  busyThreshold: r.busy_threshold,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  slotMinutes: r.slot_minutes,
  slotCapacity: r.slot_capacity,
  position: r.position,
  active: r.active === 1,
});

export interface CounterRow {
  id: number;
  name_zh: string;
  name_en: string;
  kind: Counter['kind'];
  position: number;
  active: number;
  open_staff_id: number | null;
  open_staff_name: string | null;
  opened_at: string | null;
  break_started_at: string | null;
  service_ids: string | null;
}

const COUNTER_SELECT = `SELECT c.id, c.name_zh, c.name_en, c.kind, c.position, c.active, c.open_staff_id, s.name AS open_staff_name, c.opened_at,
       c.break_started_at,
       (SELECT group_concat(cs.service_id) FROM counter_services cs WHERE cs.counter_id = c.id) AS service_ids
  FROM counters c LEFT JOIN staff s ON s.id = c.open_staff_id`;

export const toCounter = (r: CounterRow): Counter => ({
  id: r.id,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  kind: r.kind,
  serviceIds: r.service_ids
    ? r.service_ids
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
    : [],
  position: r.position,
  active: r.active === 1,
  openStaffId: r.open_staff_id,
  openStaffName: r.open_staff_name,
  openedAt: r.opened_at,
  breakStartedAt: r.break_started_at,
});

export function listCounterRows(db: Database.Database, includeInactive: boolean): CounterRow[] {
  return db
    .prepare(`${COUNTER_SELECT} ${includeInactive ? '' : 'WHERE c.active = 1'} ORDER BY c.active DESC, c.position, c.id`)
    .all() as CounterRow[];
}

export function findCounter(db: Database.Database, id: number): Counter | null {
  // `+?`: see TICKET_SELECT.
  const r = db.prepare(`${COUNTER_SELECT} WHERE c.id = +?`).get(id) as CounterRow | undefined;
  return r ? toCounter(r) : null;
}

/** An active counter, or NOT_FOUND naming `field`. */
export function requireActiveCounter(db: Database.Database, id: number, field = 'counterId'): Counter {
  const c = findCounter(db, id);
  if (!c || !c.active) throw new AppError('NOT_FOUND', `There is no active counter with id ${id}`, { [field]: 'is not an active counter' });
  return c;
}

export function counterServes(db: Database.Database, counterId: number, serviceId: number): boolean {
  return db.prepare('SELECT 1 FROM counter_services WHERE counter_id = ? AND service_id = ?').get(counterId, serviceId) !== undefined;
}

export interface TicketRow {
  id: number;
  business_day: string;
  prefix: string;
  number: number;
  service_id: number;
  original_service_id: number;
  target_counter_id: number | null;
  customer_id: number | null;
  customer_name: string | null;
  asset_id: number | null;
  source: 'walkin' | 'appointment';
  priority: number;
  window_start: string | null;
  window_end: string | null;
  status: TicketStatus;
  counter_id: number | null;
  issued_at: string;
  queued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  call_count: number;
  estimated_minutes: number | null;
}

export const TICKET_SELECT = `SELECT t.id, t.business_day, t.prefix, t.number, t.service_id, t.original_service_id, t.target_counter_id,
       t.customer_id, cu.name AS customer_name, t.asset_id, t.source, t.priority, t.window_start, t.window_end, t.status,
       t.counter_id, t.issued_at, t.queued_at, t.called_at, t.started_at, t.finished_at, t.call_count, t.estimated_minutes
  FROM tickets t LEFT JOIN customers cu ON cu.id = t.customer_id`;

/** What the customer holds and hears: the prefix and three digits, "A012". */
export const ticketNumber = (prefix: string, n: number): string => `${prefix}${String(n).padStart(3, '0')}`;

export const toTicket = (r: TicketRow): Ticket => ({
  id: r.id,
  number: ticketNumber(r.prefix, r.number),
  businessDay: r.business_day,
  serviceId: r.service_id,
  originalServiceId: r.original_service_id,
  targetCounterId: r.target_counter_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  assetId: r.asset_id,
  source: r.source,
  priority: r.priority === 1,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  status: r.status,
  counterId: r.counter_id,
  issuedAt: r.issued_at,
  queuedAt: r.queued_at,
  calledAt: r.called_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  callCount: r.call_count,
  estimatedMinutes: r.estimated_minutes,
});

function findTicket(db: Database.Database, id: number): Ticket | null {
  // `= +?` rather than `= ?`: this SQLite is built with STAT4, which re-plans a join on every new bound
  // value of an indexed column (about 20 µs a call); `+?` keeps the index but not the re-planning.
  const r = db.prepare(`${TICKET_SELECT} WHERE t.id = +?`).get(id) as TicketRow | undefined;
  return r ? toTicket(r) : null;
}

export function requireTicket(db: Database.Database, id: number, field = 'ticketId'): Ticket {
  const t = findTicket(db, id);
  if (!t) throw new AppError('NOT_FOUND', `There is no ticket with id ${id}`, { [field]: 'is not a ticket' });
  return t;
}

/**
 * Waiting ticket `t` is called before a place in the queue (@w: inside its appointment window at @now,
 * 0 or 1; @p: priority, 0 or 1; @q: queued at; @id): the call order as one row-value comparison,
 * (t's window, t's priority, @q, @id) > (@w, @p, t's queue time, t's id), which reads "inside a window
 * first, then priority, then the earlier queue time, then the lower id".
 */
export const CALLED_BEFORE_SQL = `((coalesce(t.window_start <= @now AND @now <= t.window_end, 0), t.priority, @q, @id) > (@w, @p, t.queued_at, t.id))`;

/** The same call order as an ORDER BY clause, for picking the next ticket in one statement. */
export const CALL_ORDER_SQL = `(t.window_start IS NOT NULL AND t.window_end IS NOT NULL AND t.window_start <= @now AND @now <= t.window_end) DESC,
       t.priority DESC, t.queued_at, t.id`;
