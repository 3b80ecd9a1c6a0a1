import type { Core } from '../../electron/core/core.ts';
import { call } from '../../electron/core/dispatch.ts';
import { businessDate } from '../../shared/time.ts';
import type { Role } from '../../shared/roles.ts';
import { chineseName, customerName, customerNote, uniqueMobile } from './names.ts';
import { Rng } from './rng.ts';
import type { Scale } from './scale.ts';
import { customerWriter } from './seed-customers.ts';
import { seedJobs } from './seed-jobs.ts';
import { seedTicketHistory, setUpShopQueue, type SeededQueue } from './seed-queue.ts';

export interface SeededStaff {
  id: number;
  name: string;
  role: Role;
  pin: string;
}

export interface Seeded {
  admin: SeededStaff;
  staff: SeededStaff[];
  /** A session token for the admin, signed in through the contract. */
  adminToken: string;
  /** Customer ids run from 1 to this. */
  maxCustomerId: number;
  /** The shop's services and counters (saved through the contract). */
  queue: SeededQueue;
  counts: SeedCounts;
  seconds: number;
}

interface SeedCounts {
  customers: number;
  staff: number;
  sessions: number;
  audit_log: number;
  /** Finished tickets of the queue's recent history (a few weeks). */
  tickets: number;
  /** Service jobs: closed over the history, and open now. */
  jobs: number;
  open_jobs: number;
  days: number;
  db_mb: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Rows per seeding transaction: big enough to be fast, small enough to keep the WAL in check. */
const ROWS_PER_TRANSACTION = 50_000;
/** Days of finished queue tickets before today: the estimated wait reads the last 14. */
const QUEUE_HISTORY_DAYS = 28;
/** Share of customers with a second phone, and of customers tagged VIP besides those whose note says so. */
const SECOND_PHONE_SHARE = 0.08;
const VIP_SHARE = 0.02;

// After the first admin, roles go round this list: a shop has more hands at the bench and the counter.
const ROLE_CYCLE: Role[] = [
  'technician',
  'reception',
  'manager',
  'cashier',
  'technician',
  'reception',
  'technician',
  'cashier',
  'reception',
  'technician',
  'manager',
];

// The audit rows that fill a day besides sign-ins and new customers. Later issues' areas (jobs,
// cashier) will write rows like these; their exact names do not matter to the indexes' shape. The
// queue keeps its own trail (ticket_events), seeded with the tickets.
const OTHER_ACTIONS: readonly (readonly [string, number])[] = [
  ['customer.update', 14],
  ['job.create', 14],
  ['job.update', 24],
  ['payment.take', 14],
  ['receipt.print', 10],
  ['approval.granted', 2],
  ['auth.signIn.wrongPin', 2],
  ['access.denied', 0.5],
  ['staff.update', 0.1],
  ['settings.update', 0.05],
];
const ENTITY_OF: Record<string, string> = {
  'customer.update': 'customer',
  'job.create': 'job',
  'job.update': 'job',
  'payment.take': 'payment',
  'receipt.print': 'receipt',
  'approval.granted': 'approval',
  'auth.signIn.wrongPin': 'staff',
  'access.denied': 'operation',
  'staff.update': 'staff',
  'settings.update': 'settings',
};
const JOB_STATES = ['received', 'diagnosing', 'waiting_parts', 'repairing', 'ready', 'collected'];
const PAY_METHODS = ['cash', 'wechat', 'alipay', 'card'];

/**
 * Sets the store up through the real first-run path (`setup.initialize`, `auth.signIn` and
 * `staff.create` through the contract), then writes the history of a shop with raw prepared
 * statements in big transactions: customers (with their phones and search keys, as the customer
 * service writes them), ended sessions and the audit log, in time order. Then the queue's services
 * and counters through the contract, and a few weeks of finished tickets.
 */
export async function seedStore(core: Core, scale: Scale, log: (line: string) => void): Promise<Seeded> {
  const started = performance.now();
  const rng = new Rng(0x5eed_2026);
  const opts = { origin: 'bench' };

  const adminPin = '246810';
  const { adminId } = await call(
    core,
    'setup.initialize',
    {
      profile: {
        name: '快修手机维修中心',
        address: '上海市徐汇区漕溪北路 88 号',
        phone: '021-6464-8888',
        currency: 'CNY',
        taxMode: 'inclusive',
        taxRateBp: 600,
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      },
      admin: { name: '王店长', pin: adminPin },
    },
    opts,
  );
  const admin: SeededStaff = { id: adminId, name: '王店长', role: 'admin', pin: adminPin };
  const { token: adminToken } = await call(core, 'auth.signIn', { staffId: adminId, pin: adminPin }, opts);

  const staff: SeededStaff[] = [admin];
  const names = new Set([admin.name]);
  for (let i = 1; i < scale.staff; i++) {
    let name = chineseName(rng);
    while (names.has(name)) name = chineseName(rng);
    names.add(name);
    const role = ROLE_CYCLE[(i - 1) % ROLE_CYCLE.length] as Role;
    const pin = String(100_000 + ((i * 7_919) % 900_000));
    const created = await call(core, 'staff.create', { name, role, pin }, { token: adminToken, origin: 'bench' });
    staff.push({ id: created.id, name, role, pin });
  }
  log(
    `  set up through the contract: profile, ${staff.length} staff (${((performance.now() - started) / 1000).toFixed(1)} s, scrypt per PIN)`,
  );

  const { db } = core;
  const writeCustomer = customerWriter(db);
  const insertSession = db.prepare(
    'INSERT INTO sessions (token_hash, staff_id, origin, created_at, expires_at, ended_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, actor_id, approver_id, action, entity, entity_id, before_json, after_json, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');

  const phones = new Set<string>();
  const managers = staff.filter((s) => s.role === 'manager' || s.role === 'admin');
  const hex = () => {
    let s = '';
    for (let i = 0; i < 8; i++)
      s += Math.floor(rng.next() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, '0');
    return s;
  };
  const origins = ['ipc', 'ipc', 'ipc', 'http 192.168.1.21', 'http 192.168.1.35'];

  const now = core.clock.now();
  // History covers whole days up to yesterday (UTC), so every day has its full opening hours.
  const firstDay = Math.floor(now / DAY_MS) * DAY_MS - scale.days * DAY_MS;
  let customers = 0;
  let audits = 0;
  let pending = 0;
  let lastCustomerId = 0;
  let lastJob = 0;

  type Event =
    | { t: number; kind: 'customer' }
    | { t: number; kind: 'session'; staffId: number; hours: number }
    | { t: number; kind: 'other'; action: string; actorId: number };

  const historyStarted = performance.now();
  begin.run();
  for (let d = 0; d < scale.days; d++) {
    const dayStart = firstDay + d * DAY_MS;
    // Shop hours 09:00-21:00 Asia/Shanghai = 01:00-13:00 UTC.
    const open = dayStart + HOUR_MS;
    const span = 12 * HOUR_MS;
    const at = () => open + Math.floor(rng.next() * span);
    const weekday = new Date(dayStart).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 1.4 : 0.85;

    const events: Event[] = [];
    const customersToday = Math.round((scale.customers * (d + 1)) / scale.days) - customers;
    for (let i = 0; i < customersToday; i++) events.push({ t: at(), kind: 'customer' });
    const sessionsToday = rng.poisson(scale.sessionsPerDay * busy);
    for (let i = 0; i < sessionsToday; i++) {
      events.push({ t: at(), kind: 'session', staffId: rng.pick(staff).id, hours: rng.int(1, 9) });
    }
    const others = Math.max(0, rng.poisson(scale.auditPerDay * busy) - customersToday - 2 * sessionsToday);
    for (let i = 0; i < others; i++)
      events.push({ t: at(), kind: 'other', action: rng.weighted(OTHER_ACTIONS), actorId: rng.pick(staff).id });
    events.sort((a, b) => a.t - b.t);

    for (const e of events) {
      const iso = new Date(e.t).toISOString();
      const origin = rng.pick(origins);
      if (e.kind === 'customer') {
        const name = customerName(rng);
        const list = [uniqueMobile(rng, phones)];
        if (rng.next() < SECOND_PHONE_SHARE) list.push(uniqueMobile(rng, phones));
        const notes = customerNote(rng);
        const tags = notes === 'VIP' || rng.next() < VIP_SHARE ? ['vip'] : [];
        const id = writeCustomer({ name, phones: list, notes, tags, at: iso });
        lastCustomerId = id;
        customers++;
        insertAudit.run(
          iso,
          rng.pick(staff).id,
          null,
          'customer.create',
          'customer',
          String(id),
          null,
          JSON.stringify({ name, phones: list, tags, notes }),
          origin,
        );
        audits++;
        pending += 2;
      } else if (e.kind === 'session') {
        const ended = Math.min(e.t + e.hours * HOUR_MS, now - 1000);
        insertSession.run(hex(), e.staffId, origin, iso, new Date(e.t + 12 * HOUR_MS).toISOString(), new Date(ended).toISOString());
        insertAudit.run(iso, e.staffId, null, 'auth.signIn', 'staff', String(e.staffId), null, null, origin);
        insertAudit.run(new Date(ended).toISOString(), e.staffId, null, 'auth.signOut', 'staff', String(e.staffId), null, null, origin);
        audits += 2;
        pending += 3;
      } else {
        const entity = ENTITY_OF[e.action] ?? 'other';
        let entityId: string | null = null;
        let before: string | null = null;
        let after: string | null = null;
        let approver: number | null = null;
        switch (e.action) {
          case 'customer.update':
            entityId = String(rng.int(1, Math.max(1, lastCustomerId)));
            before = JSON.stringify({ phone: uniqueMobile(rng, phones) });
            after = JSON.stringify({ phone: uniqueMobile(rng, phones) });
            break;
          case 'job.create':
            entityId = String(++lastJob);
            after = JSON.stringify({
              customerId: rng.int(1, Math.max(1, lastCustomerId)),
              device: 'iPhone',
              fault: '屏幕碎裂',
              quote: rng.int(50, 900) * 100,
            });
            break;
          case 'job.update': {
            entityId = String(rng.int(Math.max(1, lastJob - 200), Math.max(1, lastJob)));
            const s = rng.int(0, JOB_STATES.length - 2);
            before = JSON.stringify({ status: JOB_STATES[s] });
            after = JSON.stringify({ status: JOB_STATES[s + 1] });
            break;
          }
          case 'payment.take':
            entityId = String(audits);
            after = JSON.stringify({ jobId: Math.max(1, lastJob), amount: rng.int(20, 1500) * 100, method: rng.pick(PAY_METHODS) });
            break;
          case 'receipt.print':
            entityId = String(audits);
            break;
          case 'approval.granted':
            approver = rng.pick(managers).id;
            entityId = rng.pick(['discount', 'refund', 'void']);
            break;
          case 'auth.signIn.wrongPin':
            entityId = String(e.actorId);
            after = JSON.stringify({ attempts: rng.int(1, 4) });
            break;
          case 'access.denied':
            entityId = rng.pick(['staff.update', 'backup.restore', 'audit.list']);
            after = JSON.stringify({ reason: 'role reception' });
            break;
          case 'staff.update':
            entityId = String(rng.pick(staff).id);
            before = JSON.stringify({ role: 'reception' });
            after = JSON.stringify({ role: 'cashier' });
            break;
          case 'settings.update':
            before = JSON.stringify({ lockoutMinutes: 15 });
            after = JSON.stringify({ lockoutMinutes: 20 });
            break;
        }
        insertAudit.run(iso, e.actorId, approver, e.action, entity, entityId, before, after, origin);
        audits++;
        pending++;
      }
    }
    if (pending >= ROWS_PER_TRANSACTION) {
      commit.run();
      begin.run();
      pending = 0;
    }
  }
  commit.run();
  log(
    `  customers (phones, pinyin keys, search indexes), sessions and audit log: ${((performance.now() - historyStarted) / 1000).toFixed(1)} s`,
  );

  const queueStarted = performance.now();
  const queue = await setUpShopQueue(core, adminToken);
  const { timeZone } = await call(core, 'store.profile.get', {}, { token: adminToken, origin: 'bench' });
  const dayCount = Math.min(scale.days, QUEUE_HISTORY_DAYS);
  const historyDays = Array.from({ length: dayCount }, (_, i) => businessDate(now - (dayCount - i) * DAY_MS, timeZone));
  const newest = db.prepare('SELECT id FROM customers WHERE created_at <= ? ORDER BY id DESC LIMIT 1');
  const customersByDay = new Map<string, number>();
  const receptionist = staff.find((s) => s.role === 'reception') ?? admin;
  const counterStaff = queue.counters.map((_, i) => (staff[1 + (i % Math.max(1, staff.length - 1))] ?? admin).id);
  const tickets = db.transaction(() =>
    seedTicketHistory(db, {
      queue,
      timeZone,
      days: historyDays,
      receptionId: receptionist.id,
      counterStaff,
      rng,
      customerUpTo(at) {
        const day = at.slice(0, 10);
        let upTo = customersByDay.get(day);
        if (upTo === undefined) {
          upTo = (newest.get(at) as { id: number } | undefined)?.id ?? 0;
          customersByDay.set(day, upTo);
        }
        return upTo;
      },
    }),
  )();
  log(
    `  queue: ${queue.services.length} services and ${queue.counters.length} counters through the contract, ${tickets.toLocaleString('en')} finished tickets over ${historyDays.length} days (${((performance.now() - queueStarted) / 1000).toFixed(1)} s)`,
  );
  const jobsStarted = performance.now();
  const jobs = seedJobs(db, {
    ...scale.jobs,
    maxCustomerId: lastCustomerId,
    days: scale.days,
    nowMs: now,
    adminId,
    technicianIds: staff.filter((s) => s.role === 'technician').map((s) => s.id),
    serviceId: queue.services[0]?.id ?? 1,
  });
  log(
    `  jobs: ${jobs.historical.toLocaleString('en')} closed over the history and ${jobs.open.toLocaleString('en')} open, with lines and trails, by generated SQL (${((performance.now() - jobsStarted) / 1000).toFixed(1)} s)`,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');

  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const pageBytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  return {
    admin,
    staff,
    adminToken,
    maxCustomerId: lastCustomerId,
    queue,
    counts: {
      customers: count('customers'),
      staff: count('staff'),
      sessions: count('sessions'),
      audit_log: count('audit_log'),
      tickets: count('tickets'),
      jobs: count('jobs'),
      open_jobs: (db.prepare('SELECT count(*) AS n FROM jobs WHERE closed_at IS NULL').get() as { n: number }).n,
      days: scale.days,
      db_mb: Math.round(pageBytes / 1e5) / 10,
    },
    seconds: (performance.now() - started) / 1000,
  };
}
