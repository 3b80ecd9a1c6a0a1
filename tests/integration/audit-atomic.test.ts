import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../shared/audit-actions.ts';
import { getOperation, OP_NAMES, type OpName } from '../../shared/contract/index.ts';
import type { Core } from '../../electron/core/core.ts';
import { DEFAULT_MIGRATIONS_DIR } from '../../electron/core/store/open.ts';
import type { TicketAction } from '../../electron/core/services/queue/events.ts';
import type { JobEventType } from '../../shared/contract/job-events.ts';
import { makeCore, makeTempDir, op, removeTempDirs, snapshot, tryOp, type TestCore } from '../support/core.ts';
import { anyString } from '../support/matchers.ts';
import { buildSampleWorld, SAMPLES, type SampleWorld } from '../support/samples.ts';

/**
 * Every write keeps its records in the same transaction as the change. Each case names the records
 * its write makes: audit rows (who changed what, for the owner), rows of an area's own trail (the
 * queue's ticket_events), or, where the row itself is the record (a ticket carries its issue, a print
 * job who queued it), that row. For each record the test makes that insert fail (a TEMP trigger
 * raising an error; for a row, after the last statement writing it) and checks the call fails and the
 * store is exactly as before; then, without the trigger, that the call succeeds and records exactly the
 * expected rows. See docs/records.md for which fact goes where.
 */

/** A write whose own row is its record: the table written last, and the columns naming who and from where. */
interface RowRecord {
  table: 'tickets' | 'print_jobs' | 'jobs' | 'job_media';
  /** The statement that writes it last, which the test makes fail after it has run. */
  last: 'INSERT' | 'UPDATE';
  by: string;
  origin: string;
}

interface WriteCase {
  /** The audit actions a successful call records, in order. */
  audit?: AuditAction[];
  /** The ticket_events rows a successful call records, in order. */
  trail?: TicketAction[];
  /** The job_events rows (a job's trail) a successful call records, in order. */
  jobTrail?: JobEventType[];
  /** The rows a successful call adds that are their own record. */
  row?: RowRecord & { count: number };
  /** Whose session calls it: the admin unless said otherwise; null for public calls. */
  token?: (w: SampleWorld) => string | null;
  /** Runs on a new, empty store (first-run setup). */
  fresh?: boolean;
  /** Runs on a sample world of its own, which `prepare` may move in time. */
  ownWorld?: boolean;
  /** Sets up what the call needs beyond the sample world; may give the input and token to use instead. */
  prepare?: (t: TestCore, w: SampleWorld) => Promise<{ input?: Record<string, unknown>; token?: string } | void>;
  /** Checks its own way instead of with TEMP triggers (a restore swaps the whole file, and the connection with it). */
  custom?: (t: TestCore, w: SampleWorld, input: Record<string, unknown>) => Promise<void>;
}

/** The demo's bookings (all of them at the test clock's 09:00): today's three, then tomorrow's with two confirmed. */
const DEMO_BOOKINGS: AuditAction[] = [
  ...Array<AuditAction>(4).fill('appointment.book'),
  'appointment.confirm',
  ...Array<AuditAction>(2).fill('appointment.book'),
  'appointment.confirm',
  ...Array<AuditAction>(2).fill('appointment.book'),
];
/** A bill opened and paid at the till: a deposit or a quick sale. */
const PAID: AuditAction[] = ['cashier.bill.open', 'cashier.pay'];
/**
 * The demo's jobs and till, in the order they happened over three weeks: two jobs taken in, repaired,
 * marked paid and delivered; one with its deposit paid and extra work approved; one with its deposit
 * paid; yesterday's drawer opened, a job's deposit and three sales paid, a job taken in, the drawer
 * closed; today's drawer opened, two sales, and a job taken in with its deposit paid. (The English demo
 * counts its drawer in dollars: the cashier's settings say so first.)
 */
