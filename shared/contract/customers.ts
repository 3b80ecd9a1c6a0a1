import { z } from 'zod';
import { checkImei, checkVin, normalizePhone, normalizePlate, type Checked } from '../identifiers.ts';
import { operation } from './define.ts';
import { id, isoInstant, optionalText, text } from './fields.ts';
import { JOB_STATUSES } from './job-events.ts';
import { TICKET_STATUSES } from './queue.ts';

/** Customers and the assets (devices, vehicles) they bring in. */

/** A string field checked and normalised by one of shared/identifiers.ts's functions. */
const identifier = (max: number, check: (raw: string) => Checked) =>
  z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` })
    .transform((raw, ctx) => {
      const checked = check(raw);
      if (checked.ok) return checked.value;
      ctx.issues.push({ code: 'custom', message: checked.reason, input: raw });
      return z.NEVER;
    });

/** The same, where an empty string means "none" (null). */
const optionalIdentifier = (max: number, check: (raw: string) => Checked) =>
  z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` })
    .transform((raw, ctx) => {
      if (raw.trim() === '') return null;
      const checked = check(raw);
      if (checked.ok) return checked.value;
      ctx.issues.push({ code: 'custom', message: checked.reason, input: raw });
      return z.NEVER;
    });

/** A phone as typed ("138-0013 8000"), stored normalised ("13800138000"). */
export const customerPhone = identifier(40, normalizePhone);
export const MAX_PHONES = 5;
const phones = z
  .array(customerPhone, { error: 'must be a list of phone numbers' })
  .min(1, { error: 'add at least one phone number' })
  .max(MAX_PHONES, { error: `at most ${MAX_PHONES} phone numbers` });

/** The tag that gives a customer priority in the queue. */
export const VIP_TAG = 'vip';
export const MAX_TAGS = 10;
const tag = z
  .string({ error: 'must be text' })
  .max(20, { error: 'must be at most 20 characters' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'is required' });
export const tags = z
  .array(tag, { error: 'must be a list of tags' })
  .max(MAX_TAGS, { error: `at most ${MAX_TAGS} tags` })
  .transform((list) => [...new Set(list)]);

const customerSummary = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  /** Normalised, the main phone first. */
  phones: z.array(z.string()),
  tags: z.array(z.string()),
  vip: z.boolean(),
});
export type CustomerSummary = z.infer<typeof customerSummary>;

export const ASSET_KINDS = ['device', 'vehicle'] as const;
export const PROOFS = ['none', 'invoice', 'receipt', 'warrantyCard', 'other'] as const;

