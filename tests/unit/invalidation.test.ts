import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { contract, OP_NAMES, staleRecords } from '../../shared/contract/index.ts';
import { invalidateOps } from '../../renderer/src/api/invalidate.ts';

/** What a write marks stale: name prefixes, plus single records (a customer's history) named in its output. */

const covers = (prefixes: readonly string[], read: string) => prefixes.some((p) => read.startsWith(p));

describe('invalidation', () => {
  it('queue and appointment writes refresh the queue, not every customer read', () => {
    const writes = OP_NAMES.filter((n) => (n.startsWith('queue.') || n.startsWith('appointments.')) && contract[n].invalidates.length);
    expect(writes).toContain('queue.issue');
    for (const name of writes) {
      const { invalidates } = contract[name];
      for (const read of ['customers.search', 'customers.get', 'assets.list'] as const)
        expect(covers(invalidates, read), `${name} → ${read}`).toBe(false);
    }
    expect(covers(contract['queue.issue'].invalidates, 'queue.overview')).toBe(true);
    expect(covers(contract['queue.issue'].invalidates, 'display.state')).toBe(true);
    expect(covers(contract['queue.issue'].invalidates, 'customers.history')).toBe(false);
    // A call finishes the counter's previous ticket, whose customer its output does not name.
    expect(covers(contract['queue.callNext'].invalidates, 'customers.history')).toBe(true);
  });

  it("names the ticket's or the appointment's customer from the write's output, and nobody when there is none", () => {
    expect(staleRecords(contract['queue.issue'], { ticket: { customerId: 12 } })).toEqual([
      { op: 'customers.history', key: 'id', value: 12 },
    ]);
    expect(staleRecords(contract['queue.issue'], { ticket: { customerId: null } })).toEqual([]);
    expect(staleRecords(contract['queue.finish'], { id: 3, customerId: 7 })).toEqual([{ op: 'customers.history', key: 'id', value: 7 }]);
    expect(staleRecords(contract['appointments.cancel'], { id: 3, customerId: 9 })).toEqual([
      { op: 'customers.history', key: 'id', value: 9 },
    ]);
    expect(staleRecords(contract['appointments.checkIn'], { appointment: { customerId: 4 }, ticket: {} })).toEqual([
      { op: 'customers.history', key: 'id', value: 4 },
    ]);
    expect(staleRecords(contract['customers.update'], { id: 4 })).toEqual([]);
  });

  it('every record a write names is a real read keyed by a field of its input', () => {
    for (const name of OP_NAMES) {
      for (const r of contract[name].invalidatesRecords ?? []) {
        expect(OP_NAMES, name).toContain(r.op);
        const read = contract[r.op as keyof typeof contract];
        expect(read.invalidates, `${r.op} is a read`).toEqual([]);
        expect(Object.keys((read.input as unknown as { shape: object }).shape), `${name} → ${r.op}.${r.key}`).toContain(r.key);
      }
    }
  });

  it("the console marks stale the matching prefixes and only the named customer's history", async () => {
    const client = new QueryClient();
    const keys = [
      ['queue.overview', {}],
      ['display.state', {}],
      ['customers.search', { q: '138' }],
      ['customers.get', { id: 12 }],
      ['customers.history', { id: 12 }],
      ['customers.history', { id: 12, limit: 200 }],
      ['customers.history', { id: 13 }],
    ] as const;
    for (const key of keys) client.setQueryData(key, { cached: true });
    await invalidateOps(client, contract['queue.issue'].invalidates, staleRecords(contract['queue.issue'], { ticket: { customerId: 12 } }));
    const stale = keys.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => JSON.stringify(key));
    expect(stale).toEqual([
      '["queue.overview",{}]',
      '["display.state",{}]',
      '["customers.history",{"id":12}]',
      '["customers.history",{"id":12,"limit":200}]',
    ]);
  });
});
