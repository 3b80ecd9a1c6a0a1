import { z } from 'zod';
import type { Role } from '../roles.ts';
import { operation } from './define.ts';
import { approval, empty } from './fields.ts';
import { bill, billRef, findBillsInput, payInput, quote, quoteInput, receiptRef, refundInput, voidInput } from './cashier-bills.ts';
import { cashierSettings, cashierSettingsInput } from './cashier-settings.ts';
import {
  drawerClosed,
  drawerCloseInput,
  drawerMoveInput,
  drawerOpenInput,
  drawerPrinted,
  drawerPrintInput,
  drawerReport,
  drawerStatus,
  tillRef,
} from './cashier-drawer.ts';
import { printedJob } from './jobs-print.ts';

/**
 * The cashier (docs/cashier.md): bills from a job, its deposit or a quick sale; payments split across
 * methods in any order; receipts numbered without gaps; the drawer from its counted float to its blind
 * close; and the verification of the hash chain every financial record is a link of. Money is integer
 * minor units (fen) throughout: a fraction of a fen is refused, naming the field.
 */

/** Who takes money. */
const TILL: readonly Role[] = ['cashier', 'manager', 'admin'];

export const cashierOps = {
  'cashier.settings.get': operation({ input: empty, output: cashierSettings, access: 'session', invalidates: [] }),
  'cashier.settings.set': operation({
    input: cashierSettingsInput,
    output: cashierSettings,
    access: ['manager', 'admin'],
    invalidates: ['cashier.'],
  }),
  /** Prices a bill without saving it (the till's preview): lines, discounts, tax, deposit, and whether a manager must approve. */
  'cashier.quote': operation({ input: quoteInput, output: quote, access: TILL, invalidates: [] }),
  /**
   * Opens a bill priced as `cashier.quote` prices it. A discount above the settings' limit needs a
   * manager (the caller, or `approval` with their PIN). A job has one live bill of each kind.
   */
  'cashier.openBill': operation({
    input: quoteInput.extend({ approval: approval.nullable().default(null) }),
    output: bill,
    access: TILL,
    invalidates: ['cashier.', 'jobs.'],
  }),
  'cashier.bill': operation({ input: billRef, output: bill, access: TILL, invalidates: [] }),
  /**
   * Pays towards a bill: every payment in the order given, or none. Issues the receipt (its number, its
   * links in the chain) and, in the same transaction, queues it on the printer routed for receipts (a
   * cash payment's receipt opens the drawer), so a payment is never committed without its receipt.
   */
  'cashier.pay': operation({
    input: payInput,
    output: z.strictObject({
      bill,
      receipt: z.strictObject({ id: z.number().int(), number: z.string() }),
      /** The change to hand back (cash tendered above what the bill was credited). */
      changeMinor: z.number().int(),
      printJobs: z.array(printedJob.pick({ id: true, status: true })),
    }),
    access: TILL,
    invalidates: ['cashier.', 'jobs.', 'print.'],
  }),
  /**
   * Gives money back against one payment (to its method, or cash from the drawer), never more than is
   * left of it, with a reason and a manager's approval: a reversing record and a refund receipt; the
   * payment stays as it was.
   */
  'cashier.refund': operation({
    input: refundInput,
    output: z.strictObject({
      bill,
      receipt: z.strictObject({ id: z.number().int(), number: z.string() }),
      printJobs: z.array(printedJob.pick({ id: true, status: true })),
    }),
    access: TILL,
    invalidates: ['cashier.', 'jobs.', 'print.'],
  }),
  /**
   * Prints a receipt again, as it was issued, marked as a copy ("REPRINT" / "重印") with when: its
   * number and the money do not change; audited.
   */
  'cashier.reprintReceipt': operation({
    input: receiptRef,
    output: z.strictObject({
      receipt: z.strictObject({ id: z.number().int(), number: z.string() }),
      printJobs: z.array(printedJob.pick({ id: true, status: true })),
    }),
    access: TILL,
    invalidates: ['print.'],
  }),
  /**
   * Voids a bill: an open one with nothing paid is cancelled; one with payments has what is left of each
   * refunded to its method (reversing records, one refund receipt each), a manager approving. The job
   * it billed may then be billed again.
   */
  'cashier.void': operation({
    input: voidInput,
    output: z.strictObject({
      bill,
      receipts: z.array(z.strictObject({ id: z.number().int(), number: z.string() })),
      printJobs: z.array(printedJob.pick({ id: true, status: true })),
    }),
    access: TILL,
    invalidates: ['cashier.', 'jobs.', 'print.'],
  }),
  /** The bills behind a receipt number, or a job's bills (newest first) by its number: what the refund screen finds. */
  'cashier.findBills': operation({ input: findBillsInput, output: z.array(bill), access: TILL, invalidates: [] }),
  /** Opens a till's drawer with its float, counted by denomination. */
  'cashier.drawer.open': operation({ input: drawerOpenInput, output: drawerReport, access: TILL, invalidates: ['cashier.'] }),
  /** Cash in or out with a reason, or "no sale" (the drawer opened for nothing), each audited. */
  'cashier.drawer.move': operation({ input: drawerMoveInput, output: drawerReport, access: TILL, invalidates: ['cashier.'] }),
  /**
   * The blind close: the count first, then the variance; a note above one limit, a manager's PIN above
   * the other. The Z report is queued on the printer routed for reports in the closing transaction.
   */
  'cashier.drawer.close': operation({ input: drawerCloseInput, output: drawerClosed, access: TILL, invalidates: ['cashier.', 'print.'] }),
  /** Prints the open session's X report (interim) on demand, or a copy of a closed session's Z report; audited. */
  'cashier.drawer.printReport': operation({ input: drawerPrintInput, output: drawerPrinted, access: TILL, invalidates: ['print.'] }),
  /** The till's open session (its X report) and its last close (the Z report). */
  'cashier.drawer.status': operation({ input: tillRef, output: drawerStatus, access: TILL, invalidates: [] }),
};
