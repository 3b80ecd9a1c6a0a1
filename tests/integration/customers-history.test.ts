import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { type ManualClock, makeCore, op, removeTempDirs, setUpStore, tryOp } from '../support/core.ts';
import { callNextTicket } from '../support/queue.ts';

let core: Core;
let clock: ManualClock;
let token: string;
let customerId: number;
let otherId: number;
let assetId: number;

beforeAll(async () => {
  ({ core, clock } = makeCore());
  ({ adminToken: token } = await setUpStore(core));
  customerId = (await op(core, 'customers.create', { name: '张三', phones: ['13800138000'] }, token)).id;
  otherId = (await op(core, 'customers.create', { name: '李四', phones: ['13912345678'] }, token)).id;
  assetId = (
    await op(core, 'assets.save', { customerId, kind: 'device', brand: 'Apple', model: 'iPhone 13', imei: '356938035643809' }, token)
  ).id;
});
afterAll(() => removeTempDirs());

describe("a customer's history", () => {
  it('is empty for a new customer, with a section per area', async () => {
    expect(await op(core, 'customers.history', { id: customerId }, token)).toEqual({
      customerId,
      tickets: { entries: [], more: false },
      appointments: { entries: [], more: false },
      jobs: { entries: [], more: false },
    });
  });

  it('lists their queue numbers and appointments, newest first, and nobody else’s', async () => {
    const repair = await op(
      core,
      'queue.services.save',
      { prefix: 'A', nameZh: '维修受理', nameEn: 'Repair intake', typicalMinutes: 10 },
      token,
    );
    const counter = await op(
      core,
      'queue.counters.save',
      { nameZh: '1号窗口', nameEn: 'Window 1', kind: 'window', serviceIds: [repair.id] },
      token,
    );
    const first = await op(core, 'queue.issue', { serviceId: repair.id, customerId, assetId, print: false }, token);
    await op(core, 'queue.issue', { serviceId: repair.id, customerId: otherId, print: false }, token);
    clock.advanceMinutes(5);
    const second = await op(core, 'queue.issue', { serviceId: repair.id, customerId, confirmDuplicate: true, print: false }, token);
    await op(core, 'queue.counters.open', { counterId: counter.id }, token);
    const called = await callNextTicket(core, counter.id, token);
    expect(called.id).toBe(first.ticket.id);
    await op(core, 'queue.start', { ticketId: called.id }, token);
    clock.advanceMinutes(7);
    await op(core, 'queue.finish', { ticketId: called.id }, token);

    // 10:00 and 11:00 on the store's day (the clock is 09:12 in Shanghai).
    const booked = await op(
      core,
      'appointments.book',
      { customerId, serviceId: repair.id, startsAt: '2026-03-02T02:00:00.000Z', note: '换屏' },
      token,
    );
    const later = await op(
      core,
      'appointments.book',
      { customerId, assetId, serviceId: repair.id, startsAt: '2026-03-02T03:00:00.000Z', confirmDuplicate: true },
      token,
    );
    await op(core, 'appointments.book', { customerId: otherId, serviceId: repair.id, startsAt: '2026-03-02T04:00:00.000Z' }, token);

    const h = await op(core, 'customers.history', { id: customerId }, token);
    expect(h.tickets.entries).toEqual([
      {
        id: second.ticket.id,
        number: 'A003',
        businessDay: '2026-03-02',
        serviceId: repair.id,
        serviceNameZh: '维修受理',
        serviceNameEn: 'Repair intake',
        source: 'walkin',
        status: 'waiting',
        counterNameZh: null,
        counterNameEn: null,
        assetId: null,
        issuedAt: second.ticket.issuedAt,
        finishedAt: null,
      },
      expect.objectContaining({
        id: first.ticket.id,
        number: 'A001',
        status: 'done',
        counterNameEn: 'Window 1',
        counterNameZh: '1号窗口',
        assetId,
        finishedAt: '2026-03-02T01:12:00.000Z',
      }),
    ]);
    expect(h.appointments.entries).toEqual([
      {
        id: later.id,
        serviceId: repair.id,
        serviceNameZh: '维修受理',
        serviceNameEn: 'Repair intake',
        startsAt: '2026-03-02T03:00:00.000Z',
        endsAt: later.endsAt,
        status: 'booked',
        assetId,
        note: '',
        ticketId: null,
      },
      expect.objectContaining({ id: booked.id, startsAt: '2026-03-02T02:00:00.000Z', note: '换屏', assetId: null }),
    ]);
    expect(h.tickets.more).toBe(false);

    // A limit keeps the newest and says there is more.
    const short = await op(core, 'customers.history', { id: customerId, limit: 1 }, token);
    expect(short.tickets).toEqual({ entries: [h.tickets.entries[0]], more: true });
    expect(short.appointments).toEqual({ entries: [h.appointments.entries[0]], more: true });
  });

  it('refuses an unknown customer with NOT_FOUND', async () => {
    expect(await tryOp(core, 'customers.history', { id: 999 }, token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { id: 'no such customer' } },
    });
  });
});
