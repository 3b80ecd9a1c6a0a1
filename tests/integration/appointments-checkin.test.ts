import { afterEach, describe, expect, it } from 'vitest';
import { count, op, removeTempDirs, snapshot } from '../support/core.ts';
import { book, local, makeShop, refused, type ShopWorld } from './appointments-world.ts';
import { callNextTicket } from '../support/queue.ts';

/** Check-in turns a booking into a ticket: first in line inside its grace window, ordinary after it. */

let w: ShopWorld;
afterEach(() => {
  w?.core.close();
  removeTempDirs();
});

const walkIn = (customerId: number | null = null) => op(w.core, 'queue.issue', { serviceId: w.repair, customerId, print: false }, w.token);

async function refusedUnchanged(name: Parameters<typeof refused>[1], input: unknown) {
  const before = snapshot(w.core);
  const error = await refused(w, name, input);
  expect(snapshot(w.core), `${name} was refused with ${error.code} but changed the store`).toEqual(before);
  return error;
}

describe('checking in', () => {
  it('inside the grace window: a ticket with the window, called before earlier walk-ins', async () => {
    w = await makeShop();
    const a = await book(w, { assetId: w.aliceDevice, startsAt: local(2, '10:00') });
    w.clock.advanceMinutes(30); // 09:30
    const first = await walkIn();
    const second = await walkIn(w.bob);
    w.clock.advanceMinutes(20); // 09:50, inside [09:45, 10:15]
    const checkedIn = await op(w.core, 'appointments.checkIn', { id: a.id }, w.token);
    expect(checkedIn.late).toBe(false);
    expect(checkedIn.printJobId).toBeNull();
    expect(checkedIn.ticket).toMatchObject({
      source: 'appointment',
      customerId: w.alice,
      assetId: w.aliceDevice,
      serviceId: w.repair,
      windowStart: local(2, '09:45'),
      windowEnd: local(2, '10:15'),
      status: 'waiting',
    });
    expect(checkedIn.ahead).toBe(0);
    expect(checkedIn.appointment).toMatchObject({
      status: 'checkedIn',
      ticketId: checkedIn.ticket.id,
      ticketNumber: checkedIn.ticket.number,
      checkedInLate: false,
      checkedInAt: w.core.nowIso(),
    });
    expect((await op(w.core, 'queue.ticket', { ticketId: checkedIn.ticket.id }, w.token)).events).toMatchObject([
      { id: 0, action: 'checkIn', detail: { appointmentId: checkedIn.appointment.id } },
    ]);
    expect(count(w.core, 'audit_log', "action = 'appointment.checkIn'")).toBe(1);

    await op(w.core, 'queue.counters.open', { counterId: w.counter2 }, w.token);
    const called = await callNextTicket(w.core, w.counter2, w.token);
    expect(called.id).toBe(checkedIn.ticket.id);
    await op(w.core, 'queue.finish', { ticketId: called.id }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counter2 }, w.token)).ticket?.id).toBe(first.ticket.id);
    await op(w.core, 'queue.finish', { ticketId: first.ticket.id }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counter2 }, w.token)).ticket?.id).toBe(second.ticket.id);
  });

  it('late, after start + grace: an ordinary ticket, served in normal order', async () => {
    w = await makeShop();
    const a = await book(w, { startsAt: local(2, '10:00') });
    w.clock.advanceMinutes(70); // 10:10
    const earlier = await walkIn();
    w.clock.advanceMinutes(10); // 10:20, the window closed at 10:15
    const day = await op(w.core, 'appointments.day', { day: '2026-03-02' }, w.token);
    expect(day.appointments[0]).toMatchObject({ id: a.id, status: 'booked', overdue: true });
    const checkedIn = await op(w.core, 'appointments.checkIn', { id: a.id }, w.token);
    expect(checkedIn.late).toBe(true);
    expect(checkedIn.ticket).toMatchObject({ source: 'appointment', windowStart: null, windowEnd: null });
    expect(checkedIn.appointment).toMatchObject({ status: 'checkedIn', checkedInLate: true, overdue: false });
    expect(checkedIn.ahead).toBe(1);
    await op(w.core, 'queue.counters.open', { counterId: w.counter1 }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counter1 }, w.token)).ticket?.id).toBe(earlier.ticket.id);
  });

  it('refuses a cancelled, a no-show or an already checked-in booking, and writes nothing', async () => {
    w = await makeShop();
    const cancelled = await book(w, { startsAt: local(2, '10:00') });
    await op(w.core, 'appointments.cancel', { id: cancelled.id, reason: 'ill' }, w.token);
    expect(await refusedUnchanged('appointments.checkIn', { id: cancelled.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'cancelled' },
    });

    const twice = await book(w, { customerId: w.bob, startsAt: local(2, '10:00') });
    await op(w.core, 'appointments.checkIn', { id: twice.id }, w.token);
    const tickets = count(w.core, 'tickets');
    expect(await refusedUnchanged('appointments.checkIn', { id: twice.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'checkedIn' },
    });
    expect(await refusedUnchanged('appointments.cancel', { id: twice.id, reason: 'too late' })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'checkedIn' },
    });
    expect(count(w.core, 'tickets')).toBe(tickets);

    expect(await refusedUnchanged('appointments.checkIn', { id: 999 })).toMatchObject({
      code: 'NOT_FOUND',
      fields: { id: 'no such appointment' },
    });
  });

  it('sends the ticket of a booking at a counter to that counter only', async () => {
    w = await makeShop();
    const a = await book(w, { counterId: w.counter1, startsAt: local(2, '09:30') });
    const checkedIn = await op(w.core, 'appointments.checkIn', { id: a.id }, w.token);
    expect(checkedIn.ticket.targetCounterId).toBe(w.counter1);
    await op(w.core, 'queue.counters.open', { counterId: w.counter2 }, w.token);
    expect(await op(w.core, 'queue.callNext', { counterId: w.counter2 }, w.token)).toEqual({ ticket: null });
    await op(w.core, 'queue.counters.open', { counterId: w.counter1 }, w.token);
    expect((await op(w.core, 'queue.callNext', { counterId: w.counter1 }, w.token)).ticket?.id).toBe(checkedIn.ticket.id);
  });

  it('refuses to check in a booking for another day', async () => {
    w = await makeShop();
    const tomorrow = await book(w, { startsAt: local(3, '10:00') });
    expect(await refusedUnchanged('appointments.checkIn', { id: tomorrow.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'otherDay' },
    });
  });

  it('queues the slip on the printer routed for queue slips', async () => {
    w = await makeShop();
    const printer = await op(
      w.core,
      'print.printers.save',
      { name: 'Slips', connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' },
      w.token,
    );
    await op(w.core, 'print.routes.save', { routes: [{ kind: 'queueSlip', printerId: printer.id, paper: '80mm', copies: 1 }] }, w.token);
    const a = await book(w, { startsAt: local(2, '09:30') });
    const checkedIn = await op(w.core, 'appointments.checkIn', { id: a.id }, w.token);
    expect(checkedIn.printJobId).not.toBeNull();
    expect(w.core.db.prepare('SELECT kind FROM print_jobs WHERE id = ?').get(checkedIn.printJobId)).toEqual({ kind: 'queueSlip' });
  });
});

describe('no-shows', () => {
  it('can be marked only once start + grace has passed; then the booking cannot be checked in', async () => {
    w = await makeShop();
    const a = await book(w, { startsAt: local(2, '10:00') });
    w.clock.advanceMinutes(74); // 10:14, still inside the grace
    expect(await refusedUnchanged('appointments.markNoShow', { id: a.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'notDue' },
    });
    w.clock.advanceMinutes(1); // 10:15
    const noShow = await op(w.core, 'appointments.markNoShow', { id: a.id }, w.token);
    expect(noShow).toMatchObject({ status: 'noShow', noShowAt: w.core.nowIso(), overdue: false });
    expect(count(w.core, 'audit_log', "action = 'appointment.noShow'")).toBe(1);
    expect(await refusedUnchanged('appointments.checkIn', { id: a.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'noShow' },
    });
    expect(await refusedUnchanged('appointments.markNoShow', { id: a.id })).toMatchObject({
      code: 'INVALID_STATE',
      params: { state: 'noShow' },
    });
  });
});
