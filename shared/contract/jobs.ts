import { z } from 'zod';
import type { Role } from '../roles.ts';
import { operation } from './define.ts';
import { empty, id, isoInstant, optionalText, text } from './fields.ts';
import { JOB_STATUSES, jobEvent, jobLineInput } from './job-events.ts';
import { checklistKey, JOB_ASSET_KINDS, jobsSettings, jobsSettingsInput } from './jobs-settings.ts';
import { WARRANTY_OUTCOMES, warrantyRuleSet } from './warranty-rules.ts';
import { printedJob } from './jobs-print.ts';

/** Service jobs: intake, the board, moves through the state machine, the pickup list (docs/jobs.md). */

const ALL_STAFF: readonly Role[] = ['reception', 'cashier', 'technician', 'manager', 'admin'];
/** Who may read a job's device passcode. */
export const PASSCODE_ROLES: readonly Role[] = ['technician', 'manager', 'admin'];

/** The biggest photo or signature kept, after the console has downscaled it. */
export const MAX_MEDIA_BYTES = 2 * 1024 * 1024;
/** A data URL of MAX_MEDIA_BYTES in base64, with room for its header. */
const MAX_DATA_URL = Math.ceil(MAX_MEDIA_BYTES / 3) * 4 + 64;
export const dataUrl = z
  .string({ error: 'must be an image' })
  .max(MAX_DATA_URL, { error: 'must be an image of at most 2 MB' })
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'must be a PNG, JPEG or WebP image' });

const money = z
  .number({ error: 'must be an amount' })
  .int({ error: 'must be a whole number of minor units' })
  .min(0, { error: 'must not be negative' })
  .max(1_000_000_000, { error: 'must be at most 1000000000' });

const intakeLine = jobLineInput.extend({
  /** The warranty pays for it: allowed only when the verdict covers the job. */
  warrantyCovered: z.boolean({ error: 'must be true or false' }).default(false),
});

const conditionAnswer = z.strictObject({
  state: z.enum(['ok', 'damaged'], { error: 'must be ok or damaged' }),
  note: optionalText(200).default(''),
});

const jobSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('counter'), ticketId: id }),
    z.strictObject({ kind: z.literal('appointment'), appointmentId: id }),
    z.strictObject({ kind: z.literal('customer') }),
  ],
  { error: 'must be counter, appointment or customer' },
);

