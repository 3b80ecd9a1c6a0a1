import { Worker } from 'node:worker_threads';
import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { call } from '../../../electron/core/dispatch.ts';
import { reinstateTicket, skipTicket } from '../../../electron/core/services/queue/calls.ts';
import { issueTicket } from '../../../electron/core/services/queue/issue.ts';
import type { FromClients } from '../display-clients.ts';
import type { Measurement } from '../types.ts';

/** Paired displays listening: a shop has one or two; ten is a large shop with a screen per area. */
const DISPLAYS = 10;
/** Tickets kept waiting at the counter; each called one goes back to the end of the queue (untimed). */
const POOL = 20;
const ARRIVAL_TIMEOUT_MS = 5_000;

/** The display clients' worker thread, and the last arrival of each call it reports. */
async function startClients(port: number, tokens: string[]) {
  const worker = new Worker(new URL('../display-clients.ts', import.meta.url), { workerData: { port, tokens } });
  const arrived = new Map<number, bigint>();
  let wake: (() => void) | null = null;
  let failure: string | null = null;
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromClients) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'arrived') {
        arrived.set(m.ticketId, m.last);
        wake?.();
      } else {
        failure = m.message;
        reject(new Error(`A display client failed: ${m.message}`));
      }
    });
    worker.once('error', reject);
  });
  return {
    /** When the last display heard the call of this ticket (waiting for it if needed). */
    async lastArrival(ticketId: number): Promise<bigint> {
      const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
      for (;;) {
        const last = arrived.get(ticketId);
        if (last !== undefined) {
          arrived.delete(ticketId);
          return last;
        }
        if (failure || performance.now() > deadline) throw new Error(`Not every display heard the call of ticket ${ticketId}${failure ? `: ${failure}` : ''}`);
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, 100);
        });
        clearTimeout(timer);
        wake = null;
      }
    },
    async close(): Promise<void> {
      worker.postMessage({ type: 'close' });
      await worker.terminate();
    },
  };
}

export const displayCall: Measurement = {
  name: 'queue.callNext.display',
  what:
    `From sending queue.callNext (POST to the loopback station as the admin at Counter 1) until all ${DISPLAYS} paired display devices ` +
    '(devices.pairingCode + display.pair, each on its own WebSocket to /api/events, read in a worker thread) have received the queue.call event: ' +
    'the last arrival. The call picks the next of ' +
    `${POOL} waiting tickets in call order and commits; afterwards (untimed) the ticket is skipped and reinstated to the back of the queue.`,
  floor: null,
  cost: 'write',
  target: { kind: 'p95_ms', max: 50 },
  async prepare(ctx) {
    const station = await ctx.station();
    const { adminToken, admin, queue } = ctx.seeded;
    const counter = queue.counters[0];
    const service = queue.services.find((s) => counter?.serviceIds.includes(s.id));
    if (!counter || !service) throw new Error('The seeded store has no counter with a service');

    const tokens: string[] = [];
    for (let n = 1; n <= DISPLAYS; n++) {
      const { code } = await call(ctx.core, 'devices.pairingCode', { kind: 'display' }, { token: adminToken, origin: 'bench' });
      const { token } = await call(ctx.core, 'display.pair', { code, name: `Bench TV ${n}` }, { origin: 'bench' });
      tokens.push(token);
    }
    const clients = await startClients(station.port, tokens);
    ctx.onTeardown(() => clients.close());

    const actor: Actor = { id: admin.id, name: admin.name, role: admin.role };
    const staff: CallContext = { core: ctx.core, actor, origin: 'bench' };
    for (let n = 0; n < POOL; n++) {
      issueTicket(staff, { serviceId: service.id, customerId: null, assetId: null, priority: false, confirmBusy: true, source: 'walkin', window: null, print: false });
    }

    return async () => {
      const t0 = process.hrtime.bigint();
      const ticket = (await station.post('queue.callNext', { counterId: counter.id }, adminToken)) as { id: number };
      const last = await clients.lastArrival(ticket.id);
      skipTicket(staff, ticket.id);
      reinstateTicket(staff, ticket.id);
      return { ms: Number(last - t0) / 1e6 };
    };
  },
};
