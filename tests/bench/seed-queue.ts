import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core.ts';
import { call } from '../../electron/core/dispatch.ts';
import { weekdayOf, zonedInstant } from '../../shared/time.ts';
import type { Rng } from './rng.ts';
import {
  arrivalMinutes,
  NO_SHOW_RATE,
  NO_SHOW_WAIT_MINUTES,
  OPEN_HOUR,
  pickService,
  SHOP_COUNTERS,
  SHOP_SERVICES,
  serviceMinutes,
  walkUpMinutes,
  walkinsOn,
  type ShopService,
} from './shop.ts';

export interface SeededService {
  id: number;
  prefix: string;
  model: ShopService;
}

export interface SeededCounter {
  id: number;
  serviceIds: number[];
}

export interface SeededQueue {
  services: SeededService[];
  counters: SeededCounter[];
}

const MINUTE = 60_000;

/**
 * The shop's services and counters, saved through the contract as the admin (audited like a real
 * setup). Numbers are issued at any hour, as in the demo shop, so the bench runs whenever it is started.
 */
export async function setUpShopQueue(core: Core, adminToken: string): Promise<SeededQueue> {
  const opts = { token: adminToken, origin: 'bench' };
  const services: SeededService[] = [];
  for (const [position, s] of SHOP_SERVICES.entries()) {
    const saved = await call(
      core,
      'queue.services.save',
      {
        prefix: s.prefix,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        typicalMinutes: s.typicalMinutes,
        dailyCap: s.dailyCap,
        busyThreshold: s.busyThreshold,
        position,
      },
      opts,
    );
    services.push({ id: saved.id, prefix: s.prefix, model: s });
  }
  const counters: SeededCounter[] = [];
  for (const [position, c] of SHOP_COUNTERS.entries()) {
    const serviceIds = c.prefixes.map((p) => services.find((s) => s.prefix === p)?.id as number);
    const saved = await call(
      core,
      'queue.counters.save',
      { nameZh: c.nameZh, nameEn: c.nameEn, kind: 'window', serviceIds, position },
      opts,
    );
    counters.push({ id: saved.id, serviceIds });
  }
  return { services, counters };
}

export interface HistoryOptions {
  queue: SeededQueue;
  timeZone: string;
  /** Business days (YYYY-MM-DD) to fill, oldest first. */
  days: readonly string[];
  /** Who issues the numbers. */
  receptionId: number;
  /** Who sits at each counter, in the order of `queue.counters`. */
  counterStaff: readonly number[];
  rng: Rng;
  /** The highest customer id on file at an instant (0 when none): a third of walk-ins name a customer. */
  customerUpTo: (iso: string) => number;
}

interface Planned {
  service: SeededService;
  issued: number;
  called: number;
  started: number | null;
  finished: number | null;
  counter: number;
  estimate: number;
}

/**
 * Plans one day of the shop: the walk-ins arrive, each is called at the counter serving its service
 * that comes free first (no earlier than its arrival), walks up, is served for a time drawn from the
 * service's distribution, or does not come (a no-show, skipped after two minutes). The estimate
 * written with each ticket is what the shop's typical minutes would have said (people of the same
 * service still waiting x typical minutes / counters serving it).
 */
function planDay(opts: HistoryOptions, date: string): Planned[] {
  const { rng, queue } = opts;
  const opensAt = zonedInstant(date, `${String(OPEN_HOUR).padStart(2, '0')}:00`, opts.timeZone);
  const free = queue.counters.map(() => opensAt);
  const planned: Planned[] = [];
  const weekday = weekdayOf(date);
  for (const m of arrivalMinutes(rng, walkinsOn(rng, weekday))) {
    const model = pickService(rng);
    const service = queue.services.find((s) => s.prefix === model.prefix) as SeededService;
    const issued = opensAt + m * MINUTE;
    let counter = -1;
    queue.counters.forEach((c, i) => {
      if (c.serviceIds.includes(service.id) && (counter < 0 || (free[i] as number) < (free[counter] as number))) counter = i;
    });
    const called = Math.max(issued, free[counter] as number);
    const ahead = planned.filter((p) => p.service === service && p.called > issued).length;
    const servers = queue.counters.filter((c) => c.serviceIds.includes(service.id)).length;
    const estimate = Math.round((ahead * model.typicalMinutes) / servers);
    if (rng.next() < NO_SHOW_RATE) {
      free[counter] = called + NO_SHOW_WAIT_MINUTES * MINUTE;
      planned.push({ service, issued, called, started: null, finished: null, counter, estimate });
    } else {
      const started = called + walkUpMinutes(rng) * MINUTE;
      const finished = started + serviceMinutes(rng, model) * MINUTE;
      free[counter] = finished;
      planned.push({ service, issued, called, started, finished, counter, estimate });
    }
  }
  return planned;
}

/**
 * Writes finished days of the queue, as the queue service leaves them: tickets (done, or no-show)
 * with their issue, call, start and finish times and their ticket_events trail (the issue is on the
 * ticket's row). This is the history the estimated wait reads (the last 20 call-to-finish
 * times of each service within 14 days). The caller holds the transaction. Returns the number of tickets.
 */
export function seedTicketHistory(db: Database.Database, opts: HistoryOptions): number {
  const insertTicket = db.prepare(
    `INSERT INTO tickets (business_day, prefix, number, service_id, original_service_id, customer_id, source, priority, status, counter_id,
       issued_at, queued_at, called_at, started_at, finished_at, call_count, estimated_minutes, issued_by, issue_origin, issue_detail_json)
     VALUES (?, ?, ?, ?, ?, ?, 'walkin', 0, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'ipc', '{"priority":false}')`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO ticket_events (ticket_id, at, action, counter_id, staff_id, detail_json, origin) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const iso = (ms: number) => new Date(ms).toISOString();
  let tickets = 0;
  for (const date of opts.days) {
    const numbers = new Map<string, number>();
    for (const p of planDay(opts, date)) {
      const number = (numbers.get(p.service.prefix) ?? 0) + 1;
      numbers.set(p.service.prefix, number);
      const counter = opts.queue.counters[p.counter] as SeededCounter;
      const staff = opts.counterStaff[p.counter] ?? null;
      const issuedIso = iso(p.issued);
      const known = opts.rng.next() < 1 / 3 ? opts.customerUpTo(issuedIso) : 0;
      const customerId = known > 0 ? opts.rng.int(1, known) : null;
      const status = p.finished === null ? 'no_show' : 'done';
      const id = Number(
        insertTicket.run(
          date,
          p.service.prefix,
          number,
          p.service.id,
          p.service.id,
          customerId,
          status,
          counter.id,
          issuedIso,
          issuedIso,
          iso(p.called),
          p.started === null ? null : iso(p.started),
          p.finished === null ? null : iso(p.finished),
          p.estimate,
          opts.receptionId,
        ).lastInsertRowid,
      );
      insertEvent.run(id, iso(p.called), 'call', counter.id, staff, JSON.stringify({ from: 'waiting' }), 'ipc');
      if (p.started === null || p.finished === null) {
        insertEvent.run(
          id,
          iso(p.called + NO_SHOW_WAIT_MINUTES * MINUTE),
          'skip',
          counter.id,
          staff,
          JSON.stringify({ from: 'called' }),
          'ipc',
        );
      } else {
        insertEvent.run(id, iso(p.started), 'start', counter.id, staff, JSON.stringify({ from: 'called' }), 'ipc');
        insertEvent.run(id, iso(p.finished), 'finish', counter.id, staff, JSON.stringify({ from: 'serving' }), 'ipc');
      }
      tickets++;
    }
  }
  return tickets;
}
