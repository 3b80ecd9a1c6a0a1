import { z } from 'zod';
import { id, isoInstant, optionalText, text } from './fields.ts';

/** The statuses a job moves through on the board, in the workshop's order. */
export const OPEN_JOB_STATUSES = [
  'received',
  'diagnosing',
  'awaitingApproval',
  'awaitingParts',
  'inRepair',
  'paused',
  'qualityCheck',
  'ready',
] as const;
export type OpenJobStatus = (typeof OPEN_JOB_STATUSES)[number];

/** Every status: the open ones, then the three a job can end in. */
export const JOB_STATUSES = [...OPEN_JOB_STATUSES, 'delivered', 'cancelled', 'returnedUnrepaired'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_STATUSES: readonly JobStatus[] = ['delivered', 'cancelled', 'returnedUnrepaired'];

/** How the customer gave their answer to extra work. */
export const ANSWER_CHANNELS = ['inPerson', 'phone', 'message'] as const;

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** A line of work: a part, labour or a fee, priced in minor units (fen). */
export const jobLineInput = z.strictObject({
  kind: z.enum(['part', 'labour', 'fee'], { error: 'must be part, labour or fee' }),
  description: text(120),
  quantity: whole(1, 9999),
  unitPriceMinor: whole(0, 1_000_000_000),
});
export type JobLineInput = z.infer<typeof jobLineInput>;

const reason = text(200);

/** Everything that can happen to a job. The store records each accepted one in the job's trail. */
export const jobEvent = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('assign'), technicianId: id }),
    z.strictObject({ type: z.literal('startDiagnosis') }),
    z.strictObject({
      type: z.literal('findWork'),
      lines: z.array(jobLineInput).min(1, { error: 'needs at least one line' }).max(50),
      note: optionalText(500),
    }),
    z.strictObject({
      type: z.literal('recordAnswer'),
      decision: z.enum(['approved', 'refused'], { error: 'must be approved or refused' }),
      /** Who answered: the customer, or whoever they sent. */
      answeredBy: text(60),
      channel: z.enum(ANSWER_CHANNELS, { error: 'must be in person, phone or message' }),
      answeredAt: isoInstant,
    }),
    z.strictObject({ type: z.literal('startRepair') }),
    z.strictObject({ type: z.literal('waitForParts'), note: optionalText(500) }),
    z.strictObject({ type: z.literal('partsArrived') }),
    z.strictObject({ type: z.literal('pause'), reason }),
    z.strictObject({ type: z.literal('resume') }),
    z.strictObject({ type: z.literal('submitForQc') }),
    z.strictObject({ type: z.literal('qcSelfCheck'), passed: z.boolean({ error: 'must be true or false' }), note: optionalText(500) }),
    z.strictObject({ type: z.literal('qcSecondCheck'), passed: z.boolean({ error: 'must be true or false' }), note: optionalText(500) }),
    z.strictObject({ type: z.literal('markReady') }),
    z.strictObject({ type: z.literal('markPaid') }),
    z.strictObject({ type: z.literal('approveCredit'), reason }),
    z.strictObject({ type: z.literal('deliver') }),
    z.strictObject({ type: z.literal('returnUnrepaired'), reason }),
    z.strictObject({ type: z.literal('cancel'), reason }),
  ],
  { error: 'must be a known job event' },
);
export type JobEvent = z.infer<typeof jobEvent>;
export type JobEventType = JobEvent['type'];
