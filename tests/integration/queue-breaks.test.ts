import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../shared/contract/index.ts';
import { addStaff, count, op, snapshot } from '../support/core.ts';
import { callNextTicket, closeQueueStores, queueStore } from '../support/queue.ts';
import { refusal } from '../support/refusal.ts';

/** A counter on break: only its seated staff pauses it, never with a customer at it; no calls until it is back; the display shows it. */

afterEach(closeQueueStores);

async function world() {
  const w = await queueStore();
  const events: ServerEvent[] = [];
  w.core.events.subscribe((e) => events.push(e));
  const issue = async (serviceId: number) => (await op(w.core, 'queue.issue', { serviceId, print: false }, w.token)).ticket;
  const audit = (action: string) =>
    w.core.db.prepare('SELECT actor_id, entity_id, before_json, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action);
  const displayBreaks = async () => (await op(w.core, 'display.state', {}, w.token)).breaks;
  const displayInvalidations = () => events.filter((e) => e.type === 'invalidate' && e.prefixes.includes('display.')).length;
  return { ...w, issue, audit, displayBreaks, displayInvalidations };
}

describe('a counter on break', () => {
  it('is refused while a customer is called or served there, then pauses with an audit row and shows on the display', async () => {
    const w = await world();
    const a1 = await w.issue(w.services.A);
    await w.issue(w.services.A);
    await callNextTicket(w.core, w.counters.c1, w.token);

    // Called, then served: the customer would be left at a counter the display says is on break.
    let before = snapshot(w.core);
    expect(await refusal(op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token))).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'called' },
    });
    expect(snapshot(w.core)).toEqual(before);
    await op(w.core, 'queue.start', { ticketId: a1.id }, w.token);
    before = snapshot(w.core);
    expect(await refusal(op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token))).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'serving' },
    });
    expect(snapshot(w.core)).toEqual(before);

    // Parked, the customer may wait through the break.
    await op(w.core, 'queue.park', { ticketId: a1.id }, w.token);
    const invalidationsBefore = w.displayInvalidations();
    w.clock.advanceMinutes(3);
    const paused = await op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token);
    expect(paused).toMatchObject({ id: w.counters.c1, openStaffId: w.adminId, breakStartedAt: w.core.nowIso() });
    expect(w.audit('queue.counter.break')).toEqual([
      {
        actor_id: w.adminId,
        entity_id: String(w.counters.c1),
        before_json: JSON.stringify({ breakStartedAt: null }),
        after_json: JSON.stringify({ breakStartedAt: w.core.nowIso() }),
      },
    ]);
    // The live stream tells the displays to read again; they list the counter with its names.
    expect(w.displayInvalidations()).toBe(invalidationsBefore + 1);
    expect(await w.displayBreaks()).toEqual([
      { counterId: w.counters.c1, counterNameZh: '1号窗口', counterNameEn: 'Counter 1', since: w.core.nowIso() },
    ]);
    expect((await op(w.core, 'queue.counter', { counterId: w.counters.c1 }, w.token)).counter.breakStartedAt).toBe(w.core.nowIso());

    // Asking again changes nothing and records nothing.
    before = snapshot(w.core);
    await op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token);
    expect(snapshot(w.core)).toEqual(before);
  });

  it('calls nobody until it is back; then calls again and leaves the display', async () => {
    const w = await world();
    const a1 = await w.issue(w.services.A);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    await op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token);

    const before = snapshot(w.core);
    for (const [name, input] of [
      ['queue.callNext', { counterId: w.counters.c1 }],
      ['queue.call', { counterId: w.counters.c1, ticketId: a1.id }],
    ] as const) {
      expect(await refusal(op(w.core, name, input, w.token)), name).toMatchObject({ code: 'INVALID_STATE', params: { state: 'onBreak' } });
    }
    expect(snapshot(w.core)).toEqual(before);
    // Another counter still calls.
    const b = await w.issue(w.services.B);
    expect((await callNextTicket(w.core, w.counters.c3, w.token)).id).toBe(b.id);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);

    w.clock.advanceMinutes(15);
    const back = await op(w.core, 'queue.counters.resume', { counterId: w.counters.c1 }, w.token);
    expect(back.breakStartedAt).toBeNull();
    expect(w.audit('queue.counter.resume')).toMatchObject([{ actor_id: w.adminId, after_json: JSON.stringify({ breakStartedAt: null }) }]);
    expect(await w.displayBreaks()).toEqual([]);
    expect((await callNextTicket(w.core, w.counters.c1, w.token)).id).toBe(a1.id);
    // Back again while working: nothing to record.
    const rows = count(w.core, 'audit_log');
    await op(w.core, 'queue.counters.resume', { counterId: w.counters.c1 }, w.token);
    expect(count(w.core, 'audit_log')).toBe(rows);
  });

  it('is only for the staff member seated there, and ends when the counter is closed', async () => {
    const w = await world();
    const rita = await addStaff(w.core, w.token, 'reception', '3333', 'Rita Reception');
    // Nobody sits at counter 1: there is nobody to go on break.
    expect(await refusal(op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token))).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'notOpen' },
    });
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, rita.token);
    for (const name of ['queue.counters.break', 'queue.counters.resume'] as const) {
      expect(await refusal(op(w.core, name, { counterId: w.counters.c1 }, w.token)), name).toMatchObject({
        code: 'INVALID_STATE',
        params: { state: 'notOpen' },
      });
    }
    expect(await refusal(op(w.core, 'queue.counters.break', { counterId: 999 }, rita.token))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { counterId: 'is not an active counter' },
    });

    const paused = await op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, rita.token);
    // Closing the counter ends the break, and its audit row says the counter was on break.
    await op(w.core, 'queue.counters.close', { counterId: w.counters.c1 }, rita.token);
    expect(w.audit('queue.counter.close')).toEqual([
      {
        actor_id: rita.id,
        entity_id: String(w.counters.c1),
        before_json: JSON.stringify({ openStaffId: rita.id, breakStartedAt: paused.breakStartedAt }),
        after_json: JSON.stringify({ openStaffId: null }),
      },
    ]);
    expect(await w.displayBreaks()).toEqual([]);
  });

  it('takes the counter out of the waiting estimate while it lasts', async () => {
    const w = await world();
    // Counters 1 and 2 both serve Repair intake; with both open, the wait is shared between them.
    for (let i = 0; i < 4; i++) await w.issue(w.services.A);
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c1 }, w.token);
    const rita = await addStaff(w.core, w.token, 'reception', '3333', 'Rita Reception');
    await op(w.core, 'queue.counters.open', { counterId: w.counters.c2 }, rita.token);
    const estimate = async () =>
      (await op(w.core, 'queue.overview', {}, w.token)).services.find((s) => s.serviceId === w.services.A)?.estimatedMinutes;
    const shared = await estimate();
    await op(w.core, 'queue.counters.break', { counterId: w.counters.c1 }, w.token);
    const alone = await estimate();
    expect(alone).toBeGreaterThan(shared ?? Infinity);
    await op(w.core, 'queue.counters.resume', { counterId: w.counters.c1 }, w.token);
    expect(await estimate()).toBe(shared);
  });
});