export const intakeInput = z.strictObject({
  customerId: id,
  /** Null only when the item is not kept as an asset (then no IMEI or plate can be required). */
  assetId: id.nullable(),
  serviceId: id.nullable().default(null),
  source: jobSource,
  /** The fault as the customer said it. */
  fault: text(1000),
  accessories: z.array(text(60)).max(30).default([]),
  condition: z.record(checklistKey, conditionAnswer).default({}),
  passcode: optionalText(60).default(''),
  lines: z.array(intakeLine).max(50).default([]),
  depositMinor: money.default(0),
  /** Null takes the suggestion (how long similar jobs took). */
  promisedReadyAt: isoInstant.nullable().default(null),
  /** The odometer now, for a vehicle. */
  mileageKm: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0)
    .max(10_000_000)
    .nullable()
    .default(null),
  /** The warranty claim: which rule (category and part), the intake answers that hold, and a staff override. */
  warranty: z
    .strictObject({
      category: checklistKey,
      part: checklistKey,
      answers: z.array(checklistKey).max(30).default([]),
      override: z
        .strictObject({ outcome: z.enum(WARRANTY_OUTCOMES, { error: 'must be a warranty outcome' }), reason: text(200) })
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
  /** The customer's signature, a PNG data URL. */
  signature: dataUrl.nullable().default(null),
  /** Print the ticket and the label after the job is saved (on the printers routed for them). */
  print: z.boolean({ error: 'must be true or false' }).default(true),
});
export type IntakeInput = z.output<typeof intakeInput>;

/** What the intake form has so far, for the warranty's verdict before saving (the override is staff's, not the rules'). */
const warrantyPreviewInput = z.strictObject({
  customerId: id,
  assetId: id.nullable(),
  condition: intakeInput.shape.condition,
  mileageKm: intakeInput.shape.mileageKm,
  warranty: z.strictObject({ category: checklistKey, part: checklistKey, answers: z.array(checklistKey).max(30).default([]) }),
});
export type WarrantyPreviewInput = z.output<typeof warrantyPreviewInput>;

const jobLine = z.strictObject({
  id: z.number().int(),
  kind: z.enum(['part', 'labour', 'fee']),
  description: z.string(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  status: z.enum(['accepted', 'pending', 'refused']),
  warrantyCovered: z.boolean(),
});

const warrantyVerdict = z.strictObject({
  outcome: z.enum(WARRANTY_OUTCOMES),
  computed: z.strictObject({
    outcome: z.enum(WARRANTY_OUTCOMES),
    reasons: z.array(z.strictObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
  }),
  override: z.strictObject({ outcome: z.enum(WARRANTY_OUTCOMES), reason: z.string(), staffId: z.number().int() }).nullable(),
  /** The rule it was decided by (as the settings held it then). */
  rule: z.unknown(),
  dates: z
    .strictObject({
      purchasedOn: z.string(),
      intakeOn: z.string(),
      day: z.number().int(),
      returnUntil: z.string().nullable(),
      exchangeUntil: z.string().nullable(),
      warrantyUntil: z.string(),
      extendedDays: z.number().int(),
      distanceKm: z.number().nullable(),
    })
    .nullable(),
});

const trailStep = z.strictObject({
  /** 0 for the intake (from the job's row), else the job_events row. */
  id: z.number().int(),
  event: z.string(),
  from: z.enum(JOB_STATUSES).nullable(),
  to: z.enum(JOB_STATUSES),
  by: z.number().int(),
  byName: z.string().nullable(),
  at: isoInstant,
  detail: z.unknown(),
});

const mediaSummary = z.strictObject({
  id: z.number().int(),
  kind: z.enum(['photo', 'signature']),
  mime: z.string(),
  size: z.number().int(),
  conditionKey: z.string().nullable(),
  note: z.string(),
  createdAt: isoInstant,
  createdBy: z.number().int(),
});
export type JobMediaSummary = z.infer<typeof mediaSummary>;

const staffRef = z.number().int().nullable();

/** A job as every jobs read and write answers it. */
export const job = z.strictObject({
  id: z.number().int(),
  number: z.string(),
  status: z.enum(JOB_STATUSES),
  statusSince: isoInstant,
  customerId: z.number().int(),
  customerName: z.string(),
  assetId: z.number().int().nullable(),
  assetKind: z.enum(JOB_ASSET_KINDS),
  assetLabel: z.string().nullable(),
  serviceId: z.number().int().nullable(),
  fault: z.string(),
  findings: z.string(),
  accessories: z.array(z.string()),
  condition: z.record(z.string(), z.strictObject({ state: z.enum(['ok', 'damaged']), note: z.string() })),
  /** Null unless the caller's role may read it (technician, manager, admin). */
  passcode: z.string().nullable(),
  hasPasscode: z.boolean(),
  depositMinor: z.number().int(),
  /** Accepted lines not covered by the warranty. */
  estimateMinor: z.number().int(),
  /** Still owed, as the cashier knows it: the work bill's balance once billed, else the estimate less the deposit actually paid. */
  owedMinor: z.number().int(),
  promisedReadyAt: isoInstant.nullable(),
  mileageKm: z.number().int().nullable(),
  warranty: warrantyVerdict.nullable(),
  technicianId: staffRef,
  technicianName: z.string().nullable(),
  answerReturnsTo: z.enum(JOB_STATUSES).nullable(),
  pausedFrom: z.enum(JOB_STATUSES).nullable(),
  /** The quality check since the job last went into QC: who passed each check (names for the page's header). */
  qc: z.strictObject({
    selfCheckBy: staffRef,
    selfCheckByName: z.string().nullable(),
    secondCheckBy: staffRef,
    secondCheckByName: z.string().nullable(),
  }),
  /** A manager's marks until the cashier lands: the work marked paid, or delivery on credit approved (and why). */
  settlement: z.strictObject({
    paidMarkedBy: staffRef,
    paidMarkedByName: z.string().nullable(),
    creditApprovedBy: staffRef,
    creditApprovedByName: z.string().nullable(),
    creditReason: z.string().nullable(),
  }),
  answers: z.array(
    z.strictObject({
      decision: z.enum(['approved', 'refused']),
      answeredBy: z.string(),
      channel: z.enum(['inPerson', 'phone', 'message']),
      answeredAt: isoInstant,
      recordedBy: z.number().int(),
      lineIds: z.array(z.number().int()),
    }),
  ),
  source: z.strictObject({
    kind: z.enum(['counter', 'appointment', 'customer']),
    ticketId: z.number().int().nullable(),
    appointmentId: z.number().int().nullable(),
  }),
  createdAt: isoInstant,
  createdBy: z.number().int(),
  readyAt: isoInstant.nullable(),
  closedAt: isoInstant.nullable(),
  lines: z.array(jobLine),
  trail: z.array(trailStep),
  media: z.array(mediaSummary),
});
export type Job = z.infer<typeof job>;

/**
 * A card on the board. The board holds every open job (2,000 in a busy shop) and its output is checked
 * on every load: its instants are plain strings here (the store writes them), which halves that check.
 */
const boardCard = z.strictObject({
  id: z.number().int(),
  number: z.string(),
  status: z.enum(JOB_STATUSES),
  statusSince: z.string(),
  customerName: z.string(),
  assetKind: z.enum(JOB_ASSET_KINDS),
  assetLabel: z.string().nullable(),
  serviceId: z.number().int().nullable(),
  technicianId: staffRef,
  technicianName: z.string().nullable(),
  fault: z.string(),
  promisedReadyAt: z.string().nullable(),
  /** Past its promise and not ready yet. */
  overdue: z.boolean(),
  /** Longer in its status than the shop's threshold for that status. */
  stale: z.boolean(),
});
export type BoardCard = z.infer<typeof boardCard>;

const jobRef = z.strictObject({ jobId: id });

/** A job's customer's history lists it: refreshed by id, not every customer's. */
const CUSTOMER_HISTORY = { op: 'customers.history', key: 'id', from: 'customerId' } as const;

export const jobsOps = {
  'jobs.settings.get': operation({ input: empty, output: jobsSettings, access: ALL_STAFF, invalidates: [] }),
  'jobs.settings.set': operation({
    input: jobsSettingsInput,
    output: jobsSettings,
    access: ['manager', 'admin'],
    invalidates: ['jobs.'],
  }),
  /** The sequence the next intake takes this year (the settings screen shows it with the prefix and digits being edited). */
  'jobs.settings.nextNumber': operation({
    input: empty,
    output: z.strictObject({ year: z.number().int(), seq: z.number().int() }),
    access: ['manager', 'admin'],
    invalidates: [],
  }),
  /** The warranty presets a shop may restore its rules from: phones under 三包, cars. */
  'jobs.settings.warrantyPresets': operation({
    input: empty,
    output: z.strictObject({ phoneSanbao: warrantyRuleSet, car: warrantyRuleSet }),
    access: ['manager', 'admin'],
    invalidates: [],
  }),
  /** The promise intake suggests: the median time similar finished jobs took (same service and asset kind). */
  'jobs.promiseSuggestion': operation({
    input: z.strictObject({ serviceId: id.nullable(), assetKind: z.enum(JOB_ASSET_KINDS, { error: 'must be device, vehicle or none' }) }),
    output: z.strictObject({ promisedReadyAt: isoInstant, minutes: z.number().int(), basedOn: z.number().int() }),
    access: ALL_STAFF,
    invalidates: [],
  }),
  /** The warranty's verdict for the intake's answers so far, in words before saving; nothing is written. */
  'jobs.warrantyPreview': operation({
    input: warrantyPreviewInput,
    output: warrantyVerdict,
    access: ['reception', 'technician', 'manager', 'admin'],
    invalidates: [],
  }),
  'jobs.intake': operation({
    input: intakeInput,
    /** The job, and the print jobs its ticket and label became (a failed one says so; the job is saved regardless). */
    output: job.extend({ printJobs: z.array(printedJob) }),
    access: ['reception', 'technician', 'manager', 'admin'],
    invalidates: ['jobs.'],
    invalidatesRecords: [CUSTOMER_HISTORY],
  }),
  'jobs.addPhoto': operation({
    input: z.strictObject({ jobId: id, dataUrl, conditionKey: checklistKey.nullable().default(null), note: optionalText(200).default('') }),
    output: mediaSummary,
    access: ['reception', 'technician', 'manager', 'admin'],
    invalidates: ['jobs.get', 'jobs.byNumber'],
  }),
  /**
   * One event through the state machine; a refusal is INVALID_STATE (FORBIDDEN for a role) with params.reason.
   * Handing the job over (`deliver`) is `jobs.pickup`'s: it checks who collects, the accessories and the signature.
   */
  'jobs.move': operation({
    input: z.strictObject({
      jobId: id,
      event: jobEvent.refine((e) => e.type !== 'deliver', { error: 'deliver is a handover: use jobs.pickup' }),
    }),
    output: job,
    access: ALL_STAFF,
    // The display's pickup list follows a job that becomes ready or is collected.
    invalidates: ['jobs.', 'display.'],
    invalidatesRecords: [CUSTOMER_HISTORY],
  }),
  'jobs.get': operation({ input: jobRef, output: job, access: ALL_STAFF, invalidates: [] }),
  /** A scanner typed a job's number. */
  'jobs.byNumber': operation({ input: z.strictObject({ number: text(30) }), output: job, access: ALL_STAFF, invalidates: [] }),
  'jobs.board': operation({
    input: z.strictObject({
      technicianId: id.nullable().default(null),
      serviceId: id.nullable().default(null),
      assetKind: z.enum(JOB_ASSET_KINDS, { error: 'must be device, vehicle or none' }).nullable().default(null),
    }),
    output: z.strictObject({
      counts: z.record(z.string(), z.number().int()),
      jobs: z.array(boardCard),
      /** Each technician's open jobs, for dispatch (all open jobs, whatever the filters). */
      technicians: z.array(z.strictObject({ id: z.number().int(), name: z.string(), openJobs: z.number().int() })),
    }),
    access: ALL_STAFF,
    invalidates: [],
  }),
  /** Ready and not collected, longest waiting first. */
  'jobs.readyList': operation({
    input: empty,
    output: z.array(
      z.strictObject({
        id: z.number().int(),
        number: z.string(),
        customerName: z.string(),
        /** The customer's main phone, to call them ('' when none is kept). */
        customerPhone: z.string(),
        assetLabel: z.string().nullable(),
        readyAt: isoInstant,
        daysWaiting: z.number().int(),
        /** Ready for longer than the shop's `staleHours.ready`. */
        stale: z.boolean(),
        owedMinor: z.number().int(),
      }),
    ),
    access: ALL_STAFF,
    invalidates: [],
  }),
  /** A photo or the signature, as a data URL. */
  'jobs.media': operation({
    input: z.strictObject({ mediaId: id }),
    output: z.strictObject({ id: z.number().int(), jobId: z.number().int(), kind: z.enum(['photo', 'signature']), dataUrl: z.string() }),
    access: ALL_STAFF,
    invalidates: [],
  }),
};