const DEMO_JOBS: AuditAction[] = [
  'cashier.settings.update',
  'job.intake',
  'job.markPaid',
  'job.intake',
  'job.markPaid',
  'job.intake',
  ...PAID,
  'job.extraApproved',
  'job.intake',
  ...PAID,
  'cashier.drawer.open',
  'job.intake',
  ...PAID,
  ...PAID,
  ...PAID,
  ...PAID,
  'job.intake',
  'cashier.drawer.close',
  'cashier.drawer.open',
  ...PAID,
  ...PAID,
  'job.intake',
  ...PAID,
];
const QC: JobEventType[] = ['submitForQc', 'qcSelfCheck', 'qcSecondCheck', 'markReady'];
/** The demo jobs' steps in the order they happened, each by a demo member of staff of the right role. */
const REPAIRED: JobEventType[] = ['startDiagnosis', 'startRepair', ...QC];
const DEMO_JOB_TRAIL: JobEventType[] = [
  ...REPAIRED,
  'markPaid',
  'deliver',
  ...REPAIRED,
  'markPaid',
  'deliver',
  'startDiagnosis',
  'findWork',
  'recordAnswer',
  'startRepair',
  'waitForParts',
  'partsArrived',
  ...QC,
  ...REPAIRED,
  'startDiagnosis',
  'startRepair',
  'startDiagnosis',
  'findWork',
];
const DEMO_ACTIONS: AuditAction[] = [
  'store.profile.create',
  ...Array<AuditAction>(5).fill('staff.create'),
  'customer.create',
  'asset.create',
  'customer.create',
  ...[1, 2, 3, 4].flatMap((): AuditAction[] => ['customer.create', 'asset.create']),
  ...Array<AuditAction>(3).fill('queue.service.create'),
  ...Array<AuditAction>(3).fill('queue.counter.create'),
  ...DEMO_BOOKINGS,
  ...DEMO_JOBS,
];

const TICKET_ROW: RowRecord = { table: 'tickets', last: 'INSERT', by: 'issued_by', origin: 'issue_origin' };
/** A print job is inserted, then filled in with its rendered document: the update is its last statement. */
const PRINT_JOB_ROW: RowRecord = { table: 'print_jobs', last: 'UPDATE', by: 'created_by', origin: 'origin' };
/** A job's row records its intake (who, when, from where); a photo's row who added it. */
const JOB_ROW: RowRecord = { table: 'jobs', last: 'INSERT', by: 'created_by', origin: 'origin' };
const MEDIA_ROW: RowRecord = { table: 'job_media', last: 'INSERT', by: 'created_by', origin: 'origin' };

