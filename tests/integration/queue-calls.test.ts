import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/index.ts';
import { issueTicketTx } from '../../electron/core/services/queue/issue.ts';
import { addStaff, count, op, snapshot } from '../support/core.ts';
import { callNextTicket, closeQueueStores, queueStore } from '../support/queue.ts';
import { refusal } from '../support/refusal.ts';

/** Counter operations: call order, one ticket per counter, recall, skip and reinstate, park, transfer, finish. */

afterEach(closeQueueStores);

async function world() {
  const w = await queueStore();
  const events: ServerEvent[] = [];
  w.core.events.subscribe((e) => events.push(e));
  const issue = async (serviceId: number, extra: Record<string, unknown> = {}) =>
    (await op(w.core, 'queue.issue', { serviceId, print: false, ...extra }, w.token)).ticket;
  const calls = () => events.flatMap((e) => (e.type === 'queue.call' ? [e.call] : []));
  return { ...w, issue, calls };
}

describe('call next', () => {
  it('calls first come first served among the services the counter serves, and announces after the commit', async () => {
    const w = await world();
    const a1 = await w.issue(w.services.A);
    w.clock.advanceMinutes(1);
    const b1 = await w.issue(w.services.B);
    w.clock.advanceMinutes(1);
    const c1 = await w.issue(w.services.C);
    // Counter 3 serves B and C: A001 is not its to call.
    const first = await callNextTicket(w.core, w.counters.c3, w.token);
    expect(first).toMatchObject({ id: b1.id, status: 'called', counterId: w.counters.c3, callCount: 1 });
    expect(w.calls()).toEqual([
      {
        ticketId: b1.id,
        number: 'B001',
        serviceId: w.services.B,
        counterId: w.counters.c3,
        counterNameZh: '3号窗口',
        counterNameEn: 'Counter 3',
        customerMasked: null,
        at: w.core.nowIso(),
        callCount: 1,
      },
    ]);
    // The counter holds one ticket at a time: calling the next finishes B001.
    const second = await callNextTicket(w.core, w.counters.c3, w.token);
    expect(second.id).toBe(c1.id);
    expect((await op(w.core, 'queue.ticket', { ticketId: b1.id }, w.token)).ticket.status).toBe('done');
    // Nobody waiting is a calm answer, not a refusal, and it changes nothing: C001 stays with the counter.
    const before = snapshot(w.core);
    expect(await op(w.core, 'queue.callNext', { counterId: w.counters.c3 }, w.token)).toEqual({ ticket: null });
    expect(snapshot(w.core)).toEqual(before);
    expect(w.calls()).toHaveLength(2);
    expect((await op(w.core, 'queue.ticket', { ticketId: c1.id }, w.token)).ticket.status).toBe('called');
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token)).ticket?.id).toBe(a1.id);
  });

  it('orders appointments inside their window, then priority, then first come first served', async () => {
    const w = await world();
    const ctx = { core: w.core, actor: { id: w.adminId, name: 'Ada Admin', role: 'admin' as const }, origin: 'test' };
    const walkin1 = await w.issue(w.services.A);
    w.clock.advanceMinutes(1);
    const walkin2 = await w.issue(w.services.A);
    w.clock.advanceMinutes(1);
    const green = await w.issue(w.services.A, { priority: true });
    w.clock.advanceMinutes(1);
    const start = w.clock.now();
    const window = (fromMin: number, toMin: number) => ({
      start: new Date(start + fromMin * 60_000).toISOString(),
      end: new Date(start + toMin * 60_000).toISOString(),
    });
    const appt = (win: { start: string; end: string }) =>
      w.core.db
        .transaction(() =>
          issueTicketTx(ctx, {
            serviceId: w.services.A,
            customerId: null,
            assetId: null,
            priority: true,
            confirmBusy: false,
            source: 'appointment',
            window: win,
          }),
        )
        .immediate().ticket;
    const later = appt(window(60, 90)); // its window has not begun: a priority ticket until then
    w.clock.advanceMinutes(1);
    const inWindow = appt(window(-15, 15));
    const order: number[] = [];
    for (let i = 0; i < 5; i += 1) order.push((await callNextTicket(w.core, w.counters.c1, w.token)).id);
    expect(order).toEqual([inWindow.id, green.id, later.id, walkin1.id, walkin2.id]);
  });

  it('respects a ticket sent to one counter', async () => {
    const w = await world();
    const a1 = await w.issue(w.services.A);
    const a2 = await w.issue(w.services.A);
    await op(w.core, 'queue.transfer', { ticketId: a1.id, counterId: w.counters.c2 }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token)).ticket?.id).toBe(a2.id);
    await op(w.core, 'queue.counters.close', { counterId: w.counters.c1 }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c2 }, w.token)).ticket?.id).toBe(a1.id);
  });

  it('opens a free counter for the caller and refuses a counter someone else sits at', async () => {
    const w = await world();
    const other = await addStaff(w.core, w.token, 'reception', '3333', 'Rita Reception');
    await w.issue(w.services.A);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, other.token);
    const before = snapshot(w.core);
    const refused = await refusal(op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token));
    expect(refused).toMatchObject({ code: 'INVALID_STATE', params: { state: 'notOpen' } });
    expect(snapshot(w.core)).toEqual(before);
    const called = await callNextTicket(w.core, w.counters.c2, w.token);
    expect(called.counterId).toBe(w.counters.c2);
    const c2 = (await op(w.core, 'queue.counter', { counterId: w.counters.c2 }, w.token)).counter;
    expect(c2.openStaffId).toBe(w.adminId);
  });
});