const asset = z.strictObject({
  id: z.number().int(),
  customerId: z.number().int(),
  kind: z.enum(ASSET_KINDS),
  brand: z.string(),
  model: z.string(),
  serial: z.string().nullable(),
  imei: z.string().nullable(),
  plate: z.string().nullable(),
  vin: z.string().nullable(),
  mileageKm: z.number().int().nullable(),
  /** Store-local date, "2025-11-20". */
  purchaseDate: z.string().nullable(),
  proof: z.enum(PROOFS),
  proofNote: z.string(),
  notes: z.string(),
  active: z.boolean(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Asset = z.infer<typeof asset>;

/** Enough to recognise an asset in a list: "Apple iPhone 15 · IMEI 3569…809", "Toyota Corolla · 沪A12345". */
export function assetLabel(a: Pick<Asset, 'kind' | 'brand' | 'model' | 'imei' | 'serial' | 'plate' | 'vin'>): string {
  const name = [a.brand, a.model].filter(Boolean).join(' ');
  const short = (code: string) => (code.length > 8 ? `${code.slice(0, 4)}…${code.slice(-3)}` : code);
  const id = a.kind === 'vehicle' ? (a.plate ?? (a.vin ? short(a.vin) : null)) : a.imei ? short(a.imei) : a.serial;
  return [name, id].filter(Boolean).join(' · ');
}

const customer = customerSummary.extend({
  notes: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Active assets first, each group newest first. */
  assets: z.array(asset),
});
export type Customer = z.infer<typeof customer>;

const confirmDuplicate = z.boolean({ error: 'must be true or false' }).default(false);

export const customerCreateInput = z.strictObject({
  name: text(60),
  phones,
  notes: optionalText(1000).default(''),
  tags: tags.default([]),
  /** The receptionist saw "this phone belongs to another customer" and creates anyway. */
  confirmDuplicate,
});

export const customerUpdateInput = z.strictObject({
  id,
  name: text(60).optional(),
  phones: phones.optional(),
  notes: optionalText(1000).optional(),
  tags: tags.optional(),
  confirmDuplicate,
});

function isCalendarDate(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const calendarDate = z
  .string({ error: 'must be a date such as 2026-03-02' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date such as 2026-03-02' })
  .refine(isCalendarDate, { error: 'must be a date such as 2026-03-02' });

const MAX_MILEAGE_KM = 5_000_000;

export const assetSaveInput = z
  .strictObject({
    /** Absent for a new asset. */
    id: id.optional(),
    customerId: id,
    kind: z.enum(ASSET_KINDS, { error: 'must be device or vehicle' }),
    brand: optionalText(40).default(''),
    model: optionalText(60).default(''),
    serial: optionalText(40).default(''),
    imei: optionalIdentifier(40, checkImei).default(null),
    plate: optionalIdentifier(20, normalizePlate).default(null),
    vin: optionalIdentifier(40, checkVin).default(null),
    mileageKm: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must not be negative' })
      .max(MAX_MILEAGE_KM, { error: `must be at most ${MAX_MILEAGE_KM}` })
      .nullable()
      .default(null),
    /** Not in the future (the store's today is checked by the service). */
    purchaseDate: calendarDate.nullable().default(null),
    proof: z.enum(PROOFS, { error: 'must be one of none, invoice, receipt, warrantyCard, other' }).default('none'),
    proofNote: optionalText(200).default(''),
    notes: optionalText(500).default(''),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'device' && a.model === '') ctx.addIssue({ code: 'custom', path: ['model'], message: 'is required' });
    if (a.kind === 'vehicle' && a.plate === null && a.vin === null)
      ctx.addIssue({ code: 'custom', path: ['plate'], message: 'enter a plate or a VIN' });
  });

const ticketHistoryEntry = z.strictObject({
  id: z.number().int(),
  number: z.string(),
  businessDay: z.string(),
  serviceId: z.number().int(),
  serviceNameZh: z.string(),
  serviceNameEn: z.string(),
  source: z.enum(['walkin', 'appointment']),
  status: z.enum(TICKET_STATUSES),
  counterNameZh: z.string().nullable(),
  counterNameEn: z.string().nullable(),
  assetId: z.number().int().nullable(),
  issuedAt: isoInstant,
  finishedAt: isoInstant.nullable(),
});
export type TicketHistoryEntry = z.infer<typeof ticketHistoryEntry>;

const appointmentHistoryEntry = z.strictObject({
  id: z.number().int(),
  serviceId: z.number().int(),
  serviceNameZh: z.string(),
  serviceNameEn: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  status: z.enum(['booked', 'confirmed', 'checkedIn', 'noShow', 'cancelled']),
  assetId: z.number().int().nullable(),
  note: z.string(),
  ticketId: z.number().int().nullable(),
});
export type AppointmentHistoryEntry = z.infer<typeof appointmentHistoryEntry>;

const jobHistoryEntry = z.strictObject({
  id: z.number().int(),
  number: z.string(),
  status: z.enum(JOB_STATUSES),
  assetId: z.number().int().nullable(),
  fault: z.string(),
  createdAt: isoInstant,
  closedAt: isoInstant.nullable(),
});
export type JobHistoryEntry = z.infer<typeof jobHistoryEntry>;

/**
 * A customer's history across the console, one section per area, each newest first and at most
 * `limit` long (`more` says whether older entries exist). Payments and complaints add their
 * sections here as they land.
 */
const customerHistory = z.strictObject({
  customerId: z.number().int(),
  tickets: z.strictObject({ entries: z.array(ticketHistoryEntry), more: z.boolean() }),
  appointments: z.strictObject({ entries: z.array(appointmentHistoryEntry), more: z.boolean() }),
  jobs: z.strictObject({ entries: z.array(jobHistoryEntry), more: z.boolean() }),
});
export type CustomerHistory = z.infer<typeof customerHistory>;

const customerRef = z.strictObject({ id });
/** A customer's name shows on tickets, appointments and (masked) on the display. */
const CUSTOMER_READS = ['customers.', 'assets.', 'queue.', 'appointments.', 'display.'];
const ASSET_READS = ['assets.', 'customers.', 'appointments.'];

export const customersOps = {
  /**
   * Search as you type: digits find phones (ends with, starts with, contains) and IMEIs, VINs,
   * plates; text finds names (prefix, substring), pinyin initials ("zs" → 张三) and full pinyin.
   * An empty query lists the newest customers.
   */
  'customers.search': operation({
    input: z.strictObject({
      q: z.string({ error: 'must be text' }).max(100, { error: 'must be at most 100 characters' }).default(''),
      limit: z
        .number({ error: 'must be a number' })
        .int({ error: 'must be a whole number' })
        .min(1, { error: 'must be at least 1' })
        .max(50, { error: 'must be at most 50' })
        .default(20),
    }),
    output: z.array(customerSummary),
    access: 'session',
    invalidates: [],
  }),
  'customers.get': operation({ input: customerRef, output: customer, access: 'session', invalidates: [] }),
  'customers.create': operation({ input: customerCreateInput, output: customer, access: 'session', invalidates: CUSTOMER_READS }),
  'customers.update': operation({ input: customerUpdateInput, output: customer, access: 'session', invalidates: CUSTOMER_READS }),
  'customers.history': operation({
    input: z.strictObject({
      id,
      limit: z
        .number({ error: 'must be a number' })
        .int({ error: 'must be a whole number' })
        .min(1, { error: 'must be at least 1' })
        .max(500, { error: 'must be at most 500' })
        .default(100),
    }),
    output: customerHistory,
    access: 'session',
    invalidates: [],
    runsOn: 'reader',
  }),
  'assets.list': operation({
    input: z.strictObject({ customerId: id, includeInactive: z.boolean({ error: 'must be true or false' }).default(false) }),
    output: z.array(asset),
    access: 'session',
    invalidates: [],
  }),
  'assets.save': operation({ input: assetSaveInput, output: asset, access: 'session', invalidates: ASSET_READS }),
  /** Deactivates an asset: it leaves the lists, its tickets and appointments keep pointing to it. */
  'assets.remove': operation({ input: z.strictObject({ id }), output: asset, access: 'session', invalidates: ASSET_READS }),
};
