import { afterEach, describe, expect, it } from 'vitest';
import { estimateWait, occupancyMinutes, serviceLoads } from '../../electron/core/services/queue/estimate.ts';
import { addStaff, op } from '../support/core.ts';
import { closeQueueStores, queueStore, type QueueStore } from '../support/queue.ts';

/**
 * The estimated wait comes from how long recent customers kept a counter (call to finish), pooled
 * over the counters a service shares with others. The fixture: A 10, B 4, C 6 typical minutes;
 * counter 1 serves A+C, counter 2 A+B, counter 3 B+C.
 */

afterEach(closeQueueStores);

type Prefix = 'A' | 'B' | 'C';

/**
 * Serves `n` customers of service A at counter 1 (calling there seats the admin, so counter 1 is then A's
 * only open counter): `walkUp` minutes from the call to the start, then `minutes` to the finish.
 */
async function serve(w: QueueStore, n: number, minutes: number, walkUp = 0): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const { ticket } = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false, confirmBusy: true }, w.token);
    await op(w.core, 'queue.call', { counterId: w.counters.c1, ticketId: ticket.id }, w.token);
    w.clock.advanceMinutes(walkUp);
    await op(w.core, 'queue.start', { ticketId: ticket.id }, w.token);
    w.clock.advanceMinutes(minutes);
    await op(w.core, 'queue.finish', { ticketId: ticket.id }, w.token);
  }
}

/** Issues `n` numbers of a service, one minute apart; returns their ids. */
async function wait(w: QueueStore, prefix: Prefix, n: number, priority = false): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i += 1) {
    w.clock.advanceMinutes(1);
    ids.push(
      (await op(w.core, 'queue.issue', { serviceId: w.services[prefix], print: false, priority, confirmBusy: true }, w.token)).ticket.id,
    );
  }
  return ids;
}

/** Someone sits at every counter. */
async function openAll(w: QueueStore): Promise<void> {
  const second = await addStaff(w.core, w.token, 'reception', '3333');
  const third = await addStaff(w.core, w.token, 'reception', '4444');
  await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
  await op(w.core, 'queue.counters.open', { counterId: w.counters.c2 }, second.token);
  await op(w.core, 'queue.counters.open', { counterId: w.counters.c3 }, third.token);
}

const load = (w: QueueStore, prefix: Prefix) => serviceLoads(w.core).find((l) => l.serviceId === w.services[prefix]);
const typicalA = (w: QueueStore) => ({ id: w.services.A, typical_minutes: 10 });

