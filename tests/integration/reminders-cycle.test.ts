import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { startReminderAlarm } from '../../electron/core/lifecycle.ts';
import { makeCore, op, tryOp } from '../support/core.ts';
import { closeJobsStores, jobsStore, type JobsStore } from '../support/jobs-store.ts';

/**
 * The reminder cycle on a hand-moved clock (the hotel wake-up call): due at its time, no answer brings
 * it back 5 and 10 minutes later, the third no answer escalates it to the duty manager; a restart in
 * the middle carries on from the store; a console closed for an hour finds every reminder that fell
 * due meanwhile overdue when it opens.
 */

afterAll(closeJobsStores);

const MINUTE = 60_000;

/** Closes the core as a quit would and opens the same store again on the same clock, signing the receptionist in again. */
async function restart(s: JobsStore): Promise<{ core: Core; token: string; manager: string }> {
  s.core.close();
  const { core } = makeCore({ dataDir: s.dataDir, clock: s.clock });
  s.core = core;
  const token = (await op(core, 'auth.signIn', { staffId: s.reception.id, pin: '31313131' })).token;
  const manager = (await op(core, 'auth.signIn', { staffId: s.manager.id, pin: '21212121' })).token;
  return { core, token, manager };
}

const ids = (list: { id: number }[]) => list.map((r) => r.id);

