import path from 'node:path';
import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { openCore } from '../../../electron/core/open-core.ts';
import { call } from '../../../electron/core/dispatch.ts';
import { callNext, finishTicket, skipTicket, startTicket } from '../../../electron/core/services/queue/calls.ts';
import { issueTicket, type Issued } from '../../../electron/core/services/queue/issue.ts';
import { openCounter } from '../../../electron/core/services/queue/setup.ts';
import { AppError } from '../../../shared/errors.ts';
import { plusDays, zonedInstant } from '../../../shared/time.ts';
import { ManualClock } from '../../support/core.ts';
import { Rng } from '../rng.ts';
import { seedTicketHistory, setUpShopQueue, type SeededCounter, type SeededService } from '../seed-queue.ts';
import { arrivalMinutes, NO_SHOW_RATE, NO_SHOW_WAIT_MINUTES, OPEN_HOUR, pickService, serviceMinutes, walkUpMinutes } from '../shop.ts';
import type { Figure, Simulation } from '../types.ts';

const TIME_ZONE = 'Asia/Shanghai';
/** A Saturday; the history is the three weeks before it. */
const DAY = '2026-03-07';
const HISTORY_DAYS = 21;
const WALKINS = 300;
const MINUTE = 60_000;

/** Pending happenings in simulated time, run in time order (ties in the order they were added). */
class Agenda {
  readonly #items: { at: number; seq: number; run: () => void }[] = [];
  #seq = 0;

  add(at: number, run: () => void): void {
    const item = { at, seq: this.#seq++, run };
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#items[mid] as { at: number }).at <= at) lo = mid + 1;
      else hi = mid;
    }
    this.#items.splice(lo, 0, item);
  }

  next(): { at: number; run: () => void } | undefined {
    return this.#items.shift();
  }
}

interface Visit {
  prefix: string;
  issuedAt: number;
  estimate: number;
  calledAt: number | null;
}

interface Desk {
  counter: SeededCounter;
  ctx: CallContext;
  idle: boolean;
}

/** A new store for the day: the shop's setup through the contract, four staff, three weeks of history. */
async function openShop(dataDir: string, clock: ManualClock) {
  const core = openCore({ dataDir, clock, version: 'bench' });
  // Only simulated time counts here, so the day's ~1,500 commits need not wait for the disk.
  core.db.pragma('synchronous = OFF');
  const opts = { origin: 'bench' };
  const profile = {
    name: 'Busy day',
    address: '',
    phone: '',
    currency: 'CNY',
    taxMode: 'inclusive',
    taxRateBp: 600,
    locale: 'zh-CN',
    timeZone: TIME_ZONE,
  } as const;
  const { adminId } = await call(core, 'setup.initialize', { profile, admin: { name: '王店长', pin: '246810' } }, opts);
  const { token } = await call(core, 'auth.signIn', { staffId: adminId, pin: '246810' }, opts);
  const staff: Actor[] = [];
  for (const name of ['前台小李', '窗口一', '窗口二', '窗口三']) {
    const created = await call(core, 'staff.create', { name, role: 'reception', pin: '135790' }, { token, origin: 'bench' });
    staff.push({ id: created.id, name, role: 'reception' });
  }
  const queue = await setUpShopQueue(core, token);
  return { core, queue, staff: staff as [Actor, Actor, Actor, Actor] };
}

