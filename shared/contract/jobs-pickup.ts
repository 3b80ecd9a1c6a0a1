import { z } from 'zod';
import type { Role } from '../roles.ts';
import { operation } from './define.ts';
import { approval, id, optionalText, text } from './fields.ts';
import { dataUrl, job } from './jobs.ts';
import { printedJob } from './jobs-print.ts';

/** Handing a finished job back to its customer (docs/jobs.md, Pickup). */

/** Who hands a job over (the state machine's `deliver`). */
const HANDOVER: readonly Role[] = ['reception', 'cashier', 'manager', 'admin'];

/** The last four digits of one of the customer's phones. */
const lastFour = z.string({ error: 'must be 4 digits' }).regex(/^\d{4}$/, { error: 'must be 4 digits' });

/** How the person collecting proved the job is theirs. */
const proof = z.discriminatedUnion(
  'kind',
  [
    /** The job ticket's code, scanned (or its number read off it): the number it holds. */
    z.strictObject({ kind: z.literal('ticket'), number: text(30) }),
    /** The number typed, and the last four digits of one of the customer's phones. */
    z.strictObject({ kind: z.literal('phone'), number: text(30), lastFour }),
    /** Neither ticket nor phone: a manager hands it over on their word, with a reason (a PIN when the desk is not a manager). */
    z.strictObject({ kind: z.literal('override'), reason: text(200), approval: approval.nullable().default(null) }),
  ],
  { error: 'must be ticket, phone or override' },
);
export type PickupProof = z.output<typeof proof>;

/** One accessory taken in, as it goes back: returned, or missing with a note. */
const accessoryBack = z.strictObject({
  /** The accessory as intake recorded it (a checklist key, or what staff typed). */
  item: text(60),
  state: z.enum(['returned', 'missing'], { error: 'must be returned or missing' }),
  note: optionalText(200).default(''),
});

const pickupInput = z.strictObject({
  jobId: id,
  proof,
  /** Every accessory taken in, each once. */
  accessories: z.array(accessoryBack).max(30).default([]),
  /** Staff confirmed with the customer that the accessories marked missing are missing. */
  missingConfirmed: z.boolean({ error: 'must be true or false' }).default(false),
  /** The customer's signature on collection, a PNG data URL (required by the jobs setting `required.pickupSignature`). */
  signature: dataUrl.nullable().default(null),
  /** Print the delivery note after the handover (on the printer routed for it). */
  print: z.boolean({ error: 'must be true or false' }).default(true),
});
export type PickupInput = z.output<typeof pickupInput>;

/** What a handover recorded, on its `deliver` step of the job's trail. */
export const pickupRecord = z.strictObject({
  verification: z.strictObject({
    kind: z.enum(['ticket', 'phone', 'override']),
    reason: z.string().nullable(),
    approvedBy: z.number().int().nullable(),
  }),
  accessories: z.array(z.strictObject({ item: z.string(), state: z.enum(['returned', 'missing']), note: z.string() })),
  signatureMediaId: z.number().int().nullable(),
});
export type PickupRecord = z.infer<typeof pickupRecord>;

const printed = z.strictObject({ printJobs: z.array(printedJob) });

export const jobsPickupOps = {
  /**
   * The person collecting proves the job is theirs: the ticket's code, or the number and the last four
   * digits of one of the customer's phones. Answers the job; a wrong last four is refused (FORBIDDEN,
   * naming `proof.lastFour`) and the refusal audited.
   */
  'jobs.pickupVerify': operation({
    input: z.strictObject({ proof: proof.refine((p) => p.kind !== 'override', { error: 'must be ticket or phone' }) }),
    output: job,
    access: HANDOVER,
    invalidates: [],
  }),
  /**
   * Settles what is owed at the desk until the cashier comes: a manager marks the job paid or approves
   * credit (with a PIN when the desk is not a manager). The state machine's markPaid / approveCredit.
   */
  'jobs.pickupSettle': operation({
    input: z.strictObject({
      jobId: id,
      settle: z.discriminatedUnion(
        'type',
        [z.strictObject({ type: z.literal('markPaid') }), z.strictObject({ type: z.literal('approveCredit'), reason: text(200) })],
        { error: 'must be markPaid or approveCredit' },
      ),
      approval: approval.nullable().default(null),
    }),
    output: job,
    access: HANDOVER,
    invalidates: ['jobs.'],
    invalidatesRecords: [{ op: 'customers.history', key: 'id', from: 'customerId' }],
  }),
  /**
   * Hands a ready job over: the proof checked again, every accessory back or missing, the signature, and
   * the state machine's `deliver` (refused while something is owed), in one transaction with its trail
   * step and audit row; then the delivery note prints.
   */
  'jobs.pickup': operation({
    input: pickupInput,
    output: job.extend({ printJobs: z.array(printedJob) }),
    access: HANDOVER,
    /** `display.`: the waiting room's pickup list drops the job. */
    invalidates: ['jobs.', 'print.', 'display.'],
    invalidatesRecords: [{ op: 'customers.history', key: 'id', from: 'customerId' }],
  }),
  /** The delivery note of a handed-over job, again. */
  'jobs.printDeliveryNote': operation({
    input: z.strictObject({ jobId: id }),
    output: printed,
    access: ['reception', 'cashier', 'technician', 'manager', 'admin'],
    invalidates: ['print.'],
  }),
};
