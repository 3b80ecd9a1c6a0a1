import { afterEach, describe, expect, it } from 'vitest';
import { count, makeCore, op, removeTempDirs, snapshot } from '../support/core.ts';
import { book, local, makeShop, refused, type ShopWorld } from './appointments-world.ts';

/** Booking: capacity, counters, hours, slot boundaries, the past, rescheduling, cancelling and the reads. */

let w: ShopWorld;
afterEach(() => {
  w?.core.close();
  removeTempDirs();
});

async function refusedUnchanged(name: Parameters<typeof refused>[1], input: unknown) {
  const before = snapshot(w.core);
  const error = await refused(w, name, input);
  expect(snapshot(w.core), `${name} was refused with ${error.code} but changed the store`).toEqual(before);
  return error;
}

describe('booking a slot', () => {
  it('books a customer and their device, audits it, and the day view shows name, phone and device', async () => {
    w = await makeShop();
    const a = await book(w, { assetId: w.aliceDevice, startsAt: local(2, '10:00'), note: 'screen cracked' });
    expect(a).toMatchObject({
      customerName: 'Alice Wang',
      customerPhones: ['13800138000'],
      assetLabel: 'Apple iPhone 15 · 3569…809',
      serviceId: w.repair,
      counterId: null,
      businessDay: '2026-03-02',
      startsAt: local(2, '10:00'),
      endsAt: local(2, '10:30'),
      status: 'booked',
      overdue: false,
      note: 'screen cracked',
    });
    expect(count(w.core, 'audit_log', "action = 'appointment.book' AND entity_id = ?", String(a.id))).toBe(1);
    const day = await op(w.core, 'appointments.day', { day: '2026-03-02' }, w.token);
    expect(day.graceMinutes).toBe(15);
    expect(day.appointments.map((x) => x.id)).toEqual([a.id]);
    expect((await op(w.core, 'appointments.day', { day: '2026-03-03' }, w.token)).appointments).toEqual([]);
    expect((await op(w.core, 'appointments.day', { day: '2026-03-02', serviceId: w.inspection }, w.token)).appointments).toEqual([]);
  });

  it('takes no booking past the slot capacity and writes nothing; a cancellation frees the place', async () => {
    w = await makeShop();
    const first = await book(w, { startsAt: local(2, '11:00') });
    await book(w, { customerId: w.bob, startsAt: local(2, '11:00') });
    const full = await refusedUnchanged('appointments.book', {
      customerId: w.alice,
      serviceId: w.repair,
      startsAt: local(2, '11:00'),
      note: '',
    });
    expect(full).toMatchObject({ code: 'FULLY_BOOKED', fields: { startsAt: 'is fully booked' } });

    const slots = await op(w.core, 'appointments.availability', { serviceId: w.repair, day: '2026-03-02' }, w.token);
    expect(slots.slotMinutes).toBe(30);
    expect(slots.slots.find((s) => s.time === '11:00')).toMatchObject({ capacity: 2, booked: 2, free: 0, past: false });
    expect(slots.slots.find((s) => s.time === '11:30')).toMatchObject({ capacity: 2, booked: 0, free: 2 });

    const cancelled = await op(w.core, 'appointments.cancel', { id: first.id, reason: 'customer called off' }, w.token);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'customer called off' });
    expect(count(w.core, 'appointments', 'id = ?', first.id)).toBe(1);
    await book(w, { startsAt: local(2, '11:00') });
    expect(count(w.core, 'appointments', "status <> 'cancelled'")).toBe(2);
  });

  it('lets a counter hold one booking at a time, across services', async () => {
    w = await makeShop();
    await book(w, { counterId: w.counter1, startsAt: local(2, '10:00') });
    const clash = await refusedUnchanged('appointments.book', {
      customerId: w.bob,
      serviceId: w.repair,
      counterId: w.counter1,
      startsAt: local(2, '10:00'),
      note: '',
    });
    expect(clash).toMatchObject({ code: 'FULLY_BOOKED', fields: { counterId: 'is already booked at this time' } });
    // The 60-minute inspection at counter 1 from 10:00 would overlap the repair booked there.
    const overlap = await refusedUnchanged('appointments.book', {
      customerId: w.bob,
      serviceId: w.inspection,
      counterId: w.counter1,
      startsAt: local(2, '10:00'),
      note: '',
    });
    expect(overlap.code).toBe('FULLY_BOOKED');
    // Another counter, or no counter, still has the service's second place.
    await book(w, { customerId: w.bob, counterId: w.counter2, startsAt: local(2, '10:00') });
    const atCounter = await op(
      w.core,
      'appointments.availability',
      { serviceId: w.repair, day: '2026-03-02', counterId: w.counter1 },
      w.token,
    );
    expect(atCounter.slots.find((s) => s.time === '10:00')).toMatchObject({ capacity: 1, booked: 1, free: 0 });
    expect(atCounter.slots.find((s) => s.time === '10:30')).toMatchObject({ capacity: 1, booked: 0, free: 1 });
    // The service is full at 10:00 now, so even a free counter has no place.
    const noPlace = await refusedUnchanged('appointments.book', {
      customerId: w.bob,
      serviceId: w.repair,
      startsAt: local(2, '10:00'),
      note: '',
    });
    expect(noPlace.fields).toEqual({ startsAt: 'is fully booked' });
    const inspectionAt1 = await op(
      w.core,
      'appointments.availability',
      { serviceId: w.inspection, day: '2026-03-02', counterId: w.counter1 },
      w.token,
    );
    expect(inspectionAt1.slots.find((s) => s.time === '10:00')).toMatchObject({ booked: 1, free: 0 });
    expect(inspectionAt1.slots.find((s) => s.time === '11:00')).toMatchObject({ booked: 0, free: 1 });
  });

  it("books only inside the service's hours, on a slot boundary, for a bookable service and a counter that serves it", async () => {
    w = await makeShop();
    const base = { customerId: w.alice, serviceId: w.repair, note: '' };
    expect((await refusedUnchanged('appointments.book', { ...base, startsAt: local(3, '08:30') })).fields).toEqual({
      startsAt: "must be within the service's hours",
    });
    expect((await refusedUnchanged('appointments.book', { ...base, startsAt: local(3, '18:00') })).fields).toEqual({
      startsAt: "must be within the service's hours",
    });
    expect((await refusedUnchanged('appointments.book', { ...base, serviceId: w.inspection, startsAt: local(3, '17:30') })).fields).toEqual(
      { startsAt: "must be within the service's hours" },
    );
    expect((await refusedUnchanged('appointments.book', { ...base, startsAt: local(3, '10:15') })).fields).toEqual({
      startsAt: 'must start on a slot boundary',
    });
    expect((await refusedUnchanged('appointments.book', { ...base, serviceId: w.inspection, startsAt: local(3, '10:30') })).fields).toEqual(
      { startsAt: 'must start on a slot boundary' },
    );
    expect((await refusedUnchanged('appointments.book', { ...base, serviceId: w.pickup, startsAt: local(3, '10:00') })).fields).toEqual({
      serviceId: 'is not bookable',
    });
    expect((await refusedUnchanged('appointments.book', { ...base, counterId: w.counter3, startsAt: local(3, '10:00') })).fields).toEqual({
      counterId: 'does not serve this service',
    });
    expect((await refusedUnchanged('appointments.book', { ...base, counterId: 999, startsAt: local(3, '10:00') })).code).toBe('NOT_FOUND');
    expect((await refusedUnchanged('appointments.book', { ...base, customerId: 999, startsAt: local(3, '10:00') })).fields).toEqual({
      customerId: 'no such customer',
    });
    expect((await refusedUnchanged('appointments.book', { ...base, assetId: w.bobDevice, startsAt: local(3, '10:00') })).fields).toEqual({
      assetId: 'must belong to the customer',
    });
    // The last slot that ends at closing time is fine, and an instant with an offset-free form without milliseconds too.
    const last = await book(w, { startsAt: '2026-03-03T09:30:00Z' });
    expect(last.startsAt).toBe(local(3, '17:30'));
  });

  it('refuses the past: a slot that has started cannot be booked and shows as past', async () => {
    w = await makeShop();
    w.clock.advanceMinutes(75); // 10:15
    expect(
      (await refusedUnchanged('appointments.book', { customerId: w.alice, serviceId: w.repair, startsAt: local(2, '10:00'), note: '' }))
        .fields,
    ).toEqual({ startsAt: 'must be in the future' });
    expect(
      (await refusedUnchanged('appointments.book', { customerId: w.alice, serviceId: w.repair, startsAt: local(1, '11:00'), note: '' }))
        .fields,
    ).toEqual({ startsAt: 'must be in the future' });
    const slots = (await op(w.core, 'appointments.availability', { serviceId: w.repair, day: '2026-03-02' }, w.token)).slots;
    expect(slots[0]).toMatchObject({ time: '09:00', past: true, free: 0 });
    expect(slots.find((s) => s.time === '10:00')).toMatchObject({ past: true, free: 0 });
    expect(slots.find((s) => s.time === '10:30')).toMatchObject({ past: false, free: 2 });
    expect(slots.at(-1)).toMatchObject({ time: '17:30' });
    expect(slots).toHaveLength(18);
  });
});

