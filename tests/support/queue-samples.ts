import type { Core } from '../../electron/core/core.ts';
import { op } from './core.ts';

/** A service, counters and tickets in every state the queue operations act on, for the bad-input samples. */
export interface QueueSamples {
  serviceId: number;
  /** Counter 1 calls; the others each hold one ticket, so every action has a ticket in its state. */
  counterId: number;
  /** A counter nobody sits at with nobody called or served there (only a parked ticket): for breaks, once someone sits there. */
  idleCounterId: number;
  waitingId: number;
  parkedId: number;
  calledIds: { recall: number; skip: number; park: number; start: number };
  servingId: number;
  noShowId: number;
  transferId: number;
  cancelId: number;
}

export async function buildQueueSamples(core: Core, adminToken: string): Promise<QueueSamples> {
  const service = await op(
    core,
    'queue.services.save',
    { prefix: 'Q', nameZh: '样例业务', nameEn: 'Sample service', typicalMinutes: 5 },
    adminToken,
  );
  const counters: number[] = [];
  for (let i = 1; i <= 7; i += 1) {
    counters.push(
      (
        await op(
          core,
          'queue.counters.save',
          { nameZh: `样例${i}号`, nameEn: `Sample ${i}`, kind: 'desk', serviceIds: [service.id] },
          adminToken,
        )
      ).id,
    );
  }
  const issue = async () => (await op(core, 'queue.issue', { serviceId: service.id, print: false }, adminToken)).ticket.id;
  const callTo = async (counterId: number) => {
    const id = await issue();
    await op(core, 'queue.call', { counterId, ticketId: id }, adminToken);
    return id;
  };
  const [c1, c2, c3, c4, c5, c6, c7] = counters as [number, number, number, number, number, number, number];
  const calledIds = { recall: await callTo(c2), skip: await callTo(c3), park: await callTo(c4), start: await callTo(c5) };
  const servingId = await callTo(c6);
  await op(core, 'queue.start', { ticketId: servingId }, adminToken);
  const noShowId = await callTo(c7);
  await op(core, 'queue.skip', { ticketId: noShowId }, adminToken);
  const parkedId = await callTo(c7);
  await op(core, 'queue.park', { ticketId: parkedId }, adminToken);
  await op(core, 'queue.counters.close', { counterId: c7 }, adminToken);
  return {
    serviceId: service.id,
    counterId: c1,
    idleCounterId: c7,
    waitingId: await issue(),
    parkedId,
    calledIds,
    servingId,
    noShowId,
    transferId: await issue(),
    cancelId: await issue(),
  };
}
