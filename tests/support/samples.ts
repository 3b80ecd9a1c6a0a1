import fs from 'node:fs';
import path from 'node:path';
import type { OpName } from '../../shared/contract/index.ts';
import type { Core } from '../../electron/core/core.ts';
import { buildAppointmentSamples, type AppointmentSamples } from './appointments.ts';
import { addStaff, ADMIN_PIN, approveFolder, makeTempDir, op, PROFILE, setUpStore } from './core.ts';
import { buildQueueSamples, type QueueSamples } from './queue-samples.ts';
import { buildCustomerSamples, type CustomerSamples } from './customer-samples.ts';
import { buildJobSamples, intakeOf, pngDataUrl, type JobSamples } from './job-samples.ts';
import { buildReminderSamples, type ReminderSamples } from './reminder-samples.ts';
import { buildCashierSamples, SAMPLE_TILLS, type CashierSamples } from './cashier-samples.ts';

/** A set-up store with one member of the roles the samples need, and files for the backup operations. */
export interface SampleWorld {
  adminId: number;
  adminToken: string;
  adminPin: string;
  managerId: number;
  managerPin: string;
  managerToken: string;
  receptionId: number;
  receptionToken: string;
  /** A real backup of this store. */
  backupFile: string;
  /** A file that is not a backup at all. */
  notABackup: string;
  /** A folder outside the data folder not yet approved for backups, and one approved (to withdraw). */
  freeFolder: string;
  approvedFolder: string;
  /** A network printer (nothing listens at its address; no print worker runs in these tests). */
  printerId: number;
  /** A second printer, for removing. */
  sparePrinterId: number;
  /** Queued print jobs: one to reprint, one to cancel. */
  printJobId: number;
  cancelJobId: number;
  /** A paired display and its token. */
  deviceId: number;
  displayToken: string;
  /** A bookable service, a customer and bookings for each appointment operation. */
  appointments: AppointmentSamples;
  /** A service, counters and tickets in each state for the queue operations. */
  queue: QueueSamples;
  /** A customer with a device to edit and one to remove. */
  customers: CustomerSamples;
  /** A customer with a phone, a technician and a job taken in with a photo. */
  jobs: JobSamples;
  /** Tills with drawers open and a big open bill. */
  cashier: CashierSamples;
  /** Reminders due now. */
  reminders: ReminderSamples;
}

const MANAGER_PIN = '60606060';
const RECEPTION_PIN = '70707070';