describe('one booking a day per customer', () => {
  it('refuses a second booking the same day naming the first, books it once confirmed; a cancelled one or another day does not count', async () => {
    w = await makeShop();
    const first = await book(w, { startsAt: local(3, '10:00') });
    const second = await refusedUnchanged('appointments.book', {
      customerId: w.alice,
      serviceId: w.inspection,
      startsAt: local(3, '15:00'),
    });
    expect(second).toMatchObject({
      code: 'ALREADY_BOOKED',
      params: { appointmentId: first.id, serviceId: w.repair, startsAt: local(3, '10:00'), day: '2026-03-03' },
    });
    const confirmed = await book(w, { serviceId: w.inspection, startsAt: local(3, '15:00'), confirmDuplicate: true });
    expect(confirmed).toMatchObject({ customerId: w.alice, businessDay: '2026-03-03', status: 'booked' });
    // Another day is a booking of its own; Bob's day is his own.
    await book(w, { startsAt: local(4, '10:00') });
    await book(w, { customerId: w.bob, startsAt: local(3, '10:00') });
    // Once the first two are cancelled the day is free again.
    await op(w.core, 'appointments.cancel', { id: first.id, reason: 'moved' }, w.token);
    await op(w.core, 'appointments.cancel', { id: confirmed.id, reason: 'moved' }, w.token);
    expect(await book(w, { startsAt: local(3, '11:00') })).toMatchObject({ status: 'booked' });
  });
});

