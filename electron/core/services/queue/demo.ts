import type { CallContext } from '../../context.ts';
import { writeCounter, writeService } from './setup.ts';

const SERVICES = [
  { prefix: 'A', nameZh: '维修受理', nameEn: 'Repair intake', typicalMinutes: 12, dailyCap: 200, busyThreshold: 15, slotCapacity: 2 },
  { prefix: 'B', nameZh: '取件', nameEn: 'Pickup', typicalMinutes: 4, dailyCap: null, busyThreshold: 20, slotCapacity: 0 },
  { prefix: 'C', nameZh: '咨询', nameEn: 'Consultation', typicalMinutes: 8, dailyCap: null, busyThreshold: 15, slotCapacity: 1 },
] as const;

const COUNTERS = [
  { nameZh: '1号窗口', nameEn: 'Counter 1', prefixes: ['A', 'C'] },
  { nameZh: '2号窗口', nameEn: 'Counter 2', prefixes: ['A', 'B'] },
  { nameZh: '3号窗口', nameEn: 'Counter 3', prefixes: ['B', 'C'] },
] as const;

/**
 * The demo shop's services (repair intake, pickup, consultation) and three counters; numbers are
 * issued all day so the demo works at any hour. Runs inside the demo's setup transaction. Returns the
 * repair intake's id (the demo's jobs came in through it).
 */
export function seedDemoQueue(ctx: CallContext): number {
  const ids = new Map<string, number>();
  SERVICES.forEach((s, position) => {
    const saved = writeService(ctx, { ...s, opensAt: '00:00', closesAt: '24:00', slotMinutes: 30, position, active: true });
    ids.set(s.prefix, saved.id);
  });
  COUNTERS.forEach((c, position) => {
    writeCounter(ctx, {
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      kind: 'window',
      serviceIds: c.prefixes.map((p) => ids.get(p) as number),
      position,
      active: true,
    });
  });
  return ids.get('A') as number;
}