describe('a reminder that must not be missed', () => {
  it('is due at its time, comes back after each "no answer", escalates after the third, and carries on across a restart', async () => {
    const s = await jobsStore();
    const start = s.clock.now();
    const set = await op(
      s.core,
      'reminders.create',
      {
        kind: 'callback',
        concerns: { customerId: s.customerId },
        dueAt: new Date(start + 10 * MINUTE).toISOString(),
        note: 'price for the screen',
      },
      s.reception.token,
    );
    expect(set).toMatchObject({
      status: 'pending',
      attempts: 0,
      ownerId: s.reception.id,
      customerId: s.customerId,
      note: 'price for the screen',
    });
    expect(set.customerName).toBeTruthy();
    expect((await op(s.core, 'reminders.due', {}, s.reception.token)).due).toEqual([]);
    expect(await tryOp(s.core, 'reminders.take', { reminderId: set.id }, s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { reminderId: 'is not due yet' } },
    });

    // Due: every console alerts until someone takes it.
    s.clock.advanceMinutes(10);
    expect(ids((await op(s.core, 'reminders.due', {}, s.manager.token)).due)).toEqual([set.id]);
    const taken = await op(s.core, 'reminders.take', { reminderId: set.id }, s.reception.token);
    expect(taken.takenByName).toBeTruthy();
    expect(await tryOp(s.core, 'reminders.take', { reminderId: set.id }, s.manager.token)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { reminderId: 'is in someone else’s hands' } },
    });

    // No answer: back at +5 minutes.
    const first = await op(s.core, 'reminders.outcome', { reminderId: set.id, outcome: 'noAnswer' }, s.reception.token);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, nextAt: new Date(start + 15 * MINUTE).toISOString(), takenById: null });
    s.clock.advanceMinutes(4);
    expect((await op(s.core, 'reminders.due', {}, s.reception.token)).due).toEqual([]);
    s.clock.advanceMinutes(1);
    expect(ids((await op(s.core, 'reminders.due', {}, s.reception.token)).due)).toEqual([set.id]);
    await op(s.core, 'reminders.outcome', { reminderId: set.id, outcome: 'noAnswer', note: 'engaged' }, s.reception.token);

    // The console is restarted 2 minutes later: the store keeps the cycle, due again at +20.
    s.clock.advanceMinutes(2);
    const after = await restart(s);
    expect((await op(after.core, 'reminders.due', {}, after.token)).due).toEqual([]);
    s.clock.advanceMinutes(3);
    expect(ids((await op(after.core, 'reminders.due', {}, after.token)).due)).toEqual([set.id]);

    // The third no answer escalates it to the duty manager: flagged, no longer a plain due reminder.
    const escalated = await op(after.core, 'reminders.outcome', { reminderId: set.id, outcome: 'noAnswer' }, after.token);
    expect(escalated).toMatchObject({ status: 'escalated', attempts: 3 });
    const board = await op(after.core, 'reminders.due', {}, after.manager);
    expect(board.due).toEqual([]);
    expect(ids(board.escalated)).toEqual([set.id]);
    const actions = after.core.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'reminder' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(String(set.id));
    expect(actions).toEqual([
      'reminder.create',
      'reminder.take',
      'reminder.noAnswer',
      'reminder.noAnswer',
      'reminder.noAnswer',
      'reminder.escalate',
    ]);

    // Resolved once; a second outcome is refused, naming the reminder, and writes nothing.
    const done = await op(
      after.core,
      'reminders.outcome',
      { reminderId: set.id, outcome: 'done', note: 'reached on the landline' },
      after.manager,
    );
    expect(done).toMatchObject({ status: 'done', outcomeNote: 'reached on the landline' });
    expect((await op(after.core, 'reminders.due', {}, after.manager)).escalated).toEqual([]);
    expect(await tryOp(after.core, 'reminders.outcome', { reminderId: set.id, outcome: 'done' }, after.manager)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { reminderId: 'is already done' } },
    });
  });

  it('a console closed for an hour finds every reminder that fell due meanwhile, overdue, earliest first; cancelled ones stay quiet', async () => {
    const s = await jobsStore();
    const at = (minutes: number) => new Date(s.clock.now() + minutes * MINUTE).toISOString();
    const make = (minutes: number, kind: string, concerns: Record<string, unknown>) =>
      op(s.core, 'reminders.create', { kind, concerns, dueAt: at(minutes) }, s.reception.token);
    const late = await make(50, 'wakeUp', { room: '302' });
    const early = await make(10, 'callback', { phone: '13800138000' });
    const middle = await make(20, 'readyNotCollected', { jobId: (await s.intake()).id });
    const later = await make(90, 'custom', { room: '101' });
    const called = await make(30, 'callback', { customerId: s.customerId });
    await op(s.core, 'reminders.cancel', { reminderId: called.id, reason: 'the customer came in' }, s.reception.token);

    s.clock.advanceMinutes(60);
    const after = await restart(s);
    const due = (await op(after.core, 'reminders.due', {}, after.token)).due;
    expect(ids(due)).toEqual([early.id, middle.id, late.id]);
    expect(due.map((r) => r.kind)).toEqual(['callback', 'readyNotCollected', 'wakeUp']);
    expect(due[1]!.jobNumber).toBeTruthy();
    expect(ids(await op(after.core, 'reminders.list', { from: at(-60), to: at(60) }, after.token))).toEqual([
      early.id,
      middle.id,
      called.id,
      late.id,
      later.id,
    ]);
  });

  it('the alarm tells every console when a reminder falls due', async () => {
    const s = await jobsStore();
    const stop = startReminderAlarm(s.core);
    try {
      const heard = new Promise<void>((resolve) => {
        const off = s.core.events.subscribe((e) => {
          if (e.type === 'invalidate' && e.prefixes.includes('reminders.') && !e.records) {
            const due = s.core.db.prepare('SELECT count(*) FROM reminders WHERE next_at <= ?').pluck().get(s.core.nowIso()) as number;
            if (due > 0) {
              off();
              resolve();
            }
          }
        });
      });
      await op(
        s.core,
        'reminders.create',
        { kind: 'wakeUp', concerns: { room: '208' }, dueAt: new Date(s.clock.now() + 100).toISOString() },
        s.reception.token,
      );
      s.clock.advanceMinutes(1);
      await heard;
    } finally {
      stop();
    }
  });

  it('refuses, naming the field and writing nothing: nobody to remind, an unknown customer, a bad time, a manager’s settings for others', async () => {
    const s = await jobsStore();
    const before = s.core.db.prepare('SELECT count(*) FROM reminders').pluck().get();
    const dueAt = new Date(s.clock.now() + MINUTE).toISOString();
    const refusal = (input: Record<string, unknown>) =>
      tryOp(s.core, 'reminders.create', { kind: 'callback', dueAt, ...input }, s.reception.token);
    expect(await refusal({ concerns: {} })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { concerns: 'must name a customer, a job, an appointment, a room or a phone' } },
    });
    expect(await refusal({ concerns: { customerId: 99_999 } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { 'concerns.customerId': 'is not a customer' } },
    });
    expect(await refusal({ concerns: { room: '1' }, dueAt: 'tomorrow' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { dueAt: 'must be an ISO-8601 UTC instant' } },
    });
    expect(await tryOp(s.core, 'reminders.settings.set', { retryMinutes: 10 }, s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(s.core.db.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(before);

    // A manager shortens the cycle: two tries, ten minutes apart.
    expect(await op(s.core, 'reminders.settings.set', { attemptLimit: 2, retryMinutes: 10 }, s.manager.token)).toEqual({
      attemptLimit: 2,
      retryMinutes: 10,
    });
    const r = await op(s.core, 'reminders.create', { kind: 'custom', concerns: { room: '5' }, dueAt }, s.reception.token);
    s.clock.advanceMinutes(1);
    expect(await op(s.core, 'reminders.outcome', { reminderId: r.id, outcome: 'noAnswer' }, s.reception.token)).toMatchObject({
      status: 'pending',
      nextAt: new Date(s.clock.now() + 10 * MINUTE).toISOString(),
    });
    s.clock.advanceMinutes(10);
    expect(await op(s.core, 'reminders.outcome', { reminderId: r.id, outcome: 'noAnswer' }, s.reception.token)).toMatchObject({
      status: 'escalated',
      attempts: 2,
    });
  });
});
