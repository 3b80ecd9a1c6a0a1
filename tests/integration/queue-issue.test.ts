import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { issueTicketTx } from '../../electron/core/services/queue/issue.ts';
import { listTicketEvents } from '../../electron/core/services/queue/events.ts';
import { requireTicket } from '../../electron/core/services/queue/rows.ts';
import { ADMIN_PIN, count, makeCore, op, snapshot, tryOp } from '../support/core.ts';
import { closeQueueStores, queueStore, type QueueStore } from '../support/queue.ts';
import { refusal } from '../support/refusal.ts';

/** Issuing walk-in numbers: numbering per prefix and business day, the cap, the hours, the busy warning. */

afterEach(closeQueueStores);

/** Sessions end after a long idle time: sign in again after moving the clock a day on. */
async function signInAgain(w: QueueStore): Promise<void> {
  w.token = (await op(w.core, 'auth.signIn', { staffId: w.adminId, pin: ADMIN_PIN })).token;
}

describe('queue.issue', () => {
  it('numbers each prefix from 001 upwards, with a permanent id, an issue event and the wait stored', async () => {
    const w = await queueStore();
    const a1 = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    const a2 = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    const b1 = await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token);
    expect([a1.ticket.number, a2.ticket.number, b1.ticket.number]).toEqual(['A001', 'A002', 'B001']);
    expect(new Set([a1.ticket.id, a2.ticket.id, b1.ticket.id]).size).toBe(3);
    expect(a1.ahead).toBe(0);
    expect(a2.ahead).toBe(1);
    // One A ahead at 10 typical minutes, over A's two counters (none open yet: the active ones).
    expect(a2.estimatedMinutes).toBe(5);
    expect(a2.ticket.estimatedMinutes).toBe(5);
    expect(a1.printJobId).toBeNull();
    const detail = await op(w.core, 'queue.ticket', { ticketId: a2.ticket.id }, w.token);
    expect(detail.events).toMatchObject([{ action: 'issue', staffId: w.adminId, counterId: null }]);
    // The issue is recorded on the ticket's own row; ticket_events starts at the first call.
    expect(w.core.db.prepare('SELECT issue_origin, issue_detail_json FROM tickets WHERE id = ?').get(a2.ticket.id)).toEqual({
      issue_origin: 'test',
      issue_detail_json: '{"priority":false}',
    });
    expect(count(w.core, 'ticket_events', 'ticket_id = ?', a2.ticket.id)).toBe(0);
  });

  it('restarts numbers on the next business day (store time zone) and never reuses one in a day', async () => {
    const w = await queueStore();
    // 2026-03-02T01:00Z is 09:00 in Shanghai; 15:59Z is 23:59 the same business day.
    const first = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    await op(w.core, 'queue.cancel', { ticketId: first.ticket.id }, w.token);
    const second = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(second.ticket.number).toBe('A002');
    // What an issue returns is the ticket as stored.
    expect(requireTicket(w.core.db, second.ticket.id)).toEqual(second.ticket);
    w.clock.advanceMinutes(14 * 60 + 59);
    await signInAgain(w);
    const late = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(late.ticket).toMatchObject({ number: 'A003', businessDay: '2026-03-02' });
    w.clock.advanceMinutes(1);
    await signInAgain(w);
    const tomorrow = await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    expect(tomorrow.ticket).toMatchObject({ number: 'A001', businessDay: '2026-03-03' });
    // Yesterday's waiting tickets are not counted ahead of today's.
    expect(tomorrow.ahead).toBe(0);
    expect(count(w.core, 'tickets', "prefix = 'A' AND number = 1")).toBe(2);
  });

  it('keeps the prefix sequence when a service is replaced by another with the same letter', async () => {
    const w = await queueStore();
    await op(w.core, 'queue.issue', { serviceId: w.services.C, print: false }, w.token);
    const old = (await op(w.core, 'queue.services.list', {}, w.token)).find((s) => s.id === w.services.C)!;
    await op(w.core, 'queue.services.save', { ...old, active: false }, w.token);
    const replacement = await op(
      w.core,
      'queue.services.save',
      { prefix: 'C', nameZh: '新咨询', nameEn: 'New consultation', typicalMinutes: 5 },
      w.token,
    );
    const next = await op(w.core, 'queue.issue', { serviceId: replacement.id, print: false }, w.token);
    expect(next.ticket.number).toBe('C002');
  });

  it('stops at the daily cap with QUEUE_FULL and writes nothing', async () => {
    const w = await queueStore({ B: { dailyCap: 2 } });
    await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token);
    await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token);
    const before = snapshot(w.core);
    const err = await refusal(op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token));
    expect(err.code).toBe('QUEUE_FULL');
    expect(err.params).toEqual({ cap: 2 });
    expect(snapshot(w.core)).toEqual(before);
    const load = (await op(w.core, 'queue.overview', {}, w.token)).services.find((s) => s.serviceId === w.services.B)!;
    expect(load).toMatchObject({ capLeft: 0, issuedToday: 2 });
    // The next business day has a fresh cap.
    w.clock.advanceMinutes(24 * 60);
    await signInAgain(w);
    expect((await op(w.core, 'queue.issue', { serviceId: w.services.B, print: false }, w.token)).ticket.number).toBe('B001');
  });

  it('issues only within the hours, in the store time zone, with QUEUE_CLOSED otherwise', async () => {
    const w = await queueStore({ A: { opensAt: '09:30', closesAt: '18:00' } });
    // 09:00 in Shanghai: not yet open.
    const before = snapshot(w.core);
    const early = await refusal(op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token));
    expect(early.code).toBe('QUEUE_CLOSED');
    expect(early.params).toEqual({ opensAt: '09:30', closesAt: '18:00' });
    expect(snapshot(w.core)).toEqual(before);
    expect((await op(w.core, 'queue.overview', {}, w.token)).services.find((s) => s.serviceId === w.services.A)!.open).toBe(false);
    w.clock.advanceMinutes(30);
    expect((await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token)).ticket.number).toBe('A001');
    w.clock.advanceMinutes(8 * 60 + 29);
    await signInAgain(w);
    expect((await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token)).ticket.number).toBe('A002');
    w.clock.advanceMinutes(1);
    await signInAgain(w);
    expect((await refusal(op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token))).code).toBe('QUEUE_CLOSED');
  });

  it('warns when many are waiting (QUEUE_BUSY with waiting and minutes) and issues once confirmed', async () => {
    const w = await queueStore({ C: { busyThreshold: 2 } });
    await op(w.core, 'queue.issue', { serviceId: w.services.C, print: false }, w.token);
    await op(w.core, 'queue.issue', { serviceId: w.services.C, print: false }, w.token);
    const before = snapshot(w.core);
    const busy = await refusal(op(w.core, 'queue.issue', { serviceId: w.services.C, print: false }, w.token));
    expect(busy.code).toBe('QUEUE_BUSY');
    // Two C at 6 typical minutes over C's two counters.
    expect(busy.params).toEqual({ waiting: 2, minutes: 6 });
    expect(snapshot(w.core)).toEqual(before);
    const confirmed = await op(w.core, 'queue.issue', { serviceId: w.services.C, confirmBusy: true, print: false }, w.token);
    expect(confirmed).toMatchObject({ ahead: 2, ticket: { number: 'C003' } });
    const detail = await op(w.core, 'queue.ticket', { ticketId: confirmed.ticket.id }, w.token);
    expect(detail.events[0]!.detail).toMatchObject({ confirmedBusy: 2 });
  });

  it('gives a VIP customer priority and refuses an unknown customer or asset', async () => {
    const w = await queueStore();
    const now = w.core.nowIso();
    const vip = Number(
      w.core.db
        .prepare(`INSERT INTO customers (name, phone, tags, created_at, updated_at) VALUES ('张三', '', '["vip"]', ?, ?)`)
        .run(now, now).lastInsertRowid,
    );
    const plain = Number(
      w.core.db.prepare(`INSERT INTO customers (name, phone, created_at, updated_at) VALUES ('李四', '', ?, ?)`).run(now, now)
        .lastInsertRowid,
    );
    const asset = Number(
      w.core.db.prepare(`INSERT INTO assets (customer_id, kind, created_at, updated_at) VALUES (?, 'device', ?, ?)`).run(plain, now, now)
        .lastInsertRowid,
    );
    await op(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token);
    const v = await op(w.core, 'queue.issue', { serviceId: w.services.A, customerId: vip, print: false }, w.token);
    expect(v.ticket).toMatchObject({ priority: true, customerName: '张三' });
    expect(requireTicket(w.core.db, v.ticket.id)).toEqual(v.ticket);
    expect(v.ahead).toBe(0);
    const byAsset = await op(w.core, 'queue.issue', { serviceId: w.services.A, assetId: asset, print: false }, w.token);
    expect(byAsset.ticket).toMatchObject({ customerId: plain, assetId: asset, priority: false });
    const before = snapshot(w.core);
    const unknown = await refusal(op(w.core, 'queue.issue', { serviceId: w.services.A, customerId: 9999, print: false }, w.token));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', fields: { customerId: 'is not a customer' } });
    const wrongOwner = await refusal(
      op(w.core, 'queue.issue', { serviceId: w.services.A, customerId: vip, assetId: asset, print: false }, w.token),
    );
    expect(wrongOwner).toMatchObject({ code: 'VALIDATION', fields: { assetId: 'does not belong to this customer' } });
    const noService = await refusal(op(w.core, 'queue.issue', { serviceId: 9999, print: false }, w.token));
    expect(noService).toMatchObject({ code: 'NOT_FOUND', fields: { serviceId: 'is not an active service' } });
    expect(snapshot(w.core)).toEqual(before);
  });

  it('issueTicketTx runs in the caller transaction: appointments skip hours, cap and the busy warning; a rollback takes the number back', async () => {
    const w = await queueStore({ A: { opensAt: '10:00', closesAt: '11:00', dailyCap: 1, busyThreshold: 1 } });
    const ctx = { core: w.core, actor: { id: w.adminId, name: 'Ada Admin', role: 'admin' as const }, origin: 'test' };
    const window = { start: w.core.nowIso(), end: new Date(w.clock.now() + 30 * 60_000).toISOString() };
    const req = {
      serviceId: w.services.A,
      customerId: null,
      assetId: null,
      priority: true,
      confirmBusy: false,
      source: 'appointment' as const,
      window,
      appointmentId: 7,
    };
    const rolledBack = () =>
      w.core.db
        .transaction(() => {
          issueTicketTx(ctx, req);
          throw new Error('the appointment could not be checked in');
        })
        .immediate();
    expect(rolledBack).toThrow('the appointment could not be checked in');
    expect(count(w.core, 'tickets')).toBe(0);
    const first = w.core.db.transaction(() => issueTicketTx(ctx, req)).immediate();
    const second = w.core.db.transaction(() => issueTicketTx(ctx, req)).immediate();
    expect(first.ticket).toMatchObject({
      number: 'A001',
      source: 'appointment',
      priority: true,
      windowStart: window.start,
      windowEnd: window.end,
    });
    expect(second.ticket.number).toBe('A002');
    expect(listTicketEvents(w.core.db, first.ticket.id)).toEqual([
      {
        id: 0,
        ticketId: first.ticket.id,
        at: w.core.nowIso(),
        action: 'checkIn',
        counterId: null,
        staffId: w.adminId,
        staffName: 'Ada Admin',
        detail: { priority: true, appointmentId: 7 },
      },
    ]);
    // A walk-in at the same moment is outside the hours.
    expect((await tryOp(w.core, 'queue.issue', { serviceId: w.services.A, print: false }, w.token)).ok).toBe(false);
  });
});

