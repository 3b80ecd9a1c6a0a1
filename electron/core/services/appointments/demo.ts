import { addDays, type ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { bookAppointment } from './book.ts';
import { bookingClock } from './placement.ts';
import { plusMinutes } from './rows.ts';
import { bookableServices, slotFrames, type SlotFrame } from './slots.ts';
import { confirmAppointment } from './status.ts';

interface DemoBooking {
  /** Today's upcoming slots by index, or tomorrow's at a time of day. */
  when: { today: number } | { tomorrow: string };
  /** Which bookable service (by position) and which demo customer (by position). */
  service: number;
  customer: number;
  note: [zh: string, en: string];
  confirmed?: ConfirmChannel;
  /** Booked at the first counter serving the service. */
  atCounter?: true;
}

const PLAN: DemoBooking[] = [
  { when: { today: 0 }, service: 0, customer: 0, note: ['屏幕碎裂，触摸失灵', 'Cracked screen, touch not responding'] },
  { when: { today: 2 }, service: 0, customer: 1, note: ['电池不耐用，半天就没电', 'Battery drains in half a day'], atCounter: true },
  { when: { today: 4 }, service: 1, customer: 2, note: ['咨询以旧换新', 'Asking about a trade-in'] },
  {
    when: { tomorrow: '09:30' },
    service: 0,
    customer: 3,
    note: ['进水后无法开机', 'Will not turn on after getting wet'],
    confirmed: 'phone',
  },
  { when: { tomorrow: '10:00' }, service: 0, customer: 4, note: ['充电口接触不良', 'Charging port is loose'] },
  { when: { tomorrow: '10:00' }, service: 1, customer: 5, note: ['咨询保修范围', 'Asking what the warranty covers'], confirmed: 'wechat' },
  { when: { tomorrow: '14:00' }, service: 0, customer: 0, note: ['取回后复查', 'Follow-up check after the repair'], atCounter: true },
  { when: { tomorrow: '15:30' }, service: 0, customer: 1, note: ['更换后盖', 'Replace the back cover'] },
];

/**
 * A few bookings for the demo shop: today's next slots and tomorrow's, for the demo customers and
 * their devices, two of tomorrow's already confirmed. Runs inside the demo's setup transaction, after
 * the customers and the queue's services; a slot that does not exist at this hour is left out.
 */
export function seedDemoAppointments(ctx: CallContext, zh: boolean): void {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const clock = bookingClock(db, now);
  const services = bookableServices(db);
  const customers = db
    .prepare(
      'SELECT c.id, (SELECT a.id FROM assets a WHERE a.customer_id = c.id AND a.active = 1 ORDER BY a.id LIMIT 1) AS asset_id FROM customers c ORDER BY c.id',
    )
    .all() as { id: number; asset_id: number | null }[];
  if (services.length === 0 || customers.length === 0) return;
  const today = businessDate(Date.parse(now), clock.timeZone);
  const tomorrow = addDays(today, 1);
  // Today's slots from a little after now, so the first one is still to come when someone looks.
  const soon = plusMinutes(now, 20);
  const slotOf = (b: DemoBooking, serviceIndex: number): SlotFrame | undefined => {
    const service = services[serviceIndex]!;
    if ('today' in b.when) return slotFrames(service, today, clock.timeZone).filter((f) => f.startsAt > soon)[b.when.today];
    const time = b.when.tomorrow;
    return slotFrames(service, tomorrow, clock.timeZone).find((f) => f.time === time);
  };
  const firstCounter = db.prepare(
    'SELECT c.id FROM counters c JOIN counter_services cs ON cs.counter_id = c.id WHERE cs.service_id = ? AND c.active = 1 ORDER BY c.position, c.id LIMIT 1',
  );
  for (const b of PLAN) {
    const serviceIndex = Math.min(b.service, services.length - 1);
    const customer = customers[b.customer % customers.length]!;
    const slot = slotOf(b, serviceIndex);
    if (!slot) continue;
    const booked = bookAppointment(ctx, {
      customerId: customer.id,
      assetId: serviceIndex === 0 ? customer.asset_id : null,
      serviceId: services[serviceIndex]!.id,
      counterId: b.atCounter ? ((firstCounter.get(services[serviceIndex]!.id) as { id: number } | undefined)?.id ?? null) : null,
      startsAt: slot.startsAt,
      note: zh ? b.note[0] : b.note[1],
    });
    if (b.confirmed) confirmAppointment(ctx, booked.id, b.confirmed, '');
  }
}
