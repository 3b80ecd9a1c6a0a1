import WebSocket from 'ws';
import type { Actor, CallContext } from '../../../electron/core/context.ts';
import { call } from '../../../electron/core/dispatch.ts';
import { issueTicket } from '../../../electron/core/services/queue/issue.ts';
import { reinstateTicket, skipTicket } from '../../../electron/core/services/queue/calls.ts';
import type { BenchContext, Measurement } from '../types.ts';

/** Paired displays listening: a shop has one or two; ten is a large shop with a screen per area. */
const DISPLAYS = 10;
/** Tickets kept waiting at the counter; each called one goes back to the end of the queue (untimed). */
const POOL = 20;
const ARRIVAL_TIMEOUT_MS = 5_000;

/** A paired display's socket on /api/events, noting when each call (by ticket id) arrives. */
class DisplayClient {
  readonly arrived = new Map<number, number>();
  #waiter: (() => void) | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as { type: string; call?: { ticketId: number } };
      if (event.type !== 'queue.call' || !event.call) return;
      this.arrived.set(event.call.ticketId, performance.now());
      this.#waiter?.();
    });
  }

  static open(port: number, token: string): Promise<DisplayClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events?token=${encodeURIComponent(token)}`);
      ws.once('message', () => resolve(new DisplayClient(ws)));
      ws.once('error', reject);
    });
  }

  /** When the call of this ticket arrived (waiting for it if it has not yet). */
  async arrival(ticketId: number): Promise<number> {
    const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
    for (;;) {
      const at = this.arrived.get(ticketId);
      if (at !== undefined) return at;
      if (performance.now() > deadline) throw new Error(`A display never heard the call of ticket ${ticketId}`);
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#waiter = resolve;
        timer = setTimeout(resolve, 100);
      });
      clearTimeout(timer);
      this.#waiter = null;
    }
  }
}

export const displayCall: Measurement = {
  name: 'queue.callNext.display',
  what:
    `From sending queue.callNext (POST to the loopback station as the admin at Counter 1) until all ${DISPLAYS} paired display devices ` +
    '(devices.pairingCode + display.pair, each on its own WebSocket to /api/events, in the bench process) have received the queue.call event: ' +
    'the p95 of the last arrival. The call finishes nothing (the previous one was skipped), picks the next of ' +
    `${POOL} waiting tickets in call order and commits; afterwards (untimed) the ticket is skipped and reinstated to the back of the queue.`,
  floor: null,
  cost: 'write',
  target: { kind: 'p95_ms', max: 50 },
  async prepare(ctx: BenchContext) {
    const station = await ctx.station();
    const { adminToken, admin, queue } = ctx.seeded;
    const counter = queue.counters[0];
    const service = queue.services.find((s) => counter?.serviceIds.includes(s.id));
    if (!counter || !service) throw new Error('The seeded store has no counter with a service');

    const clients: DisplayClient[] = [];
    ctx.onTeardown(() => {
      for (const c of clients) c.ws.terminate();
    });
    for (let n = 1; n <= DISPLAYS; n++) {
      const { code } = await call(ctx.core, 'devices.pairingCode', { kind: 'display' }, { token: adminToken, origin: 'bench' });
      const { token } = await call(ctx.core, 'display.pair', { code, name: `Bench TV ${n}` }, { origin: 'bench' });
      clients.push(await DisplayClient.open(station.port, token));
    }

    const actor: Actor = { id: admin.id, name: admin.name, role: admin.role };
    const staff: CallContext = { core: ctx.core, actor, origin: 'bench' };
    for (let n = 0; n < POOL; n++) {
      issueTicket(staff, { serviceId: service.id, customerId: null, assetId: null, priority: false, confirmBusy: true, source: 'walkin', window: null, print: false });
    }

    return async () => {
      const t0 = performance.now();
      const ticket = (await station.post('queue.callNext', { counterId: counter.id }, adminToken)) as { id: number };
      const arrivals = await Promise.all(clients.map((c) => c.arrival(ticket.id)));
      const ms = Math.max(...arrivals) - t0;
      for (const c of clients) c.arrived.delete(ticket.id);
      skipTicket(staff, ticket.id);
      reinstateTicket(staff, ticket.id);
      return { ms };
    };
  },
};
