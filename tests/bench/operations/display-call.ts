import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { reinstateTicket, skipTicket } from '../../../electron/core/services/queue/calls.ts';
import { issueTicket } from '../../../electron/core/services/queue/issue.ts';
import type { Measurement } from '../types.ts';
import { DISPLAYS, pairedDisplays } from './displays.ts';

/** Tickets kept waiting at the counter; each called one goes back to the end of the queue (untimed). */
const POOL = 20;

export const displayCall: Measurement = {
  name: 'queue.callNext.display',
  what:
    `From sending queue.callNext (POST to the loopback station as the admin at Counter 1) until all ${DISPLAYS} paired display devices ` +
    '(devices.pairingCode + display.pair, each on its own WebSocket to /api/events, read in a worker thread) have received the queue.call event: ' +
    `the last arrival. The call picks the next of ${POOL} waiting tickets in call order and commits; afterwards (untimed) the ticket is skipped ` +
    'and reinstated to the back of the queue. The displays are connected only while this operation runs.',
  floor: null,
  cost: 'write',
  target: { kind: 'p95_ms', max: 50 },
  async prepare(ctx) {
    const station = await ctx.station();
    const displays = await pairedDisplays(ctx);
    const { adminToken, admin, queue } = ctx.seeded;
    const counter = queue.counters[0];
    const service = queue.services.find((s) => counter?.serviceIds.includes(s.id));
    if (!counter || !service) throw new Error('The seeded store has no counter with a service');

    const actor: Actor = { id: admin.id, name: admin.name, role: admin.role };
    const staff: CallContext = { core: ctx.core, actor, origin: 'bench' };
    for (let n = 0; n < POOL; n++) {
      issueTicket(staff, {
        serviceId: service.id,
        customerId: null,
        assetId: null,
        priority: false,
        confirmBusy: true,
        source: 'walkin',
        window: null,
        print: false,
      });
    }

    return {
      enter: () => displays.connect(),
      leave: () => displays.disconnect(),
      step: async () => {
        const t0 = process.hrtime.bigint();
        const { ticket } = (await station.post('queue.callNext', { counterId: counter.id }, adminToken)) as { ticket: { id: number } };
        const last = await displays.lastArrival(ticket.id);
        skipTicket(staff, ticket.id);
        reinstateTicket(staff, ticket.id);
        return { ms: Number(last - t0) / 1e6 };
      },
    };
  },
};