const round = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export const busyDay: Simulation = {
  name: 'sim.busyDay',
  what:
    `A busy Saturday on a store of its own, in simulated time (ManualClock): ${WALKINS} walk-ins from 09:00 to 19:00 with a lunchtime peak, ` +
    'services A/B/C (40/40/20%, log-normal service times, means 6/2.5/4.5 min), 3 counters each serving two services, 3% no-shows, ' +
    `after ${HISTORY_DAYS} days of history. Every step goes through the real services (issueTicket, callNext, start, finish, skip); ` +
    "each ticket's estimate at issue is compared with its actual wait (issue to call).",
  async run(ctx) {
    const clock = new ManualClock(zonedInstant(DAY, '08:30', TIME_ZONE));
    const { core, queue, staff } = await openShop(path.join(ctx.tempDir, 'busy-day'), clock);
    try {
      const rng = new Rng(0xb05d_a7);
      const [reception, ...atCounters] = staff;
      const days = Array.from({ length: HISTORY_DAYS }, (_, i) => plusDays(DAY, i - HISTORY_DAYS));
      core.db.transaction(() =>
        seedTicketHistory(core.db, {
          queue,
          timeZone: TIME_ZONE,
          days,
          receptionId: reception.id,
          counterStaff: atCounters.map((s) => s.id),
          rng,
          customerUpTo: () => 0,
        }),
      )();

      const opensAt = zonedInstant(DAY, `${String(OPEN_HOUR).padStart(2, '0')}:00`, TIME_ZONE);
      const setTime = (ms: number) => clock.advance(ms - clock.now());
      setTime(opensAt);
      const desks: Desk[] = queue.counters.map((counter, i) => ({
        counter,
        ctx: { core, actor: atCounters[i] as Actor, origin: 'bench' },
        idle: true,
      }));
      for (const d of desks) openCounter(d.ctx, d.counter.id);

      const front: CallContext = { core, actor: reception, origin: 'bench' };
      const agenda = new Agenda();
      const records = new Map<number, Visit>();
      const serviceById = new Map<number, SeededService>(queue.services.map((s) => [s.id, s]));
      let busyWarnings = 0;
      let noShows = 0;

      const freeDesk = (desk: Desk) => {
        const { ticket } = callNext(desk.ctx, desk.counter.id);
        if (!ticket) {
          desk.idle = true;
          return;
        }
        const now = clock.now();
        const record = records.get(ticket.id) as Visit;
        record.calledAt ??= now;
        if (rng.next() < NO_SHOW_RATE) {
          noShows++;
          agenda.add(now + NO_SHOW_WAIT_MINUTES * MINUTE, () => {
            skipTicket(desk.ctx, ticket.id);
            freeDesk(desk);
          });
          return;
        }
        const started = now + walkUpMinutes(rng) * MINUTE;
        const model = (serviceById.get(ticket.serviceId) as SeededService).model;
        agenda.add(started, () => startTicket(desk.ctx, ticket.id));
        agenda.add(started + serviceMinutes(rng, model) * MINUTE, () => {
          finishTicket(desk.ctx, ticket.id);
          freeDesk(desk);
        });
      };

      const arrive = (service: SeededService) => {
        const issue = (confirmBusy: boolean): Issued =>
          issueTicket(front, {
            serviceId: service.id,
            customerId: null,
            assetId: null,
            priority: false,
            confirmBusy,
            source: 'walkin',
            window: null,
            print: false,
          });
        let issued: Issued;
        try {
          issued = issue(false);
        } catch (err) {
          if (!(err instanceof AppError && err.code === 'QUEUE_BUSY')) throw err;
          busyWarnings++;
          issued = issue(true);
        }
        records.set(issued.ticket.id, { prefix: service.prefix, issuedAt: clock.now(), estimate: issued.estimatedMinutes, calledAt: null });
        for (const desk of desks) {
          if (desk.idle && desk.counter.serviceIds.includes(service.id)) {
            desk.idle = false;
            freeDesk(desk);
          }
        }
      };

      for (const m of arrivalMinutes(rng, WALKINS)) {
        const model = pickService(rng);
        const service = queue.services.find((s) => s.prefix === model.prefix) as SeededService;
        agenda.add(opensAt + m * MINUTE, () => arrive(service));
      }
      for (let next = agenda.next(); next; next = agenda.next()) {
        setTime(next.at);
        next.run();
      }

      const all = [...records.values()];
      const waits = all.map((r) => ((r.calledAt ?? clock.now()) - r.issuedAt) / MINUTE);
      const errors = all.map((r, i) => r.estimate - (waits[i] as number));
      const figures: Figure[] = [
        { name: 'walkins', value: all.length, unit: 'count', label: 'walk-ins issued' },
        { name: 'no_shows', value: noShows, unit: 'count', label: 'no-shows' },
        { name: 'busy_warnings', value: busyWarnings, unit: 'count', label: '"many waiting" warnings confirmed' },
        { name: 'mean_wait_min', value: round(mean(waits)), unit: 'min', label: 'mean wait (issue to call)' },
        { name: 'median_wait_min', value: round(quantile(waits, 0.5)), unit: 'min', label: 'median wait' },
        { name: 'p90_wait_min', value: round(quantile(waits, 0.9)), unit: 'min', label: '90th percentile wait' },
        { name: 'max_wait_min', value: round(Math.max(...waits)), unit: 'min', label: 'longest wait' },
        { name: 'mean_estimate_min', value: round(mean(all.map((r) => r.estimate))), unit: 'min', label: 'mean estimate at issue' },
        { name: 'mae_min', value: round(mean(errors.map(Math.abs))), unit: 'min', label: 'mean absolute error of the estimate' },
        { name: 'bias_min', value: round(mean(errors)), unit: 'min', label: 'mean error (estimate - actual; negative = too short)' },
        {
          name: 'within_5_min',
          value: round(errors.filter((e) => Math.abs(e) <= 5).length / Math.max(1, errors.length)),
          unit: 'share',
          label: 'estimates within 5 min',
        },
      ];
      for (const s of queue.services) {
        const mine = all.flatMap((r, i) => (r.prefix === s.prefix ? [i] : []));
        figures.push(
          {
            name: `mae_min_${s.prefix}`,
            value: round(mean(mine.map((i) => Math.abs(errors[i] as number)))),
            unit: 'min',
            label: `${s.prefix} ${s.model.nameEn}: mean absolute error (${mine.length} tickets)`,
          },
          {
            name: `mean_wait_min_${s.prefix}`,
            value: round(mean(mine.map((i) => waits[i] as number))),
            unit: 'min',
            label: `${s.prefix} ${s.model.nameEn}: mean wait`,
          },
        );
      }
      return figures;
    } finally {
      core.close();
    }
  },
};
