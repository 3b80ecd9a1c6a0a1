import type { Core } from '../../electron/core/core.ts';
import type { Ticket } from '../../shared/contract/queue.ts';
import { lockOnlyAfterLongIdle, makeCore, op, removeTempDirs, setUpStore, type TestCore } from './core.ts';

/** Queue fixtures: services A/B/C and counters as the demo shop has them, saved through the contract as the admin. */
export interface QueueWorld {
  services: { A: number; B: number; C: number };
  counters: { c1: number; c2: number; c3: number };
}

/** Fields to save on top of a fixture service, per prefix (a daily cap, hours, a busy threshold...). */
export type QueueOverrides = Partial<Record<'A' | 'B' | 'C', Record<string, unknown>>>;

export async function setUpQueue(core: Core, adminToken: string, overrides: QueueOverrides = {}): Promise<QueueWorld> {
  const save = (prefix: 'A' | 'B' | 'C', nameZh: string, nameEn: string, typicalMinutes: number) =>
    op(core, 'queue.services.save', { prefix, nameZh, nameEn, typicalMinutes, ...overrides[prefix] }, adminToken);
  const A = (await save('A', '维修受理', 'Repair intake', 10)).id;
  const B = (await save('B', '取件', 'Pickup', 4)).id;
  const C = (await save('C', '咨询', 'Consultation', 6)).id;
  const counter = (nameZh: string, nameEn: string, serviceIds: number[]) =>
    op(core, 'queue.counters.save', { nameZh, nameEn, kind: 'window', serviceIds }, adminToken);
  const c1 = (await counter('1号窗口', 'Counter 1', [A, C])).id;
  const c2 = (await counter('2号窗口', 'Counter 2', [A, B])).id;
  const c3 = (await counter('3号窗口', 'Counter 3', [B, C])).id;
  return { services: { A, B, C }, counters: { c1, c2, c3 } };
}

const opened: TestCore[] = [];

/** A new store with its admin signed in (`token`) and the queue fixtures; call closeQueueStores after each test. */
export async function queueStore(overrides: QueueOverrides = {}) {
  const t = makeCore();
  opened.push(t);
  const { adminToken, adminId } = await setUpStore(t.core);
  lockOnlyAfterLongIdle(t.core);
  const q = await setUpQueue(t.core, adminToken, overrides);
  return { ...t, ...q, token: adminToken, adminId };
}

export type QueueStore = Awaited<ReturnType<typeof queueStore>>;

/** Closes every store queueStore opened and removes the temp directories (for afterEach). */
export function closeQueueStores(): void {
  for (const t of opened.splice(0)) t.core.close();
  removeTempDirs();
}

/** Calls the next number at a counter through the contract; fails the test when nobody was waiting. */
export async function callNextTicket(core: Core, counterId: number, token: string): Promise<Ticket> {
  const { ticket } = await op(core, 'queue.callNext', { counterId }, token);
  if (!ticket) throw new Error(`nobody was waiting for counter ${counterId}`);
  return ticket;
}
