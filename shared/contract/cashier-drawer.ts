import { z } from 'zod';
import { approval, isoInstant, optionalText } from './fields.ts';
import { jobStatus } from './print.ts';
import { cashierKey, minor } from './cashier-settings.ts';

/** The cash drawer of a till: a session from the counted float to the blind close (docs/cashier.md). */

/** Notes and coins counted: each denomination of the settings at most once. */
const counts = z
  .array(
    z.strictObject({
      denominationMinor: minor.min(1, { error: 'must be more than 0' }),
      count: z
        .number({ error: 'must be a count' })
        .int({ error: 'must be a whole number' })
        .min(0, { error: 'must not be negative' })
        .max(100_000, { error: 'must be at most 100000' }),
    }),
  )
  .max(20);
export type Counts = z.output<typeof counts>;

export const drawerOpenInput = z.strictObject({ till: cashierKey, counts });

export const drawerMoveInput = z.strictObject({
  till: cashierKey,
  /** Cash put in or taken out (with the reason), or the drawer opened with no sale (audited, amount 0). */
  kind: z.enum(['cashIn', 'cashOut', 'noSale'], { error: 'must be cashIn, cashOut or noSale' }),
  amountMinor: minor,
  reason: optionalText(200).default(''),
});
export type DrawerMoveInput = z.output<typeof drawerMoveInput>;

/** The blind close: the count comes first; the variance is shown only in the answer. */
export const drawerCloseInput = z.strictObject({
  till: cashierKey,
  counts,
  /** Required when the variance is above the settings' note limit. */
  note: optionalText(500).default(''),
  /** A manager's PIN, required above the settings' approval limit (unless the closer is a manager). */
  approval: approval.nullable().default(null),
});
export type DrawerCloseInput = z.output<typeof drawerCloseInput>;

/** What a drawer holds by kind of money: the X report of an open session, the Z report of a closed one. */
export const drawerReport = z.strictObject({
  sessionId: z.number().int(),
  till: z.string(),
  kind: z.enum(['X', 'Z']),
  openedAt: isoInstant,
  openedBy: z.number().int(),
  openedByName: z.string(),
  closedAt: isoInstant.nullable(),
  closedBy: z.number().int().nullable(),
  closedByName: z.string().nullable(),
  floatMinor: z.number().int(),
  /** Payments taken on this till in the session, per method (cash and the others). */
  byMethod: z.array(z.strictObject({ method: z.string(), count: z.number().int(), amountMinor: z.number().int() })),
  refundsMinor: z.number().int(),
  cashRefundsMinor: z.number().int(),
  cashInMinor: z.number().int(),
  cashOutMinor: z.number().int(),
  noSales: z.number().int(),
  discountsMinor: z.number().int(),
  depositsMinor: z.number().int(),
  receipts: z.strictObject({ count: z.number().int(), first: z.string().nullable(), last: z.string().nullable() }),
  /** Float + cash taken + cash in − cash out − cash refunded. */
  expectedCashMinor: z.number().int(),
  countedMinor: z.number().int().nullable(),
  /** The closing count by denomination, largest first; null while the session is open. */
  counted: z.array(z.strictObject({ denominationMinor: z.number().int(), count: z.number().int() })).nullable(),
  varianceMinor: z.number().int().nullable(),
  note: z.string(),
  approvedBy: z.number().int().nullable(),
  approvedByName: z.string().nullable(),
});
export type DrawerReport = z.infer<typeof drawerReport>;

export const drawerStatus = z.strictObject({
  /** The open session's X report, null when the drawer is closed. */
  open: drawerReport.nullable(),
  /** The last closed session's Z report (shown when opening). */
  lastClose: drawerReport.nullable(),
});

export const tillRef = z.strictObject({ till: cashierKey });

/** A report's print job, as the till follows it (none when no printer takes reports). */
const reportPrintJobs = z.array(z.strictObject({ id: z.number().int(), status: jobStatus }));

/** The close's answer: the Z report, and its print job queued in the closing transaction. */
export const drawerClosed = drawerReport.extend({ printJobs: reportPrintJobs });
export type DrawerClosed = z.infer<typeof drawerClosed>;

/**
 * Prints a drawer report: without `sessionId` the till's open session's X report (interim); with it,
 * that session of the till (an X report while open, a copy of its Z report once closed).
 */
export const drawerPrintInput = z.strictObject({
  till: cashierKey,
  sessionId: z.number({ error: 'must be a drawer session id' }).int({ error: 'must be a whole number' }).min(1).optional(),
});
export const drawerPrinted = z.strictObject({ report: drawerReport, printJobs: reportPrintJobs });