const WRITES: Partial<Record<OpName, WriteCase>> = {
  'setup.initialize': { audit: ['store.profile.create', 'staff.create'], token: () => null, fresh: true },
  'setup.loadDemo': { audit: DEMO_ACTIONS, jobTrail: DEMO_JOB_TRAIL, token: () => null, fresh: true },
  // The demo's wipe builds a fresh store and swaps it in: its audit row is written into the fresh file.
  'setup.startRealShop': { audit: ['store.demoWiped'], fresh: true, custom: checkStartRealShop },
  'auth.signIn': { audit: ['auth.signIn'], token: () => null },
  'auth.checkApproval': { audit: ['approval.granted'], token: (w) => w.receptionToken },
  // Locking and unlocking the admin's session: on a world of its own, so the other cases keep theirs open.
  'auth.lock': { audit: ['auth.lock'], ownWorld: true },
  'auth.unlock': {
    audit: ['auth.unlock'],
    ownWorld: true,
    prepare: async ({ core }, w) => {
      await op(core, 'auth.lock', {}, w.adminToken);
    },
  },
  'staff.create': { audit: ['staff.create'] },
  'staff.update': { audit: ['staff.update'] },
  'staff.setPin': { audit: ['staff.setPin'] },
  'staff.changeOwnPin': { audit: ['staff.changeOwnPin'] },
  'staff.unlock': { audit: ['staff.unlock'] },
  'store.profile.update': { audit: ['store.profile.update'] },
  'store.settings.update': { audit: ['settings.update'] },
  'backup.create': { audit: ['backup.create'] },
  'backup.restore': { audit: ['backup.restore'], ownWorld: true, custom: checkRestore },
  'backup.folders.approve': { audit: ['backup.folder.approve'] },
  'backup.folders.withdraw': { audit: ['backup.folder.withdraw'] },
  'print.printers.save': { audit: ['print.printer.create'] },
  'print.printers.remove': { audit: ['print.printer.remove'] },
  'print.routes.save': { audit: ['print.routes.update'] },
  // A test page is a print job: its row says who queued it, when, from where and on which printer.
  'print.testPage': { row: { ...PRINT_JOB_ROW, count: 1 } },
  'print.jobs.reprint': { audit: ['print.job.reprint'] },
  'print.jobs.cancel': { audit: ['print.job.cancel'] },
  'queue.services.save': { audit: ['queue.service.create'] },
  'queue.counters.save': { audit: ['queue.counter.create'] },
  'queue.counters.open': { audit: ['queue.counter.open'] },
  'queue.counters.close': { audit: ['queue.counter.close'] },
  // Only the staff member seated at a counter pauses it: the admin sits at the idle counter first.
  'queue.counters.break': {
    audit: ['queue.counter.break'],
    prepare: async ({ core }, w) => {
      await op(core, 'queue.counters.open', { counterId: w.queue.idleCounterId }, w.adminToken);
    },
  },
  'queue.counters.resume': {
    audit: ['queue.counter.resume'],
    prepare: async ({ core }, w) => {
      await op(core, 'queue.counters.open', { counterId: w.queue.idleCounterId }, w.adminToken);
      await op(core, 'queue.counters.break', { counterId: w.queue.idleCounterId }, w.adminToken);
    },
  },
  // The ticket's own row records its issue (issued_by, issue_origin, issue_detail_json).
  'queue.issue': { row: { ...TICKET_ROW, count: 1 } },
  // A slip again is a print job on the printer routed for slips, audited with it.
  'queue.reprintSlip': {
    audit: ['queue.slip.reprint'],
    prepare: async ({ core }, w) => {
      await op(
        core,
        'print.routes.save',
        { routes: [{ kind: 'queueSlip', printerId: w.printerId, paper: '80mm', copies: 1 }] },
        w.adminToken,
      );
    },
  },
  // Calling at a counter nobody holds (queue.counters.close has just closed it) opens it for the caller first.
  'queue.callNext': { audit: ['queue.counter.open'], trail: ['call'] },
  'queue.call': { trail: ['finish', 'call'] },
  // The ticket is at another counter: recalling it there moves the caller to that counter.
  'queue.recall': { audit: ['queue.counter.open'], trail: ['recall'] },
  'queue.skip': { trail: ['skip'] },
  'queue.reinstate': { trail: ['reinstate'] },
  'queue.park': { trail: ['park'] },
  'queue.transfer': { trail: ['transfer'] },
  'queue.start': { trail: ['start'] },
  'queue.finish': { trail: ['finish'] },
  'queue.cancel': { trail: ['cancel'] },
  'devices.pairingCode': { audit: ['devices.pairingCode'] },
  'devices.rename': { audit: ['devices.rename'] },
  'devices.revoke': { audit: ['devices.revoke'] },
  // The sample's wrong code pairs nothing: here a fresh code from the admin, paired by the display.
  'display.pair': {
    audit: ['devices.pair'],
    token: () => null,
    prepare: async ({ core }, w) => {
      const { code } = await op(core, 'devices.pairingCode', { kind: 'display' }, w.adminToken);
      return { input: { code, name: 'Back room TV' } };
    },
  },
  'customers.create': { audit: ['customer.create'] },
  'customers.update': { audit: ['customer.update'] },
  'assets.save': { audit: ['asset.update'] },
  'assets.remove': { audit: ['asset.remove'] },
  'auth.signOut': { audit: ['auth.signOut'], token: (w) => w.receptionToken },
  'appointments.book': { audit: ['appointment.book'] },
  'appointments.reschedule': { audit: ['appointment.reschedule'] },
  'appointments.cancel': { audit: ['appointment.cancel'] },
  'appointments.confirm': { audit: ['appointment.confirm'] },
  'appointments.checkIn': { audit: ['appointment.checkIn'] },
  // Due once its start (tomorrow 10:00) plus the grace has passed: the world's clock goes to the day after.
  'jobs.settings.set': { audit: ['jobs.settings.update'] },
  // The job's row records the intake; the audit log its money (estimate, deposit); the signature is a job_media row.
  'jobs.intake': { audit: ['job.intake'], row: { ...JOB_ROW, count: 1 } },
  'jobs.addPhoto': { row: { ...MEDIA_ROW, count: 1 } },
  // The step goes to the job's trail, the money (marked paid) to the audit log.
  'jobs.move': { audit: ['job.markPaid'], jobTrail: ['markPaid'] },
  // Printing a job's ticket or label again is a print job on the routed printer (the sample world's first printer prints everything), audited with it.
  'jobs.printTicket': { audit: ['job.ticket.print'] },
  'jobs.printLabel': { audit: ['job.label.print'] },
  'jobs.coverLine': { audit: ['job.lineCovered'] },
  // The settlement at the desk is the machine's markPaid, by the desk's manager (here the admin).
  'jobs.pickupSettle': { audit: ['job.markPaid'], jobTrail: ['markPaid'] },
  // The handover: the collection signature (its job_media row), the deliver step with the pickup on it, the audit row.
  'jobs.pickup': { audit: ['job.pickup'], jobTrail: ['deliver'], row: { ...MEDIA_ROW, count: 1 } },
  // Its note again (the sample world's first printer prints every document), audited with the print job.
  'jobs.printDeliveryNote': { audit: ['job.deliveryNote.print'] },
  'cashier.settings.set': { audit: ['cashier.settings.update'] },
  // A bill's own row says who opened it; its money is in the audit row.
  'cashier.openBill': { audit: ['cashier.bill.open'] },
  // The payments, the receipt and the chain's head move with the audit row, or none of them do.
  'cashier.pay': { audit: ['cashier.pay'] },
  // The refund, its receipt and the chain's head move with the audit row.
  'cashier.refund': { audit: ['cashier.refund'] },
  // The refunds of what was paid, their receipts and the bill's status move with the audit row.
  'cashier.void': { audit: ['cashier.bill.void'] },
  'cashier.drawer.open': { audit: ['cashier.drawer.open'] },
  'cashier.drawer.move': { audit: ['cashier.drawer.cashIn'] },
  // The Z report's print job is queued in the closing transaction; the audit row says who closed.
  'cashier.drawer.close': { audit: ['cashier.drawer.close'] },
  // The check's row and its audit row, or neither: a check from Settings is always audited.
  'cashier.integrity.check': { audit: ['cashier.integrity.check'] },
  // The acknowledgement written into the check's row, with its audit row.
  'cashier.integrity.acknowledge': { audit: ['cashier.integrity.acknowledge'] },
  // An X report printed on demand: its print job and the audit row commit together.
  'cashier.drawer.printReport': { audit: ['cashier.drawer.printReport'] },
  // A receipt again, marked as a copy: a print job and its audit row, nothing financial.
  'cashier.reprintReceipt': { audit: ['cashier.receipt.reprint'] },
  'reminders.settings.set': { audit: ['reminders.settings.update'] },
  // The reminder's row says where it stands; who did what is the audit row.
  'reminders.create': { audit: ['reminder.create'] },
  'reminders.take': { audit: ['reminder.take'] },
  'reminders.outcome': { audit: ['reminder.noAnswer'] },
  'reminders.cancel': { audit: ['reminder.cancel'] },
  'appointments.markNoShow': {
    audit: ['appointment.noShow'],
    ownWorld: true,
    prepare: async ({ core, clock }, w) => {
      clock.advanceMinutes(48 * 60);
      const { token } = await op(core, 'auth.signIn', { staffId: w.adminId, pin: w.adminPin });
      return { token };
    },
  },
};

