import { z } from 'zod';
import { operation } from './define.ts';
import { empty, id } from './fields.ts';

/**
 * The hash chain's verification (docs/cashier.md, Tamper evidence): the walk itself (`cashier.verify`,
 * in a reader worker), the checks recorded at start-up and from Settings, and the warning every
 * signed-in user sees while a broken chain has not been acknowledged by an admin.
 */

/** A link of the chain, named as staff would name it: its kind and id, and what identifies it on paper. */
const chainRecord = z.strictObject({
  kind: z.enum(['receipt', 'payment', 'refund', 'drawerMovement']),
  id: z.number().int(),
  /** A receipt's number; the receipt a payment was on. */
  receipt: z.string().nullable(),
  /** A payment's or refund's method; a drawer movement's kind (cashIn, cashOut, noSale). */
  method: z.string().nullable(),
  /** What the record says it moved, as it is now in the store. */
  amountMinor: z.number().int().nullable(),
  /** The payment a refund gave back. */
  paymentId: z.number().int().nullable(),
  /** The drawer session a movement belongs to. */
  sessionId: z.number().int().nullable(),
});
export type ChainRecord = z.infer<typeof chainRecord>;

/**
 * The first broken link. `what` is the kind of break; `how` the way it showed:
 * - `amount`: the record's amount no longer adds up to the grand total written after it (`amountMinor` is
 *   the amount now, `writtenMinor` the amount the chain recorded);
 * - `contents`: some other field changed, so the record no longer hashes to its hash;
 * - `gap`: place `seq` is empty (a record was deleted); `other` is the record before the gap;
 * - `afterHead`: the record lies after the chain's last link (`place`);
 * - `samePlace`: the record and `other` both claim one place;
 * - `notFollowing`: the record does not follow `other`, the record before it;
 * - `outOfOrder`: the record claims place `place`;
 * - `headMismatch`: the chain ends at place `seq - 1` (after `other`) but its last link was recorded at `place`.
 */
export const chainProblem = z.strictObject({
  seq: z.number().int(),
  what: z.enum(['changed', 'missing', 'inserted', 'outOfOrder', 'headMismatch']),
  how: z.enum(['amount', 'contents', 'gap', 'afterHead', 'samePlace', 'notFollowing', 'outOfOrder', 'headMismatch']),
  record: chainRecord.nullable(),
  other: chainRecord.nullable(),
  amountMinor: z.number().int().nullable(),
  writtenMinor: z.number().int().nullable(),
  place: z.number().int().nullable(),
});
export type ChainProblem = z.infer<typeof chainProblem>;

const verification = z.strictObject({
  ok: z.boolean(),
  /** Links checked and found whole. */
  checked: z.number().int(),
  /** The takings so far, as the last whole link recorded them. */
  grandTotalMinor: z.number().int(),
  problem: chainProblem.nullable(),
});
export type Verification = z.infer<typeof verification>;

/** Who acknowledged a broken chain, when, and what they wrote. */
const acknowledgement = z.strictObject({ byName: z.string(), at: z.string(), note: z.string() });

/** A verification as it was recorded: when, why it ran, what it found, and who acknowledged a broken chain. */
const chainCheck = verification.extend({
  id: z.number().int(),
  at: z.string(),
  trigger: z.enum(['startup', 'manual']),
  /** Who ran it from Settings (a start-up check has nobody). */
  byName: z.string().nullable(),
  acknowledged: acknowledgement.nullable(),
});
export type ChainCheck = z.infer<typeof chainCheck>;

export const cashierIntegrityOps = {
  /**
   * Walks the chain of receipts, payments, refunds and drawer movements from the first link and reports
   * the first broken one (which record, what changed), or that the chain is whole. Nothing is recorded.
   */
  'cashier.verify': operation({
    input: empty,
    output: verification,
    access: ['manager', 'admin'],
    invalidates: [],
    runsOn: 'reader',
  }),
  /**
   * The last recorded check, and the one the console warns about: the last check that found the chain
   * broken, until an admin acknowledges it. Every signed-in user reads it.
   */
  'cashier.integrity.status': operation({
    input: empty,
    output: z.strictObject({
      latest: chainCheck.nullable(),
      warning: chainCheck.nullable(),
      /** The last check found a break an admin acknowledged on an earlier check: that acknowledgement. */
      known: acknowledgement.nullable(),
    }),
    access: 'session',
    invalidates: [],
  }),
  /** Verifies the chain now (in a reader worker) and records what it found, audited. */
  'cashier.integrity.check': operation({
    input: empty,
    output: chainCheck,
    access: ['manager', 'admin'],
    invalidates: ['cashier.integrity.'],
  }),
  /**
   * An admin acknowledges a broken chain with a note (what was found, who was told): the warning ends
   * for everyone. The check itself stays as it was found.
   */
  'cashier.integrity.acknowledge': operation({
    input: z.strictObject({
      checkId: id,
      note: z
        .string({ error: 'must say what was found or done' })
        .trim()
        .min(1, { error: 'must say what was found or done' })
        .max(500, { error: 'must be at most 500 characters' }),
    }),
    output: chainCheck,
    access: ['admin'],
    invalidates: ['cashier.integrity.'],
  }),
};