describe('ticket actions', () => {
  it('recalls a called ticket (count + 1, announced again) and refuses a waiting one', async () => {
    const w = await world();
    const t = await w.issue(w.services.A);
    const waiting = await refusal(op(w.core, 'queue.recall', { ticketId: t.id }, w.token));
    expect(waiting).toMatchObject({ code: 'INVALID_STATE', params: { state: 'waiting' } });
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    w.clock.advanceMinutes(1);
    const again = await op(w.core, 'queue.recall', { ticketId: t.id }, w.token);
    expect(again.callCount).toBe(2);
    expect(w.calls().map((c) => [c.number, c.callCount, c.at])).toEqual([
      ['A001', 1, new Date(w.clock.now() - 60_000).toISOString()],
      ['A001', 2, w.core.nowIso()],
    ]);
  });

  it('skips a no-show, reinstates them today at the back of the queue, and not on another day', async () => {
    const w = await world();
    const t = await w.issue(w.services.A);
    w.clock.advanceMinutes(1);
    const other = await w.issue(w.services.A);
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    const skipped = await op(w.core, 'queue.skip', { ticketId: t.id }, w.token);
    expect(skipped.status).toBe('no_show');
    w.clock.advanceMinutes(5);
    const back = await op(w.core, 'queue.reinstate', { ticketId: t.id }, w.token);
    expect(back).toMatchObject({ status: 'waiting', queuedAt: w.core.nowIso(), issuedAt: t.issuedAt, counterId: null, number: 'A001' });
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token)).ticket?.id).toBe(other.id);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token)).ticket?.id).toBe(t.id);
    await op(w.core, 'queue.skip', { ticketId: t.id }, w.token);
    const again = await refusal(op(w.core, 'queue.reinstate', { ticketId: other.id }, w.token));
    expect(again).toMatchObject({ code: 'INVALID_STATE', params: { state: 'done' } });
    w.clock.advanceMinutes(24 * 60);
    const { token } = await op(w.core, 'auth.signIn', { staffId: w.adminId, pin: '73915604' });
    const stale = await refusal(op(w.core, 'queue.reinstate', { ticketId: t.id }, token));
    expect(stale).toMatchObject({ code: 'INVALID_STATE', params: { state: 'no_show' } });
    const events = (await op(w.core, 'queue.ticket', { ticketId: t.id }, token)).events.map((e) => e.action);
    expect(events).toEqual(['issue', 'call', 'skip', 'reinstate', 'call', 'skip']);
  });

  it('parks a ticket at its counter and calls it back by choice', async () => {
    const w = await world();
    const t = await w.issue(w.services.A);
    const next = await w.issue(w.services.A);
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    await op(w.core, 'queue.start', { ticketId: t.id }, w.token);
    const parked = await op(w.core, 'queue.park', { ticketId: t.id }, w.token);
    expect(parked).toMatchObject({ status: 'parked', counterId: w.counters.c1 });
    const view = await op(w.core, 'queue.counter', { counterId: w.counters.c1 }, w.token);
    expect(view).toMatchObject({ current: null, parked: [{ id: t.id }], waiting: 1, next: { id: next.id } });
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    const back = await op(w.core, 'queue.call', { counterId: w.counters.c1, ticketId: t.id }, w.token);
    expect(back).toMatchObject({ status: 'called', callCount: 2 });
    // Calling the parked ticket finished the one the counter held.
    expect((await op(w.core, 'queue.ticket', { ticketId: next.id }, w.token)).ticket.status).toBe('done');
  });

  it('transfers keeping the issue and queue time, and refuses a counter that does not serve the service', async () => {
    const w = await world();
    const early = await w.issue(w.services.A);
    w.clock.advanceMinutes(3);
    const c = await w.issue(w.services.C);
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    const before = snapshot(w.core);
    // Counter 2 serves A and B, not C.
    const refused = await refusal(
      op(w.core, 'queue.transfer', { ticketId: early.id, serviceId: w.services.C, counterId: w.counters.c2 }, w.token),
    );
    expect(refused).toMatchObject({ code: 'VALIDATION', fields: { counterId: 'does not serve this service' } });
    const unknown = await refusal(op(w.core, 'queue.transfer', { ticketId: early.id, serviceId: 999 }, w.token));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: { serviceId: 'is not an active service' } });
    expect(snapshot(w.core)).toEqual(before);
    const moved = await op(w.core, 'queue.transfer', { ticketId: early.id, serviceId: w.services.C }, w.token);
    expect(moved).toMatchObject({
      status: 'waiting',
      serviceId: w.services.C,
      originalServiceId: w.services.A,
      number: 'A001',
      issuedAt: early.issuedAt,
      queuedAt: early.queuedAt,
      counterId: null,
    });
    // Its original place: ahead of C001, issued three minutes later.
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c3 }, w.token)).ticket?.id).toBe(early.id);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counters.c3 }, w.token)).ticket?.id).toBe(c.id);
    const detail = await op(w.core, 'queue.ticket', { ticketId: early.id }, w.token);
    expect(detail.events.find((e) => e.action === 'transfer')?.detail).toMatchObject({
      fromServiceId: w.services.A,
      toServiceId: w.services.C,
    });
  });

  it('starts, finishes and cancels only from the right states, recording who and where', async () => {
    const w = await world();
    const t = await w.issue(w.services.B);
    expect((await refusal(op(w.core, 'queue.start', { ticketId: t.id }, w.token))).params).toEqual({ state: 'waiting' });
    expect((await refusal(op(w.core, 'queue.finish', { ticketId: t.id }, w.token))).params).toEqual({ state: 'waiting' });
    await op(w.core, 'queue.callNext', { counterId: w.counters.c2 }, w.token);
    w.clock.advanceMinutes(1);
    await op(w.core, 'queue.start', { ticketId: t.id }, w.token);
    w.clock.advanceMinutes(4);
    const done = await op(w.core, 'queue.finish', { ticketId: t.id }, w.token);
    expect(done).toMatchObject({ status: 'done', finishedAt: w.core.nowIso() });
    expect((await refusal(op(w.core, 'queue.cancel', { ticketId: t.id }, w.token))).params).toEqual({ state: 'done' });
    const u = await w.issue(w.services.B);
    const cancelled = await op(w.core, 'queue.cancel', { ticketId: u.id, reason: 'left the shop' }, w.token);
    expect(cancelled.status).toBe('cancelled');
    expect(w.core.db.prepare('SELECT issued_by, issue_origin FROM tickets WHERE id = ?').get(t.id)).toEqual({
      issued_by: w.adminId,
      issue_origin: 'test',
    });
    const rows = w.core.db
      .prepare('SELECT action, counter_id, staff_id, origin FROM ticket_events WHERE ticket_id = ? ORDER BY id')
      .all(t.id);
    expect(rows).toEqual([
      { action: 'call', counter_id: w.counters.c2, staff_id: w.adminId, origin: 'test' },
      { action: 'start', counter_id: w.counters.c2, staff_id: w.adminId, origin: 'test' },
      { action: 'finish', counter_id: w.counters.c2, staff_id: w.adminId, origin: 'test' },
    ]);
    expect(count(w.core, 'ticket_events', "ticket_id = ? AND action = 'cancel' AND detail_json LIKE '%left the shop%'", u.id)).toBe(1);
  });

  it('refuses calling a ticket to a counter that does not serve it', async () => {
    const w = await world();
    const b = await w.issue(w.services.B);
    const before = snapshot(w.core);
    const refused = await refusal(op(w.core, 'queue.call', { counterId: w.counters.c1, ticketId: b.id }, w.token));
    expect(refused).toMatchObject({ code: 'VALIDATION', fields: { counterId: 'does not serve this service' } });
    expect(snapshot(w.core)).toEqual(before);
    expect(w.calls()).toEqual([]);
  });

  it('masks the customer name in the call announcement', async () => {
    const w = await world();
    const now = w.core.nowIso();
    const id = Number(
      w.core.db
        .prepare(`INSERT INTO customers (name, phone, created_at, updated_at) VALUES ('欧阳娜娜', '13800138000', ?, ?)`)
        .run(now, now).lastInsertRowid,
    );
    await w.issue(w.services.A, { customerId: id });
    await op(w.core, 'queue.callNext', { counterId: w.counters.c1 }, w.token);
    expect(w.calls()[0]!.customerMasked).toBe('欧***');
    expect(JSON.stringify(w.calls())).not.toContain('13800138000');
  });
});
