import type { Core } from '../../electron/core/core.ts';
import type { OpName, OpOutput } from '../../shared/contract/index.ts';
import { AppError } from '../../shared/errors.ts';
import { lockOnlyAfterLongIdle, makeCore, op, setUpStore, tryOp, type ManualClock } from '../support/core.ts';

/**
 * A shop for the appointment tests, in Asia/Shanghai with the clock at Monday 2026-03-02 09:00 local:
 * service A (repair, 09:00-18:00, 30-minute slots, two places), service B (pickup, not bookable),
 * service C (inspection, 60-minute slots, one place); counter 1 serves A and C, counter 2 serves A,
 * counter 3 serves B. Two customers, each with a phone, the first with a device.
 */
export interface ShopWorld {
  core: Core;
  clock: ManualClock;
  token: string;
  repair: number;
  pickup: number;
  inspection: number;
  counter1: number;
  counter2: number;
  counter3: number;
  alice: number;
  bob: number;
  aliceDevice: number;
  bobDevice: number;
}

/** Store-local (Asia/Shanghai, UTC+8) time on a day of March 2026 as a UTC instant. */
export function local(day: number, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(2026, 2, day, h - 8, m)).toISOString();
}

function insertCustomer(core: Core, name: string, phone: string, tags: string[] = []): number {
  const now = core.nowIso();
  const id = Number(
    core.db
      .prepare('INSERT INTO customers (name, phone, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, phone, JSON.stringify(tags), now, now).lastInsertRowid,
  );
  core.db
    .prepare('INSERT INTO customer_phones (customer_id, phone, reversed, position) VALUES (?, ?, ?, 0)')
    .run(id, phone, [...phone].reverse().join(''));
  return id;
}

function insertDevice(core: Core, customerId: number, brand: string, model: string, imei: string): number {
  const now = core.nowIso();
  return Number(
    core.db
      .prepare("INSERT INTO assets (customer_id, kind, brand, model, imei, created_at, updated_at) VALUES (?, 'device', ?, ?, ?, ?, ?)")
      .run(customerId, brand, model, imei, now, now).lastInsertRowid,
  );
}

export async function makeShop(): Promise<ShopWorld> {
  const { core, clock } = makeCore();
  clock.advance(Date.parse(local(2, '09:00')) - clock.now());
  const { adminToken: token } = await setUpStore(core);
  lockOnlyAfterLongIdle(core);
  const service = (prefix: string, nameEn: string, slotMinutes: number, slotCapacity: number) =>
    op(
      core,
      'queue.services.save',
      { prefix, nameZh: nameEn, nameEn, typicalMinutes: 10, opensAt: '09:00', closesAt: '18:00', slotMinutes, slotCapacity },
      token,
    );
  const repair = await service('A', 'Repair', 30, 2);
  const pickup = await service('B', 'Pickup', 30, 0);
  const inspection = await service('C', 'Inspection', 60, 1);
  const counter = (n: number, serviceIds: number[]) =>
    op(core, 'queue.counters.save', { nameZh: `${n}号窗口`, nameEn: `Counter ${n}`, kind: 'window', serviceIds }, token);
  const counter1 = await counter(1, [repair.id, inspection.id]);
  const counter2 = await counter(2, [repair.id]);
  const counter3 = await counter(3, [pickup.id]);
  const alice = insertCustomer(core, 'Alice Wang', '13800138000');
  const bob = insertCustomer(core, 'Bob Li', '13912345678');
  return {
    core,
    clock,
    token,
    repair: repair.id,
    pickup: pickup.id,
    inspection: inspection.id,
    counter1: counter1.id,
    counter2: counter2.id,
    counter3: counter3.id,
    alice,
    bob,
    aliceDevice: insertDevice(core, alice, 'Apple', 'iPhone 15', '356938035643809'),
    bobDevice: insertDevice(core, bob, 'Huawei', 'Mate 60', '490154203237518'),
  };
}

export function book(w: ShopWorld, input: Record<string, unknown>): Promise<OpOutput<'appointments.book'>> {
  return op(w.core, 'appointments.book', { customerId: w.alice, serviceId: w.repair, note: '', ...input }, w.token);
}

/** Calls an operation expected to fail and returns its error body. */
export async function refused(
  w: ShopWorld,
  name: OpName,
  input: unknown,
): Promise<{ code: string; fields: Record<string, string>; params?: Record<string, string | number> }> {
  const result = await tryOp(w.core, name, input, w.token);
  if (result.ok)
    throw new AppError('INTERNAL', `${name} was expected to be refused but answered ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
