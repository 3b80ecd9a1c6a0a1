import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { getProfile } from '../../../electron/core/services/profile.ts';
import { queueDay } from '../../../electron/core/services/queue/day.ts';
import { issueTicket } from '../../../electron/core/services/queue/issue.ts';
import { businessDate, dayjs } from '../../../shared/time.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { pairedDisplays } from './displays.ts';
import { staffFor } from './foundation.ts';
import { issueDays } from './issue-days.ts';
import { issuing } from './reception.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * What `queueDay` computes with one cached Intl.DateTimeFormat per time zone instead of two dayjs
 * time-zone conversions (dayjs's timezone plugin builds a new formatter on every call:
 * https://github.com/iamkun/dayjs/issues/1236). A what-if for the diagnostics, not used by the core.
 */
function localDayAndClock(ms: number, timeZone: string): { businessDay: string; clock: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const part: Record<string, string> = {};
  for (const p of format.formatToParts(ms)) part[p.type] = p.value;
  return { businessDay: `${part.year}-${part.month}-${part.day}`, clock: `${part.hour}:${part.minute}` };
}

function receptionist(ctx: BenchContext): CallContext {
  const who = staffFor(ctx, ['reception']);
  const actor: Actor = { id: who.id, name: who.name, role: who.role };
  return { core: ctx.core, actor, origin: 'bench' };
}

/**
 * Not targets: where `queue.issue`'s time goes. `diag.queue.issue.service` is the queue service
 * without dispatch; `diag.queue.issue.displays` is the whole call with ten displays listening;
 * `diag.queue.day` is the store's day and time of day every issue and call works out;
 * `diag.queue.day.intl` is the same answer from a cached formatter.
 */
export const queueDiagnostics: Measurement[] = [
  {
    name: 'diag.queue.issue.service',
    what: 'The queue service issueTicket (print off) called directly as a receptionist: queue.issue without dispatch (no session check, no zod, no invalidate event), on business days of its own as queue.issue.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const front = receptionist(ctx);
      const days = issueDays(ctx, queueDiagnostics[0] as Measurement);
      return async (i) => {
        const at = days.at(i);
        const service = days.service(i);
        const customerId = days.customer();
        return ctx.clock.pinnedAt(at, async () => {
          const t0 = performance.now();
          const issued = issueTicket(front, { serviceId: service.id, customerId, assetId: null, priority: false, confirmBusy: false, source: 'walkin', window: null, print: false });
          const ms = performance.now() - t0;
          days.keepQueueShort(issued.ticket.businessDay, service, at);
          return { ms };
        });
      };
    },
  },
  {
    name: 'diag.queue.issue.displays',
    what: 'queue.issue exactly, with the 10 paired displays of queue.callNext.display connected (they are not during queue.issue): what sending the invalidate event to them adds.',
    floor: 'floor.commit',
    cost: 'write',
    async prepare(ctx) {
      const displays = await pairedDisplays(ctx);
      return { step: await issuing(ctx, queueDiagnostics[1] as Measurement), enter: () => displays.connect(), leave: () => displays.disconnect() };
    },
  },
  {
    name: 'diag.queue.day',
    what: "queueDay(core), run by every issue and call: the store profile read, then the business day and the time of day in the store's time zone (two dayjs .tz() conversions).",
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      return () => {
        queueDay(ctx.core);
      };
    },
  },
  {
    name: 'diag.queue.day.intl',
    what: "The same answer as queueDay from the profile read and one cached Intl.DateTimeFormat per time zone (checked equal to queueDay's dayjs conversions at 1,000 instants before timing).",
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      const { timeZone } = getProfile(ctx.core.db);
      for (let k = 0; k < 1_000; k++) {
        const ms = Date.now() - k * 7_919_000;
        const got = localDayAndClock(ms, timeZone);
        if (got.businessDay !== businessDate(ms, timeZone) || got.clock !== dayjs(ms).tz(timeZone).format('HH:mm')) {
          throw new Error(`The cached formatter disagrees with queueDay's dayjs at ${new Date(ms).toISOString()}`);
        }
      }
      return () => {
        localDayAndClock(ctx.core.clock.now(), getProfile(ctx.core.db).timeZone);
      };
    },
  },
];