/** Writes are the operations that invalidate reads, plus those listed here (changing your PIN and signing out invalidate nothing). */
const writeOps = OP_NAMES.filter((name) => name in WRITES || (getOperation(name)?.invalidates.length ?? 0) > 0);

/** One record a write makes, and a TEMP trigger that makes writing it fail. */
interface Refusal {
  what: string;
  sql: string;
}

function refusals(c: WriteCase): Refusal[] {
  const raise = "SELECT RAISE(ABORT, 'record refused by the test')";
  return [
    ...[...new Set(c.audit ?? [])].map((action) => ({
      what: `its ${action} audit row`,
      sql: `CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON audit_log WHEN NEW.action = '${action}' BEGIN ${raise}; END`,
    })),
    ...[...new Set(c.trail ?? [])].map((kind) => ({
      what: `its ${kind} ticket_events row`,
      sql: `CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON ticket_events WHEN NEW.action = '${kind}' BEGIN ${raise}; END`,
    })),
    ...[...new Set(c.jobTrail ?? [])].map((kind) => ({
      what: `its ${kind} job_events row`,
      sql: `CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON job_events WHEN NEW.event = '${kind}' BEGIN ${raise}; END`,
    })),
    ...(c.row
      ? [
          {
            what: `the ${c.row.last} of its ${c.row.table} row`,
            sql: `CREATE TEMP TRIGGER refuse_record AFTER ${c.row.last} ON ${c.row.table} BEGIN ${raise}; END`,
          },
        ]
      : []),
  ];
}