describe('estimated wait', () => {
  it('with no history uses the typical minutes, over the active counters while none is open', async () => {
    const w = await queueStore();
    expect(estimateWait(w.core, w.services.A, 0)).toBe(0);
    expect(load(w, 'A')).toMatchObject({ waiting: 0, estimatedMinutes: 0 });
    await wait(w, 'A', 3);
    // Nobody sits anywhere: A's two active counters (1 and 2) count as staffed. 3 x 10 / 2.
    const fourth = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(fourth).toMatchObject({ ahead: 3, estimatedMinutes: 15, ticket: { estimatedMinutes: 15 } });
    expect(load(w, 'A')).toMatchObject({ waiting: 4, estimatedMinutes: 20 });
  });

  it('counts the occupancy from the call to the finish, walk-up included', async () => {
    const w = await queueStore();
    await serve(w, 5, 4, 2);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(6, 5);
    await wait(w, 'A', 5);
    // 5 x 6 at the one open counter; the service time alone (4 minutes) would give 20.
    expect(load(w, 'A')?.estimatedMinutes).toBe(30);
  });

  it('blends a few real occupancies with the typical minutes, then trusts the history alone', async () => {
    const w = await queueStore();
    await serve(w, 2, 3, 1);
    // Two samples weigh 2/5: 0.4 x 4 + 0.6 x 10 = 7.6 minutes a customer.
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(7.6, 5);
    await wait(w, 'A', 5);
    expect(load(w, 'A')?.estimatedMinutes).toBe(38);
    await serve(w, 3, 3, 1);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(4, 5);
    expect(load(w, 'A')?.estimatedMinutes).toBe(20);
  });

  it('reads only the last 20 finished tickets within 14 days', async () => {
    const w = await queueStore();
    await serve(w, 5, 30);
    await serve(w, 20, 2);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo(2, 5);
    w.clock.advanceMinutes(15 * 24 * 60);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBe(10);
  });

  it('clamps each occupancy to 0.5-480 minutes', async () => {
    const w = await queueStore();
    await serve(w, 4, 0);
    await serve(w, 1, 600);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBeCloseTo((4 * 0.5 + 480) / 5, 5);
  });

  it('divides by the open counters serving the service, falling back to the active ones when none is open', async () => {
    const w = await queueStore();
    const other = await addStaff(w.core, w.token, 'reception', '3333');
    await wait(w, 'A', 6);
    expect(load(w, 'A')?.estimatedMinutes).toBe(30);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    expect(load(w, 'A')?.estimatedMinutes).toBe(60);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c2 }, other.token);
    expect(load(w, 'A')?.estimatedMinutes).toBe(30);
  });

  it('counts the tickets of other services that the shared counters call first', async () => {
    const w = await queueStore();
    await openAll(w);
    await wait(w, 'A', 2);
    await wait(w, 'B', 4);
    await wait(w, 'C', 2);
    // A's counters are 1 and 2. A: 2 x 10. B (counters 2 and 3, one of them A's): 4 x 4 x 1/2.
    // C (counters 1 and 3, one of them A's): 2 x 6 x 1/2. (20 + 8 + 6) / 2 = 17; A's own tickets alone would give 10.
    const next = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(next).toMatchObject({ ahead: 2, estimatedMinutes: 17 });
    // B with nothing of its own waiting still waits behind A's and C's tickets its counters take:
    // A (3, counter 2 of A's 1 and 2) 3 x 10 x 1/2, C (counter 3 of C's 1 and 3) 2 x 6 x 1/2, B 4 x 4: (15 + 6 + 16) / 2 = 18.5.
    expect(load(w, 'B')?.estimatedMinutes).toBe(19);
  });

  it("counts only the tickets called before this one: priority first, then an existing ticket's place", async () => {
    const w = await queueStore();
    await openAll(w);
    await wait(w, 'A', 1);
    await wait(w, 'B', 1);
    await wait(w, 'A', 1);
    // For A (counters 1 and 2): A1 10, B1 4 x 1/2, A2 10.
    expect(estimateWait(w.core, w.services.A, 0)).toBe(0);
    expect(estimateWait(w.core, w.services.A, 1)).toBe(6);
    expect(estimateWait(w.core, w.services.A, 2)).toBe(11);
    await wait(w, 'A', 2, true);
    // A new priority B waits only behind the two priority A tickets: 2 x 10 x 1/2 / 2.
    expect(await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false, priority: true }, w.token)).toMatchObject({
      ahead: 0,
      estimatedMinutes: 5,
    });
    // The first A ticket (two of its own service ahead now) waits behind the two priority A and the priority B: (20 + 2) / 2.
    expect(estimateWait(w.core, w.services.A, 2)).toBe(11);
  });

  it('counts a ticket sent to one counter only for the services that counter serves', async () => {
    const w = await queueStore();
    await openAll(w);
    const [b] = await wait(w, 'B', 1);
    await op(w.core, 'queue.transfer', { ticketId: b as number, counterId: w.counters.c3 }, w.token);
    // Counter 3 serves B and C, not A.
    expect(load(w, 'A')?.estimatedMinutes).toBe(0);
    expect(load(w, 'C')?.estimatedMinutes).toBe(2);
    expect(load(w, 'B')?.estimatedMinutes).toBe(2);
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
    expect(occupancyMinutes(w.core.db, { id: w.services.C, typical_minutes: 6 }, w.clock.now())).toBeCloseTo(12, 5);
    expect(occupancyMinutes(w.core.db, typicalA(w), w.clock.now())).toBe(10);
  });
});
