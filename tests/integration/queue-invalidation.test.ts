import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/index.ts';
import { forDisplay } from '../../electron/core/server/display-events.ts';
import { op } from '../support/core.ts';
import { closeQueueStores, queueStore } from '../support/queue.ts';

/** The invalidate events dispatch sends after queue writes: the queue and the displays, and only the ticket's customer's history. */

afterEach(closeQueueStores);

describe('invalidation after queue writes', () => {
  it("names the queue, the displays and the ticket's customer, not every customer read", async () => {
    const w = await queueStore();
    const customer = await op(w.core, 'customers.create', { name: '张三', phones: ['13800138000'] }, w.token);
    const events: Extract<ServerEvent, { type: 'invalidate' }>[] = [];
    w.core.events.subscribe((e) => {
      if (e.type === 'invalidate') events.push(e);
    });

    const withCustomer = await op(w.core, 'queue.issue', { serviceId: w.services.A, customerId: customer.id, print: false }, w.token);
    await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    await op(w.core, 'queue.finish', { ticketId: withCustomer.ticket.id }, w.token);

    expect(events).toEqual([
      { type: 'invalidate', prefixes: ['queue.', 'display.'], records: [{ op: 'customers.history', key: 'id', value: customer.id }] },
      { type: 'invalidate', prefixes: ['queue.', 'display.'] },
      { type: 'invalidate', prefixes: ['queue.'] },
      { type: 'invalidate', prefixes: ['queue.', 'display.', 'customers.history'] },
      { type: 'invalidate', prefixes: ['queue.', 'display.'], records: [{ op: 'customers.history', key: 'id', value: customer.id }] },
    ]);
    // A paired display hears only its own reads: no customer ids.
    expect(forDisplay(events[0] as ServerEvent)).toEqual({ type: 'invalidate', prefixes: ['display.'] });
  });
});