const maxId = (core: Core, table: string) => (core.db.prepare(`SELECT max(id) AS id FROM ${table}`).get() as { id: number | null }).id ?? 0;

interface Marks {
  audit: number;
  trail: number;
  jobTrail: number;
  row: number;
}
const marks = (core: Core, c: WriteCase): Marks => ({
  audit: maxId(core, 'audit_log'),
  trail: maxId(core, 'ticket_events'),
  jobTrail: maxId(core, 'job_events'),
  row: c.row ? maxId(core, c.row.table) : 0,
});

/** The records a successful call made after `from`, checked against the case. */
function checkRecords(core: Core, name: string, c: WriteCase, from: Marks, actorId: number | null): void {
  const audit = core.db.prepare('SELECT action, actor_id, origin FROM audit_log WHERE id > ? ORDER BY id').all(from.audit) as {
    action: string;
    actor_id: number | null;
    origin: string;
  }[];
  expect(
    audit.map((r) => r.action),
    `${name}'s audit rows`,
  ).toEqual(c.audit ?? []);
  for (const r of audit) expect(r.origin).toBe('test');
  if (actorId !== null) for (const r of audit) expect(r.actor_id, `${name}'s ${r.action} row names the caller`).toBe(actorId);

  const trail = core.db.prepare('SELECT action, staff_id, origin FROM ticket_events WHERE id > ? ORDER BY id').all(from.trail) as {
    action: string;
    staff_id: number | null;
    origin: string;
  }[];
  expect(
    trail.map((r) => r.action),
    `${name}'s ticket_events rows`,
  ).toEqual(c.trail ?? []);
  for (const r of trail) expect({ by: r.staff_id, origin: r.origin }).toEqual({ by: actorId, origin: 'test' });

  const jobTrail = core.db.prepare('SELECT event, staff_id, origin FROM job_events WHERE id > ? ORDER BY id').all(from.jobTrail) as {
    event: string;
    staff_id: number;
    origin: string;
  }[];
  expect(
    jobTrail.map((r) => r.event),
    `${name}'s job_events rows`,
  ).toEqual(c.jobTrail ?? []);
  for (const r of jobTrail) expect(r.origin).toBe('test');
  if (actorId !== null) for (const r of jobTrail) expect(r.staff_id, `${name}'s ${r.event} step names the caller`).toBe(actorId);

  if (c.row) {
    const rows = core.db.prepare(`SELECT ${c.row.by} AS by, ${c.row.origin} AS origin FROM ${c.row.table} WHERE id > ?`).all(from.row);
    expect(rows, `${name}'s ${c.row.table} rows say who and from where`).toEqual(
      Array.from({ length: c.row.count }, () => ({ by: actorId, origin: 'test' })),
    );
  }
}