describe('services and counters', () => {
  it('keeps prefixes unique among active services and audits each change', async () => {
    const w = await queueStore();
    const clash = await refusal(
      op(w.core, 'queue.services.save', { prefix: 'a', nameZh: '重复', nameEn: 'Duplicate', typicalMinutes: 5 }, w.token),
    );
    expect(clash).toMatchObject({ code: 'CONFLICT', fields: { prefix: 'is already used by another service' } });
    expect(count(w.core, 'audit_log', "action LIKE 'queue.service.%'")).toBe(3);
    expect(count(w.core, 'audit_log', "action LIKE 'queue.counter.%'")).toBe(3);
    const hours = await tryOp(
      w.core,
      'queue.services.save',
      { prefix: 'D', nameZh: '夜', nameEn: 'Night', typicalMinutes: 5, opensAt: '18:00', closesAt: '09:00' },
      w.token,
    );
    expect(hours).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { closesAt: 'must be after the opening time' } } });
  });

  it('refuses a counter serving an inactive or unknown service, and a taken name', async () => {
    const w = await queueStore();
    const old = (await op(w.core, 'queue.services.list', {}, w.token)).find((s) => s.id === w.services.B)!;
    await op(w.core, 'queue.services.save', { ...old, active: false }, w.token);
    const inactive = await refusal(
      op(
        w.core,
        'queue.counters.save',
        { nameZh: '4号窗口', nameEn: 'Counter 4', kind: 'desk', serviceIds: [w.services.A, w.services.B] },
        w.token,
      ),
    );
    expect(inactive).toMatchObject({ code: 'VALIDATION', fields: { 'serviceIds.1': 'is not an active service' } });
    const taken = await refusal(
      op(w.core, 'queue.counters.save', { nameZh: '1号窗口', nameEn: 'Counter 9', kind: 'desk', serviceIds: [w.services.A] }, w.token),
    );
    expect(taken).toMatchObject({ code: 'CONFLICT', fields: { nameZh: 'is already the name of another counter' } });
    const edited = await op(
      w.core,
      'queue.counters.save',
      { id: w.counters.c1, nameZh: '1号窗口', nameEn: 'Counter 1', kind: 'window', serviceIds: [w.services.C] },
      w.token,
    );
    expect(edited.serviceIds).toEqual([w.services.C]);
  });

  it('seats the signed-in staff member at one counter at a time', async () => {
    const w = await queueStore();
    const one = await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    expect(one).toMatchObject({ openStaffId: w.adminId, openStaffName: 'Ada Admin' });
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c2 }, w.token);
    const counters = await op(w.core, 'queue.counters.list', {}, w.token);
    expect(counters.map((c) => c.openStaffId)).toEqual([null, w.adminId, null]);
    const closed = await op(w.core, 'queue.counters.close', { counterId: w.counters.c2 }, w.token);
    expect(closed.openStaffId).toBeNull();
    expect(count(w.core, 'audit_log', "action IN ('queue.counter.open', 'queue.counter.close')")).toBe(3);
  });

  it('the demo store has services A, B, C open all day and three counters', async () => {
    const t = makeCore();
    onTestFinished(() => t.core.close());
    await op(t.core, 'setup.loadDemo', { locale: 'zh-CN' });
    const services = t.core.db.prepare('SELECT prefix, name_zh, name_en, opens_at, closes_at FROM services ORDER BY prefix').all();
    expect(services).toEqual([
      { prefix: 'A', name_zh: '维修受理', name_en: 'Repair intake', opens_at: '00:00', closes_at: '24:00' },
      { prefix: 'B', name_zh: '取件', name_en: 'Pickup', opens_at: '00:00', closes_at: '24:00' },
      { prefix: 'C', name_zh: '咨询', name_en: 'Consultation', opens_at: '00:00', closes_at: '24:00' },
    ]);
    const counters = t.core.db
      .prepare(
        `SELECT c.name_zh, group_concat(s.prefix, '') AS prefixes FROM counters c JOIN counter_services cs ON cs.counter_id = c.id
           JOIN services s ON s.id = cs.service_id GROUP BY c.id ORDER BY c.position`,
      )
      .all() as { name_zh: string; prefixes: string }[];
    expect(counters.map((c) => [c.name_zh, [...c.prefixes].sort().join('')])).toEqual([
      ['1号窗口', 'AC'],
      ['2号窗口', 'AB'],
      ['3号窗口', 'BC'],
    ]);
  });
});
