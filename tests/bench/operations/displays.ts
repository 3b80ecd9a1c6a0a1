import { Worker } from 'node:worker_threads';
import { call } from '../../../electron/core/dispatch.ts';
import type { FromClients, ToClients } from '../display-clients.ts';
import type { BenchContext } from '../types.ts';

/** Paired displays: a shop has one or two; ten is a large shop with a screen per area. */
export const DISPLAYS = 10;
const ARRIVAL_TIMEOUT_MS = 5_000;

export interface Displays {
  /** Opens the ten sockets; resolves when every one has had its hello. */
  connect: () => Promise<void>;
  /** Closes them; resolves when the station has seen every close. */
  disconnect: () => Promise<void>;
  /** process.hrtime.bigint() when the last display heard the call of this ticket (waiting for it). */
  lastArrival: (ticketId: number) => Promise<bigint>;
}

const shared = new WeakMap<BenchContext, Promise<Displays>>();

/**
 * Ten display devices paired through the contract (devices.pairingCode as the admin, display.pair),
 * once per run, whose sockets live in a worker thread (display-clients.ts). Measurements connect them
 * around their own samples only, so the operations in between run without displays listening.
 */
export function pairedDisplays(ctx: BenchContext): Promise<Displays> {
  let displays = shared.get(ctx);
  if (!displays) {
    displays = start(ctx);
    shared.set(ctx, displays);
  }
  return displays;
}

async function start(ctx: BenchContext): Promise<Displays> {
  const station = await ctx.station();
  const tokens: string[] = [];
  for (let n = 1; n <= DISPLAYS; n++) {
    const { code } = await call(ctx.core, 'devices.pairingCode', { kind: 'display' }, { token: ctx.seeded.adminToken, origin: 'bench' });
    const { token } = await call(ctx.core, 'display.pair', { code, name: `Bench TV ${n}` }, { origin: 'bench' });
    tokens.push(token);
  }
  const worker = new Worker(new URL('../display-clients.ts', import.meta.url), { workerData: { port: station.port, tokens } });
  ctx.onTeardown(async () => {
    worker.postMessage({ type: 'exit' } satisfies ToClients);
    await worker.terminate();
  });

  const arrived = new Map<number, bigint>();
  let wake: (() => void) | null = null;
  let answer: { type: 'ready' | 'closed'; resolve: () => void; reject: (err: Error) => void } | null = null;
  let failure: string | null = null;
  worker.on('message', (m: FromClients) => {
    if (m.type === 'arrived') {
      arrived.set(m.ticketId, m.last);
      wake?.();
    } else if (m.type === 'error') {
      failure = m.message;
      answer?.reject(new Error(`A display client failed: ${m.message}`));
      wake?.();
    } else if (answer?.type === m.type) answer.resolve();
  });
  const ask = (message: ToClients, expect: 'ready' | 'closed') =>
    new Promise<void>((resolve, reject) => {
      answer = { type: expect, resolve, reject };
      worker.postMessage(message);
    }).finally(() => {
      answer = null;
    });

  return {
    connect: () => ask({ type: 'connect' }, 'ready'),
    async disconnect() {
      await ask({ type: 'disconnect' }, 'closed');
      arrived.clear();
    },
    async lastArrival(ticketId) {
      const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
      for (;;) {
        const last = arrived.get(ticketId);
        if (last !== undefined) {
          arrived.delete(ticketId);
          return last;
        }
        if (failure || performance.now() > deadline)
          throw new Error(`Not every display heard the call of ticket ${ticketId}${failure ? `: ${failure}` : ''}`);
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, 100);
        });
        clearTimeout(timer);
        wake = null;
      }
    },
  };
}