let shared: TestCore;
let world: SampleWorld;
const others: TestCore[] = [];
beforeAll(async () => {
  shared = makeCore();
  world = await buildSampleWorld(shared.core);
});
afterAll(() => {
  shared.core.close();
  for (const t of others) t.core.close();
  removeTempDirs();
});

describe('records are written in the same transaction as the change', () => {
  it('knows the write operations in the contract, and a case for an operation that is not one is a mistake', () => {
    expect(writeOps.length).toBeGreaterThan(40);
    const notWrites = Object.keys(WRITES).filter((name) => !(OP_NAMES as string[]).includes(name));
    expect(notWrites, 'cases for operations the contract does not have').toEqual([]);
  });

  // Sign-out last: it ends the reception session other cases use.
  const ordered = [...writeOps].sort((a, b) => Number(a === 'auth.signOut') - Number(b === 'auth.signOut'));
  for (const name of ordered) {
    it(`${name}: a failed record undoes the whole change; a good call records exactly its rows`, async () => {
      const c = WRITES[name];
      const sample = SAMPLES[name];
      expect(c, `${name} writes but has no case here naming the records it makes (audit, trail or its own row)`).toBeDefined();
      expect(sample, `${name} writes but has no sample input in tests/support/samples.ts`).toBeDefined();
      const records = refusals(c!);
      expect(records.length, `${name}'s case names no record: list its audit actions, trail rows or own row`).toBeGreaterThan(0);

      let t = shared;
      let w = world;
      if (c!.fresh) t = makeCore();
      if (c!.ownWorld) {
        t = makeCore();
        w = await buildSampleWorld(t.core);
      }
      if (t !== shared) others.push(t);
      const { core } = t;
      const prepared = (await c!.prepare?.(t, w)) ?? {};
      const input = prepared.input ?? sample!(w);
      const token = prepared.token ?? (c!.token ? c!.token(w) : w.adminToken);
      const actorId = c!.token ? null : w.adminId;

      if (c!.custom) return c!.custom(t, w, input);

      for (const record of records) {
        const before = snapshot(core);
        core.db.exec(record.sql);
        try {
          const result = await tryOp(core, name, input, token);
          expect(result.ok, `${name} succeeded although ${record.what} could not be written`).toBe(false);
        } finally {
          core.db.exec('DROP TRIGGER temp.refuse_record');
        }
        expect(snapshot(core), `${name} left a change behind when ${record.what} failed`).toEqual(before);
      }

      const from = marks(core, c!);
      const result = await tryOp(core, name, input, token);
      expect(result, `${name} with its sample input`).toMatchObject({ ok: true });
      checkRecords(core, name, c!, from, actorId);
    });
  }
});

/**
 * A restore swaps the whole file, so its audit row is written into the copy before the swap. A TEMP
 * trigger cannot reach that copy; a trigger saved in the backup file itself can: restoring that file
 * must fail and leave the store (file and rows) as it was. A clean backup then restores with its one
 * audit row, naming who did it and who approved.
 */