describe('changing a booking', () => {
  it('reschedules into a free slot, frees the old one, and asks for confirmation again', async () => {
    w = await makeShop();
    const a = await book(w, { startsAt: local(3, '10:00') });
    await op(w.core, 'appointments.confirm', { id: a.id, channel: 'phone', note: '' }, w.token);
    const moved = await op(w.core, 'appointments.reschedule', { id: a.id, startsAt: local(3, '14:00'), counterId: w.counter2 }, w.token);
    expect(moved).toMatchObject({
      startsAt: local(3, '14:00'),
      counterId: w.counter2,
      status: 'booked',
      confirmedAt: null,
      confirmChannel: null,
    });
    expect(count(w.core, 'audit_log', "action = 'appointment.reschedule'")).toBe(1);
    const slots = (await op(w.core, 'appointments.availability', { serviceId: w.repair, day: '2026-03-03' }, w.token)).slots;
    expect(slots.find((s) => s.time === '10:00')!.booked).toBe(0);
    expect(slots.find((s) => s.time === '14:00')!.booked).toBe(1);

    // Its own place does not block it: dropping the counter in the same slot is fine.
    const same = await op(w.core, 'appointments.reschedule', { id: a.id, startsAt: local(3, '14:00'), counterId: null }, w.token);
    expect(same.counterId).toBeNull();
    await book(w, { customerId: w.bob, startsAt: local(3, '15:00') });
    await book(w, { customerId: w.bob, startsAt: local(3, '15:00'), confirmDuplicate: true });
    expect((await refusedUnchanged('appointments.reschedule', { id: a.id, startsAt: local(3, '15:00') })).code).toBe('FULLY_BOOKED');
    const free = await op(w.core, 'appointments.availability', { serviceId: w.repair, day: '2026-03-03', exceptId: a.id }, w.token);
    expect(free.slots.find((s) => s.time === '14:00')!.booked).toBe(0);
  });

  it('keeps cancelled bookings and refuses to change them again', async () => {
    w = await makeShop();
    const a = await book(w, { startsAt: local(3, '10:00') });
    await op(w.core, 'appointments.cancel', { id: a.id, reason: 'moved away' }, w.token);
    expect(count(w.core, 'audit_log', "action = 'appointment.cancel'")).toBe(1);
    for (const [name, input] of [
      ['appointments.cancel', { id: a.id, reason: 'again' }],
      ['appointments.confirm', { id: a.id, channel: 'sms' }],
      ['appointments.reschedule', { id: a.id, startsAt: local(3, '11:00') }],
    ] as const) {
      expect(await refusedUnchanged(name, input)).toMatchObject({ code: 'INVALID_STATE', params: { state: 'cancelled' } });
    }
    expect((await op(w.core, 'appointments.day', { day: '2026-03-03' }, w.token)).appointments[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'moved away',
    });
  });
});

