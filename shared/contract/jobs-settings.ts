import { z } from 'zod';
import { ASSET_KINDS } from './customers.ts';
import { optionalText } from './fields.ts';
import { warrantyRuleSet } from './warranty-rules.ts';

/**
 * How a shop takes jobs in: its checklists, which intake fields are required, its warranty rules, its
 * terms and its job numbers. Kept in the store's settings table under one key (`jobs`); the default
 * warranty rules are both presets (phones and cars: their categories never meet), for the shop to edit.
 */

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** A key the lists and the warranty triggers share ("waterIndicator", "charger"). */
export const checklistKey = z
  .string({ error: 'must be a key' })
  .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, { error: 'must be letters, digits and dashes, starting with a letter (at most 40)' });

const NAME_REQUIRED = 'is required in at least one language (Chinese or English)';
function requireOneName(value: { nameZh: string; nameEn: string }, ctx: z.RefinementCtx): void {
  if (value.nameZh !== '' || value.nameEn !== '') return;
  for (const path of ['nameZh', 'nameEn']) ctx.addIssue({ code: 'custom', path: [path], message: NAME_REQUIRED });
}

/** The job ticket's copies: the customer takes one away, the shop keeps the other with the item. */
export const TICKET_COPIES = ['customer', 'shop', 'both'] as const;
export type TicketCopies = (typeof TICKET_COPIES)[number];

/** What a job's item is: a device, a vehicle, or nothing recorded as an asset. */
export const JOB_ASSET_KINDS = [...ASSET_KINDS, 'none'] as const;
export type JobAssetKind = (typeof JOB_ASSET_KINDS)[number];

const assetKinds = z
  .array(z.enum(ASSET_KINDS, { error: 'must be device or vehicle' }))
  .min(1, { error: 'choose at least one kind' })
  .max(ASSET_KINDS.length);

const checklistItem = z
  .strictObject({ key: checklistKey, nameZh: optionalText(40), nameEn: optionalText(60), appliesTo: assetKinds })
  .superRefine(requireOneName);

const checklist = z
  .array(checklistItem)
  .max(60)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `${item.key} is listed twice` });
      seen.add(item.key);
    });
  });

const commonFault = z.strictObject({ nameZh: optionalText(60), nameEn: optionalText(80) }).superRefine(requireOneName);

/** Hours a job may stay in one status before the board shows it as stale. */
const hours = whole(1, 24 * 365);
const staleHours = z.strictObject({
  received: hours,
  diagnosing: hours,
  awaitingApproval: hours,
  awaitingParts: hours,
  inRepair: hours,
  paused: hours,
  qualityCheck: hours,
  ready: hours,
});

export const jobsSettings = z.strictObject({
  conditionChecklist: checklist,
  accessoriesChecklist: checklist,
  commonFaults: z.strictObject({
    device: z.array(commonFault).max(60),
    vehicle: z.array(commonFault).max(60),
  }),
  /** Intake cannot be saved without these (and a pickup not without the collection signature). */
  required: z.strictObject({
    signature: z.boolean({ error: 'must be true or false' }),
    /** The customer signs for the item when collecting it (settings saved before pickup existed: on). */
    pickupSignature: z.boolean({ error: 'must be true or false' }).default(true),
    conditionCheck: z.boolean({ error: 'must be true or false' }),
    /** A device's IMEI, a vehicle's plate. */
    identifier: z.boolean({ error: 'must be true or false' }),
  }),
  warrantyRules: warrantyRuleSet,
  /** The shop's terms, printed on the job ticket the customer signs. */
  termsZh: optionalText(4000),
  termsEn: optionalText(4000),
  /** Which copies of the job ticket print: the customer's, the shop's, or both (one after the other). */
  ticketCopies: z.enum(TICKET_COPIES, { error: 'must be customer, shop or both' }),
  /** Job numbers: prefix, the year, then the sequence padded to so many digits ("J2026-000123"). */
  numberPrefix: z
    .string({ error: 'must be 1 to 4 capital letters' })
    .trim()
    .regex(/^[A-Z]{1,4}$/, { error: 'must be 1 to 4 capital letters' }),
  numberDigits: whole(4, 8),
  /** The promise when no similar job has finished yet: hours from intake. */
  defaultTurnaroundHours: whole(1, 24 * 90),
  staleHours,
});
export type JobsSettings = z.infer<typeof jobsSettings>;

export const jobsSettingsInput = jobsSettings.partial();