async function checkRestore({ core }: TestCore, w: SampleWorld, input: Record<string, unknown>): Promise<void> {
  const approval = input.approval as { approverId: number; pin: string };
  const clean = await op(core, 'backup.create', {}, w.adminToken);
  const poisoned = `${clean.file}.poisoned.sqlite`;
  fs.copyFileSync(clean.file, poisoned);
  const db = new Database(poisoned);
  db.exec(
    "CREATE TRIGGER refuse_record BEFORE INSERT ON audit_log WHEN NEW.action = 'backup.restore' BEGIN SELECT RAISE(ABORT, 'record refused by the test'); END",
  );
  db.close();

  const before = snapshot(core);
  const failed = await tryOp(core, 'backup.restore', { file: poisoned, approval }, w.adminToken);
  expect(failed.ok, 'backup.restore succeeded although its backup.restore audit row could not be written').toBe(false);
  expect(snapshot(core), 'backup.restore swapped the store in although its audit row failed').toEqual(before);
  expect(fs.existsSync(`${core.dbFile}.restoring`), 'the copy being restored is left behind').toBe(false);

  const backup = new Database(clean.file, { readonly: true });
  const from = (backup.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
  backup.close();
  const restored = await tryOp(core, 'backup.restore', { file: clean.file, approval }, w.adminToken);
  expect(restored).toMatchObject({ ok: true });
  // The restored store is the backup's rows plus the restore's own.
  const rows = core.db.prepare('SELECT action, actor_id, approver_id, origin FROM audit_log WHERE id > ? ORDER BY id').all(from);
  expect(rows).toEqual([{ action: 'backup.restore', actor_id: w.adminId, approver_id: approval.approverId, origin: 'test' }]);
}

/**
 * "Start my real shop" writes its audit row into the fresh store before that store takes the demo's
 * place. The fresh store is built from the core's migrations, so a core whose migrations end with a
 * trigger refusing that row shows the rule: the call fails and the demo is exactly as it was, with no
 * fresh file left beside it. A core on the ordinary migrations then wipes the demo, and the fresh store
 * holds that one row, naming the admin who did it and from where.
 */
async function checkStartRealShop(): Promise<void> {
  const migrationsDir = makeTempDir('frontdesk-migrations-');
  for (const file of fs.readdirSync(DEFAULT_MIGRATIONS_DIR))
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, file), path.join(migrationsDir, file));
  const next = String(fs.readdirSync(migrationsDir).length + 1).padStart(3, '0');
  fs.writeFileSync(
    path.join(migrationsDir, `${next}_refuse_wipe_record.sql`),
    "CREATE TRIGGER refuse_record BEFORE INSERT ON audit_log WHEN NEW.action = 'store.demoWiped' BEGIN SELECT RAISE(ABORT, 'record refused by the test'); END;",
  );
  for (const refusing of [true, false]) {
    const t = makeCore(refusing ? { migrationsDir } : {});
    others.push(t);
    const { core } = t;
    const { staff } = await op(core, 'setup.loadDemo', { locale: 'en' });
    const admin = staff.find((s) => s.role === 'admin')!;
    const { token } = await op(core, 'auth.signIn', { staffId: admin.id, pin: admin.pin });
    const before = snapshot(core);
    const result = await tryOp(core, 'setup.startRealShop', { confirm: 'Demo Phone Repair' }, token);
    if (refusing) {
      expect(result.ok, 'setup.startRealShop succeeded although its store.demoWiped audit row could not be written').toBe(false);
      expect(snapshot(core), 'setup.startRealShop changed the demo although its audit row failed').toEqual(before);
      expect(fs.existsSync(`${core.dbFile}.fresh`), 'the fresh store being built is left behind').toBe(false);
      continue;
    }
    expect(result).toMatchObject({ ok: true });
    const rows = core.db.prepare('SELECT action, actor_id, origin, after_json FROM audit_log').all() as { after_json: string }[];
    expect(rows).toEqual([{ action: 'store.demoWiped', actor_id: null, origin: 'test', after_json: anyString() }]);
    expect(JSON.parse(rows[0]!.after_json)).toEqual({ wipedDemo: 'Demo Phone Repair', by: admin.name });
  }
}
