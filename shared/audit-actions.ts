/**
 * Every action the services write to the audit log. `recordAudit` takes only these, and the audit
 * screen's labels (en and zh-CN) are keyed by them, so a new action cannot ship without both.
 */
export const AUDIT_ACTIONS = [
  'auth.signIn',
  'auth.signOut',
  'auth.signIn.wrongPin',
  'auth.lock',
  'auth.unlock',
  'auth.unlock.wrongPin',
  'approval.wrongPin',
  'approval.granted',
  'access.denied',
  'staff.create',
  'staff.update',
  'staff.setPin',
  'staff.recoverPin',
  'staff.changeOwnPin',
  'staff.unlock',
  'staff.locked',
  'store.profile.create',
  'store.profile.update',
  'store.demoWiped',
  'settings.update',
  'backup.create',
  'backup.restore',
  'backup.folder.approve',
  'backup.folder.withdraw',
  'print.printer.create',
  'print.printer.update',
  'print.printer.remove',
  'print.routes.update',
  'print.job.reprint',
  'print.job.cancel',
  'queue.service.create',
  'queue.service.update',
  'queue.counter.create',
  'queue.counter.update',
  'queue.counter.open',
  'queue.counter.close',
  'queue.counter.break',
  'queue.counter.resume',
  'queue.slip.reprint',
  'customer.create',
  'customer.update',
  'asset.create',
  'asset.update',
  'asset.remove',
  'appointment.book',
  'appointment.reschedule',
  'appointment.cancel',
  'appointment.confirm',
  'appointment.checkIn',
  'appointment.noShow',
  'devices.pairingCode',
  'devices.pair',
  'devices.pairingLocked',
  'devices.rename',
  'devices.revoke',
  'jobs.settings.update',
  'job.intake',
  'warranty.override',
  'job.markPaid',
  'job.approveCredit',
  'job.extraApproved',
  'job.ticket.print',
  'job.label.print',
  'job.lineCovered',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a PIN was being checked for; a wrong one is audited as `<purpose>.wrongPin`. */
export type PinPurpose = 'auth.signIn' | 'auth.unlock' | 'approval';

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