describe('the reads', () => {
  it("lists tomorrow's bookings to confirm, with phones and who confirmed by which channel", async () => {
    w = await makeShop();
    const a = await book(w, { startsAt: local(3, '10:00') });
    const b = await book(w, { customerId: w.bob, startsAt: local(3, '09:00') });
    const gone = await book(w, { customerId: w.bob, startsAt: local(3, '16:00'), confirmDuplicate: true });
    await book(w, { startsAt: local(4, '10:00') });
    await op(w.core, 'appointments.cancel', { id: gone.id, reason: 'no longer needed' }, w.token);
    const list = await op(w.core, 'appointments.confirmations', { day: '2026-03-03' }, w.token);
    expect(list.appointments.map((x) => [x.id, x.customerPhones, x.confirmedAt])).toEqual([
      [b.id, ['13912345678'], null],
      [a.id, ['13800138000'], null],
    ]);
    const confirmed = await op(w.core, 'appointments.confirm', { id: a.id, channel: 'phone', note: 'will be 5 min early' }, w.token);
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      confirmChannel: 'phone',
      confirmNote: 'will be 5 min early',
      confirmedByName: 'Ada Admin',
      confirmedAt: w.core.nowIso(),
    });
    expect(count(w.core, 'audit_log', "action = 'appointment.confirm'")).toBe(1);
    const after = await op(w.core, 'appointments.confirmations', { day: '2026-03-03' }, w.token);
    expect(after.appointments.map((x) => [x.id, x.status])).toEqual([
      [b.id, 'booked'],
      [a.id, 'confirmed'],
    ]);
  });

  it('gives the week view every bookable service with capacity and bookings per slot', async () => {
    w = await makeShop();
    await book(w, { startsAt: local(3, '10:00') });
    await book(w, { customerId: w.bob, serviceId: w.inspection, counterId: w.counter1, startsAt: local(4, '09:00') });
    const week = await op(w.core, 'appointments.range', { from: '2026-03-02', to: '2026-03-08' }, w.token);
    expect(week.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(week.services.map((s) => [s.serviceId, s.slotMinutes, s.slots.length])).toEqual([
      [w.repair, 30, 7 * 18],
      [w.inspection, 60, 7 * 9],
    ]);
    const repair = week.services[0]!.slots;
    expect(repair.find((s) => s.day === '2026-03-03' && s.time === '10:00')).toMatchObject({ capacity: 2, booked: 1, free: 1 });
    const atCounter1 = await op(w.core, 'appointments.range', { from: '2026-03-04', to: '2026-03-04', counterId: w.counter1 }, w.token);
    expect(atCounter1.services.map((s) => s.serviceId)).toEqual([w.repair, w.inspection]);
    // The counter is busy 09:00-10:00 with the inspection, so repairs there have no place in that hour.
    expect(atCounter1.services[0]!.slots.slice(0, 3).map((s) => [s.time, s.free])).toEqual([
      ['09:00', 0],
      ['09:30', 0],
      ['10:00', 1],
    ]);
    const tooLong = await refused(w, 'appointments.range', { from: '2026-03-01', to: '2026-04-15' });
    expect(tooLong).toMatchObject({ code: 'VALIDATION', fields: { to: 'must be at most 31 days after from' } });
    expect((await refused(w, 'appointments.range', { from: '2026-03-05', to: '2026-03-01' })).fields).toEqual({
      to: 'must be on or after from',
    });
    expect((await refused(w, 'appointments.day', { day: '2026-02-30' })).fields).toEqual({ day: 'must be a date such as 2026-03-02' });
  });
});

describe('the demo shop', () => {
  it("has bookings today and tomorrow for demo customers, two of tomorrow's confirmed", async () => {
    const { core } = makeCore();
    w = { core } as ShopWorld;
    const { staff } = await op(core, 'setup.loadDemo', { locale: 'zh-CN' });
    const { token } = await op(core, 'auth.signIn', { staffId: staff.find((s) => s.role === 'reception')!.id, pin: '3333' }, null);
    const today = await op(core, 'appointments.day', { day: '2026-03-02' }, token);
    expect(today.appointments.map((a) => [a.startsAt, a.status])).toEqual([
      ['2026-03-02T01:30:00.000Z', 'booked'],
      ['2026-03-02T02:30:00.000Z', 'booked'],
      ['2026-03-02T03:30:00.000Z', 'booked'],
    ]);
    expect(today.appointments[0]).toMatchObject({ customerName: '张三', note: '屏幕碎裂，触摸失灵' });
    expect(today.appointments[0]!.assetLabel).not.toBeNull();
    const tomorrow = await op(core, 'appointments.confirmations', { day: '2026-03-03' }, token);
    expect(tomorrow.appointments).toHaveLength(5);
    expect(tomorrow.appointments.filter((a) => a.status === 'confirmed').map((a) => a.confirmChannel)).toEqual(['phone', 'wechat']);
  });
});
