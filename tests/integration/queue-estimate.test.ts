import { afterEach, describe, expect, it } from 'vitest';
import { estimateWait, minutesPerCustomer, serviceLoads } from '../../electron/core/services/queue/estimate.ts';
import { addStaff, op } from '../support/core.ts';
import { closeQueueStores, queueStore, type QueueStore } from '../support/queue.ts';

/** The estimated wait comes from real recent service times, shared across the open counters. */

afterEach(closeQueueStores);

/** Serves `n` customers of service A at counter 1, each taking `minutes` from start to finish. */
async function serve(w: QueueStore, n: number, minutes: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const { ticket } = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false, confirmBusy: true }, w.token);
    await op(w.core, 'queue.call', { counterId: w.counters.c1, ticketId: ticket.id }, w.token);
    await op(w.core, 'queue.start', { ticketId: ticket.id }, w.token);
    w.clock.advanceMinutes(minutes);
    await op(w.core, 'queue.finish', { ticketId: ticket.id }, w.token);
  }
}

const typicalA = (w: QueueStore) => ({ id: w.services.A, typical_minutes: 10 });

describe('estimated wait', () => {
  it('uses the typical minutes with no history, and nobody ahead waits nothing', async () => {
    const w = await queueStore();
    expect(estimateWait(w.core, w.services.A, 0)).toBe(0);
    expect(estimateWait(w.core, w.services.A, 3)).toBe(30);
    for (let i = 0; i < 3; i += 1) await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    const fourth = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(fourth).toMatchObject({ ahead: 3, estimatedMinutes: 30, ticket: { estimatedMinutes: 30 } });
    expect(serviceLoads(w.core).find((l) => l.serviceId === w.services.A)).toMatchObject({ waiting: 4, estimatedMinutes: 40 });
  });

  it('blends a few real durations with the typical minutes, then trusts the history alone', async () => {
    const w = await queueStore();
    await serve(w, 2, 4);
    // Two samples weigh 2/5: 0.4 x 4 + 0.6 x 10 = 7.6 minutes a customer.
    expect(minutesPerCustomer(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(7.6, 5);
    expect(estimateWait(w.core, w.services.A, 5)).toBe(38);
    await serve(w, 3, 4);
    expect(minutesPerCustomer(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(4, 5);
    expect(estimateWait(w.core, w.services.A, 5)).toBe(20);
  });

  it('reads only the last 20 finished tickets within 14 days', async () => {
    const w = await queueStore();
    await serve(w, 5, 30);
    await serve(w, 20, 2);
    expect(minutesPerCustomer(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(2, 5);
    w.clock.advanceMinutes(15 * 24 * 60);
    expect(minutesPerCustomer(w.core.db, typicalA(w), w.clock.now())).toBe(10);
  });

  it('divides the wait across the open counters that serve the service', async () => {
    const w = await queueStore();
    const other = await addStaff(w.core, w.token, 'reception', '3333');
    const third = await addStaff(w.core, w.token, 'reception', '4444');
    expect(estimateWait(w.core, w.services.A, 6)).toBe(60);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    expect(estimateWait(w.core, w.services.A, 6)).toBe(60);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c2 }, other.token);
    expect(estimateWait(w.core, w.services.A, 6)).toBe(30);
    // Counter 3 does not serve A.
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c3 }, third.token);
    expect(estimateWait(w.core, w.services.A, 6)).toBe(30);
    expect(estimateWait(w.core, w.services.B, 6)).toBe(12);
  });

  it('uses the service the ticket was finished under, not the one it was issued for', async () => {
    const w = await queueStore();
    for (let i = 0; i < 5; i += 1) {
      const { ticket } = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
      await op(w.core, 'queue.transfer', { ticketId: ticket.id, serviceId: w.services.C }, w.token);
      await op(w.core, 'queue.call', { counterId: w.counters.c1, ticketId: ticket.id }, w.token);
      await op(w.core, 'queue.start', { ticketId: ticket.id }, w.token);
      w.clock.advanceMinutes(12);
      await op(w.core, 'queue.finish', { ticketId: ticket.id }, w.token);
    }
    expect(estimateWait(w.core, w.services.C, 1)).toBe(12);
    expect(estimateWait(w.core, w.services.A, 1)).toBe(10);
  });
});