export async function buildSampleWorld(core: Core): Promise<SampleWorld> {
  const { adminId, adminToken } = await setUpStore(core);
  const manager = await addStaff(core, adminToken, 'manager', MANAGER_PIN, 'Mia Manager');
  const reception = await addStaff(core, adminToken, 'reception', RECEPTION_PIN, 'Rob Reception');
  const backup = await op(core, 'backup.create', {}, adminToken);
  const notABackup = path.join(core.dataDir, 'notes.txt');
  fs.writeFileSync(notABackup, 'not a database');
  const freeFolder = fs.realpathSync(makeTempDir('frontdesk-sample-free-'));
  const approvedFolder = fs.realpathSync(makeTempDir('frontdesk-sample-approved-'));
  await approveFolder(core, adminToken, adminId, approvedFolder);
  const printer = await op(
    core,
    'print.printers.save',
    { name: 'Counter printer', connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' },
    adminToken,
  );
  const spare = await op(
    core,
    'print.printers.save',
    { name: 'Spare printer', connection: 'network', host: '127.0.0.1', port: 9, paper: '58mm' },
    adminToken,
  );
  const job = await op(core, 'print.testPage', { printerId: printer.id }, adminToken);
  const cancelJob = await op(core, 'print.testPage', { printerId: printer.id }, adminToken);
  const { code } = await op(core, 'devices.pairingCode', { kind: 'display' }, adminToken);
  const paired = await op(core, 'display.pair', { code, name: 'Lobby TV' });
  return {
    adminId,
    adminToken,
    adminPin: ADMIN_PIN,
    managerId: manager.id,
    managerPin: MANAGER_PIN,
    managerToken: manager.token,
    receptionId: reception.id,
    receptionToken: reception.token,
    backupFile: backup.file,
    notABackup,
    freeFolder,
    approvedFolder,
    printerId: printer.id,
    sparePrinterId: spare.id,
    printJobId: job.id,
    cancelJobId: cancelJob.id,
    deviceId: paired.device.id,
    displayToken: paired.token,
    appointments: await buildAppointmentSamples(core, adminToken),
    queue: await buildQueueSamples(core, adminToken),
    customers: await buildCustomerSamples(core, adminToken),
    jobs: await buildJobSamples(core, adminToken),
    cashier: await buildCashierSamples(core, adminToken),
    reminders: await buildReminderSamples(core, adminToken),
  };
}

/**
 * One input per operation that passes the operation's schema, chosen so that calling it on a sample
 * world has no lasting effect beyond an ordinary write (no restore, no sign-out of the admin). Every
 * operation needs one: the bad-input suite fails on an operation without a sample, and the records
 * suite (audit-atomic) on a write without one.
 */
export const SAMPLES: Partial<Record<OpName, (w: SampleWorld) => Record<string, unknown>>> = {
  'setup.status': () => ({}),
  'setup.initialize': () => ({ profile: { ...PROFILE }, admin: { name: 'Second Owner', pin: '2468' } }),
  'setup.loadDemo': () => ({ locale: 'en' }),
  'setup.demoContents': () => ({}),
  // The sample world is a real shop: this is refused (NOT_DEMO) and wipes nothing.
  'setup.startRealShop': () => ({ confirm: 'Demo Phone Repair' }),
  'auth.staffList': () => ({}),
  'auth.signIn': (w) => ({ staffId: w.receptionId, pin: RECEPTION_PIN }),
  'auth.signOut': () => ({}),
  'auth.lock': () => ({}),
  'auth.unlock': (w) => ({ pin: w.adminPin }),
  'auth.me': () => ({}),
  'auth.checkApproval': (w) => ({ approval: { approverId: w.managerId, pin: w.managerPin }, action: 'discount' }),
  'staff.list': () => ({ includeInactive: true }),
  'staff.create': () => ({ name: 'Sam Sample', role: 'cashier', pin: '8080' }),
  'staff.update': (w) => ({ id: w.receptionId, name: 'Rob Renamed', role: 'reception', active: true }),
  'staff.setPin': (w) => ({ id: w.receptionId, pin: RECEPTION_PIN }),
  'staff.changeOwnPin': (w) => ({ currentPin: w.adminPin, newPin: w.adminPin }),
  'staff.unlock': (w) => ({ id: w.receptionId }),
  'store.profile.get': () => ({}),
  'store.profile.update': () => ({ ...PROFILE, name: 'Renamed Repair Shop', address: '' }),
  'store.settings.get': () => ({}),
  'store.settings.update': () => ({ lockoutMinutes: 20, autoLockMinutes: 5, backupKeepDaily: 10 }),
  'audit.list': () => ({ action: 'staff.', limit: 10 }),
  'backup.list': () => ({}),
  'backup.create': () => ({}),
  'backup.inspect': (w) => ({ file: w.backupFile }),
  // A real approval with a file that is not a backup: the whole path runs, nothing is restored.
  'backup.restore': (w) => ({ file: w.notABackup, approval: { approverId: w.managerId, pin: w.managerPin } }),
  'backup.folders.list': () => ({}),
  'backup.folders.approve': (w) => ({ folder: w.freeFolder, approval: { approverId: w.adminId, pin: w.adminPin } }),
  'backup.folders.withdraw': (w) => ({ folder: w.approvedFolder }),
  'system.info': () => ({}),
  // Printing. print.pdf and print.systemPrinters need printing ports: a suite calling them gives stand-ins
  // (startPrinting with a PDF stand-in and NoSystemPrinting) rather than starting Chromium or asking CUPS.
  'print.printers.list': () => ({}),
  'print.printers.save': () => ({ name: 'Back office printer', connection: 'network', host: 'printer.local', port: 9100, paper: '80mm' }),
  'print.printers.remove': (w) => ({ id: w.sparePrinterId }),
  'print.routes.get': () => ({}),
  'print.routes.save': (w) => ({ routes: [{ kind: 'receipt', printerId: w.printerId, paper: '80mm', copies: 2 }] }),
  'print.testPage': (w) => ({ printerId: w.printerId }),
  'print.jobs.list': () => ({ limit: 10 }),
  'print.jobs.reprint': (w) => ({ id: w.printJobId }),
  'print.jobs.cancel': (w) => ({ id: w.cancelJobId }),
  'print.jobs.preview': (w) => ({ id: w.printJobId }),
  'print.preview': (w) => ({ document: { kind: 'testPage', printerId: w.printerId } }),
  'print.pdf': (w) => ({ document: { kind: 'testPage', printerId: w.printerId }, paper: 'A5' }),
  'print.systemPrinters': () => ({}),
  'devices.pairingCode': () => ({ kind: 'display' }),
  'devices.list': () => ({ includeRevoked: true }),
  'devices.rename': (w) => ({ id: w.deviceId, name: 'Window TV' }),
  'devices.revoke': (w) => ({ id: w.deviceId }),
  // A wrong code: the whole path runs (and counts towards the lockout), nothing is paired.
  'display.pair': () => ({ code: '000000', name: 'Spare TV' }),
  'display.state': () => ({}),
  'appointments.book': (w) => ({
    customerId: w.appointments.customerId,
    serviceId: w.appointments.serviceId,
    startsAt: w.appointments.at(w.appointments.tomorrow, '14:00'),
    note: 'sample',
    // The sample customer already has bookings tomorrow: a second one the same day is confirmed.
    confirmDuplicate: true,
  }),
  'appointments.reschedule': (w) => ({
    id: w.appointments.rescheduleId,
    startsAt: w.appointments.at(w.appointments.tomorrow, '15:00'),
    counterId: w.appointments.counterId,
  }),
  'appointments.cancel': (w) => ({ id: w.appointments.cancelId, reason: 'customer called off' }),
  'appointments.confirm': (w) => ({ id: w.appointments.confirmId, channel: 'phone', note: 'see you then' }),
  'appointments.checkIn': (w) => ({ id: w.appointments.checkInId }),
  // Before its start + grace: refused as not due, nothing written (the records suite moves its own clock past it).
  'appointments.markNoShow': (w) => ({ id: w.appointments.noShowId }),
  'appointments.day': (w) => ({ day: w.appointments.today, serviceId: w.appointments.serviceId }),
  'appointments.range': (w) => ({ from: w.appointments.today, to: w.appointments.tomorrow, counterId: w.appointments.counterId }),
  'appointments.availability': (w) => ({
    serviceId: w.appointments.serviceId,
    day: w.appointments.tomorrow,
    counterId: w.appointments.counterId,
  }),
  'appointments.confirmations': (w) => ({ day: w.appointments.tomorrow }),
  'queue.services.list': () => ({ includeInactive: true }),
  'queue.services.save': () => ({
    prefix: 'R',
    nameZh: '样例退换',
    nameEn: 'Sample returns',
    typicalMinutes: 7,
    dailyCap: 50,
    busyThreshold: 10,
    opensAt: '08:00',
    closesAt: '24:00',
  }),
  'queue.counters.list': () => ({ includeInactive: true }),
  'queue.counters.save': (w) => ({ nameZh: '样例新台', nameEn: 'Sample new desk', kind: 'bay', serviceIds: [w.queue.serviceId] }),
  'queue.counters.open': (w) => ({ counterId: w.queue.counterId }),
  'queue.counters.close': (w) => ({ counterId: w.queue.counterId }),
  'queue.counters.break': (w) => ({ counterId: w.queue.idleCounterId }),
  'queue.counters.resume': (w) => ({ counterId: w.queue.idleCounterId }),
  'queue.overview': () => ({}),
  'queue.issue': (w) => ({
    serviceId: w.queue.serviceId,
    customerId: null,
    assetId: null,
    priority: false,
    confirmBusy: true,
    print: false,
  }),
  'queue.customerToday': (w) => ({ customerId: w.customers.customerId }),
  'queue.ticket': (w) => ({ ticketId: w.queue.waitingId }),
  'queue.reprintSlip': (w) => ({ ticketId: w.queue.waitingId }),
  'queue.counter': (w) => ({ counterId: w.queue.counterId }),
  'queue.callNext': (w) => ({ counterId: w.queue.counterId }),
  'queue.call': (w) => ({ counterId: w.queue.counterId, ticketId: w.queue.parkedId }),
  'queue.recall': (w) => ({ ticketId: w.queue.calledIds.recall }),
  'queue.skip': (w) => ({ ticketId: w.queue.calledIds.skip }),
  'queue.reinstate': (w) => ({ ticketId: w.queue.noShowId }),
  'queue.park': (w) => ({ ticketId: w.queue.calledIds.park }),
  'queue.transfer': (w) => ({ ticketId: w.queue.transferId, serviceId: w.queue.serviceId, counterId: w.queue.counterId }),
  'queue.start': (w) => ({ ticketId: w.queue.calledIds.start }),
  'queue.finish': (w) => ({ ticketId: w.queue.servingId }),
  'queue.cancel': (w) => ({ ticketId: w.queue.cancelId, reason: 'sample' }),
  'customers.search': () => ({ q: '1111', limit: 10 }),
  'customers.get': (w) => ({ id: w.customers.customerId }),
  // Confirmed: the sample can be sent again and again without meeting its own phone.
  'customers.create': () => ({
    name: '张三丰',
    phones: ['139 8888 6666', '021-6543-2100'],
    notes: 'sample',
    tags: ['vip'],
    confirmDuplicate: true,
  }),
  'customers.update': (w) => ({
    id: w.customers.customerId,
    name: '样例顾客',
    phones: ['13600001111'],
    notes: 'updated',
    tags: ['vip', 'sample'],
    confirmDuplicate: false,
  }),
  'customers.history': (w) => ({ id: w.customers.customerId, limit: 10 }),
  'assets.list': (w) => ({ customerId: w.customers.customerId, includeInactive: true }),
  'assets.save': (w) => ({
    id: w.customers.assetId,
    customerId: w.customers.customerId,
    kind: 'device',
    brand: 'Apple',
    model: 'iPhone 13',
    serial: 'F2LXK0ABC',
    imei: '356938035643809',
    purchaseDate: '2025-06-18',
    proof: 'invoice',
    proofNote: 'No. 0042',
    notes: 'sample',
  }),
  'assets.remove': (w) => ({ id: w.customers.spareAssetId }),
  'jobs.settings.get': () => ({}),
  'jobs.settings.set': () => ({ termsEn: 'Sample terms', defaultTurnaroundHours: 24 }),
  'jobs.settings.nextNumber': () => ({}),
  'jobs.settings.warrantyPresets': () => ({}),
  'jobs.promiseSuggestion': () => ({ serviceId: null, assetKind: 'device' }),
  'jobs.warrantyPreview': (w) => ({
    customerId: w.jobs.customerId,
    assetId: w.jobs.assetId,
    condition: { scratches: { state: 'ok', note: '' } },
    mileageKm: null,
    warranty: { category: 'phone', part: 'handset', answers: [] },
  }),
  'jobs.intake': (w) => intakeOf(w.jobs.customerId, w.jobs.assetId),
  'jobs.addPhoto': (w) => ({ jobId: w.jobs.jobId, dataUrl: pngDataUrl(), conditionKey: 'scratches', note: 'sample' }),
  // A manager's (here the admin's) mark that the job is settled: allowed in any open status, again and again.
  'jobs.move': (w) => ({ jobId: w.jobs.jobId, event: { type: 'markPaid' } }),
  'jobs.get': (w) => ({ jobId: w.jobs.jobId }),
  'jobs.byNumber': (w) => ({ number: w.jobs.jobNumber }),
  'jobs.board': () => ({}),
  'jobs.readyList': () => ({}),
  'jobs.media': (w) => ({ mediaId: w.jobs.mediaId }),
  'jobs.printTicket': (w) => ({ jobId: w.jobs.jobId, copies: 'customer' }),
  'jobs.printLabel': (w) => ({ jobId: w.jobs.jobId }),
  // The sample phone is in its warranty: its screen line is marked covered.
  'jobs.coverLine': (w) => ({ jobId: w.jobs.jobId, lineId: 1, covered: true }),
  'jobs.pickupVerify': (w) => ({ proof: { kind: 'phone', number: w.jobs.readyJobNumber, lastFour: '2222' } }),
  // The admin (a manager) marks the received job paid: allowed in any open status, again and again.
  'jobs.pickupSettle': (w) => ({ jobId: w.jobs.jobId, settle: { type: 'markPaid' }, approval: null }),
  // The ready, paid job handed over on its ticket's code: its case back, signed for; no printing (the print is after the commit).
  'jobs.pickup': (w) => ({
    jobId: w.jobs.readyJobId,
    proof: { kind: 'ticket', number: w.jobs.readyJobNumber },
    accessories: [{ item: 'case', state: 'returned', note: '' }],
    missingConfirmed: false,
    signature: pngDataUrl(),
    print: false,
  }),
  'jobs.printDeliveryNote': (w) => ({ jobId: w.jobs.readyJobId }),
  'cashier.settings.get': () => ({}),
  'cashier.settings.set': () => ({ tills: SAMPLE_TILLS, discountLimitBp: 1_500, varianceNoteMinor: 2_000 }),
  // Priced, nothing saved: a sale for the sample customer, a line discount by percent and a bill discount by amount.
  'cashier.quote': (w) => ({
    source: {
      kind: 'sale',
      customerId: w.jobs.customerId,
      items: [{ itemKey: 'charger', quantity: 2, discount: { kind: 'percent', bp: 500 } }],
    },
    billDiscount: { kind: 'amount', valueMinor: 100 },
  }),
  // A quick sale within the discount limit: opened again and again.
  'cashier.openBill': () => ({
    source: { kind: 'sale', customerId: null, items: [{ itemKey: 'charger', quantity: 1, discount: { kind: 'amount', valueMinor: 100 } }] },
    billDiscount: null,
    approval: null,
  }),
  'cashier.bill': (w) => ({ billId: w.cashier.billId }),
  // Split by card and cash (tendered above what it pays: change), on till1 whose drawer is open; the bill owes far more.
  'cashier.pay': (w) => ({
    billId: w.cashier.billId,
    till: 'till1',
    payments: [
      { method: 'card', amountMinor: 100, reference: 'slip 0042' },
      { method: 'cash', tenderedMinor: 100, amountMinor: 50 },
    ],
    print: false,
  }),
  // A fen of the sample card payment back to the card, the admin approving: again and again until it is all refunded.
  'cashier.refund': (w) => ({
    paymentId: w.cashier.paymentId,
    amountMinor: 1,
    to: 'original',
    till: 'till1',
    reason: 'charged twice',
    approval: null,
    print: false,
  }),
  // The sample charger sale paid by card: its payment refunded to the card, the admin approving.
  'cashier.void': (w) => ({
    billId: w.cashier.voidBillId,
    till: 'till1',
    reason: 'customer changed their mind',
    approval: null,
    print: false,
  }),
  'cashier.findBills': (w) => ({ number: w.cashier.receiptNumber }),
  'cashier.drawer.open': () => ({ till: 'till2', counts: [{ denominationMinor: 5_000, count: 2 }] }),
  'cashier.drawer.move': () => ({ till: 'till1', kind: 'cashIn', amountMinor: 1_000, reason: 'coins for change' }),
  // Counted as it was opened: no variance, no note needed.
  'cashier.drawer.close': (w) => ({ till: 'till3', counts: w.cashier.closeCounts, note: '', approval: null }),
  'cashier.drawer.status': () => ({ till: 'till1' }),
  // Till1's open session: its X report, on the sample world's first printer (it prints every document).
  'cashier.drawer.printReport': () => ({ till: 'till1' }),
  // The sample card payment's receipt again, marked as a copy.
  'cashier.reprintReceipt': (w) => ({ receiptNumber: w.cashier.receiptNumber }),
  'cashier.verify': () => ({}),
  'cashier.integrity.status': () => ({}),
  'cashier.integrity.check': () => ({}),
  'reminders.settings.get': () => ({}),
  'reminders.settings.set': () => ({ retryMinutes: 5, attemptLimit: 3 }),
  // A customer callback in an hour, for the sample customer: set again and again.
  'reminders.create': (w) => ({
    kind: 'callback',
    concerns: { customerId: w.jobs.customerId },
    dueAt: '2030-01-01T09:00:00.000Z',
    note: 'the quote for the screen',
  }),
  'reminders.due': () => ({}),
  'reminders.list': () => ({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' }),
  'reminders.take': (w) => ({ reminderId: w.reminders.takeId }),
  // No answer: it comes back in 5 minutes (each call is one more try, escalating at the third).
  'reminders.outcome': (w) => ({ reminderId: w.reminders.outcomeId, outcome: 'noAnswer', note: '' }),
  'reminders.cancel': (w) => ({ reminderId: w.reminders.cancelId, reason: 'the guest checked out' }),
  'cashier.integrity.acknowledge': (w) => ({ checkId: w.cashier.brokenCheckId, note: 'the owner restored last night’s backup' }),
};
