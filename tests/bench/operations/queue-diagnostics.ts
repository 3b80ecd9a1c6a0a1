import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { queueDay } from '../../../electron/core/services/queue/day.ts';
import { issueTicket } from '../../../electron/core/services/queue/issue.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { pairedDisplays } from './displays.ts';
import { staffFor } from './foundation.ts';
import { issueDays, issueStep } from './issue-days.ts';
import { issuing } from './reception.ts';

function receptionist(ctx: BenchContext): CallContext {
  const who = staffFor(ctx, ['reception']);
  const actor: Actor = { id: who.id, name: who.name, role: who.role };
  return { core: ctx.core, actor, origin: 'bench' };
}

/**
 * Not targets: where `queue.issue`'s time goes. `diag.queue.issue.service` is the queue service
 * without dispatch; `diag.queue.issue.displays` is the whole call with ten displays listening;
 * `diag.queue.day` is the store's day and time of day every issue and call works out.
 */
export const queueDiagnostics: Measurement[] = [
  {
    name: 'diag.queue.issue.service',
    what: 'The queue service issueTicket (print off) called directly as a receptionist: queue.issue without dispatch (no session check, no zod, no invalidate event), on business days of its own as queue.issue.',
    floor: 'floor.commit',
    cost: 'write',
    prepare(ctx) {
      const front = receptionist(ctx);
      return issueStep(ctx, issueDays(ctx, queueDiagnostics[0] as Measurement), (serviceId, customerId) =>
        issueTicket(front, {
          serviceId,
          customerId,
          assetId: null,
          priority: false,
          confirmBusy: false,
          source: 'walkin',
          window: null,
          print: false,
        }),
      );
    },
  },
  {
    name: 'diag.queue.issue.displays',
    what: 'queue.issue exactly, with the 10 paired displays of queue.callNext.display connected (they are not during queue.issue): what sending the invalidate event to them adds.',
    floor: 'floor.commit',
    cost: 'write',
    async prepare(ctx) {
      const displays = await pairedDisplays(ctx);
      return {
        step: await issuing(ctx, queueDiagnostics[1] as Measurement),
        enter: () => displays.connect(),
        leave: () => displays.disconnect(),
      };
    },
  },
  {
    name: 'diag.queue.day',
    what: "queueDay(core), run by every issue and call: the time zone from the kept queue layout (one read of the marks per turn of the event loop), then the business day and the time of day from the zone's offset, kept per UTC day.",
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      return () => {
        queueDay(ctx.core);
      };
    },
  },
];
