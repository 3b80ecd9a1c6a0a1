import { z } from 'zod';
import { operation, type RecordInvalidation } from './define.ts';
import { id, isoInstant, optionalText, text } from './fields.ts';
import { ticket } from './queue.ts';

/** Appointments: bookings per service (and optionally a counter) in slots with a capacity. */

const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'checkedIn', 'noShow', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** The statuses that hold a place in a slot. */
export const ACTIVE_STATUSES = ['booked', 'confirmed', 'checkedIn'] as const satisfies readonly AppointmentStatus[];

export const CONFIRM_CHANNELS = ['phone', 'sms', 'wechat', 'inPerson'] as const;
export type ConfirmChannel = (typeof CONFIRM_CHANNELS)[number];

/** The longest span one range read covers (a week view needs 7). */
const MAX_RANGE_DAYS = 31;

function isCalendarDate(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A store-local business date, "2026-03-02". */
const businessDay = z
  .string({ error: 'must be a date such as 2026-03-02' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date such as 2026-03-02' })
  .refine(isCalendarDate, { error: 'must be a date such as 2026-03-02' });

/** The date `n` days after `day` (YYYY-MM-DD, calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (0 when equal), for YYYY-MM-DD strings. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const appointment = z.strictObject({
  id: z.number().int(),
  customerId: z.number().int(),
  customerName: z.string(),
  /** The customer's phones, first the main one: the confirmation list calls them. */
  customerPhones: z.array(z.string()),
  customerVip: z.boolean(),
  assetId: z.number().int().nullable(),
  /** "Apple iPhone 15 · 3568…" or "Toyota Corolla · 沪A12345": enough to recognise the item. */
  assetLabel: z.string().nullable(),
  serviceId: z.number().int(),
  counterId: z.number().int().nullable(),
  businessDay: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  status: z.enum(APPOINTMENT_STATUSES),
  /** Still booked or confirmed after start + grace: the customer is late (a no-show once staff say so). */
  overdue: z.boolean(),
  note: z.string(),
  confirmedAt: isoInstant.nullable(),
  confirmedByName: z.string().nullable(),
  confirmChannel: z.enum(CONFIRM_CHANNELS).nullable(),
  confirmNote: z.string(),
  checkedInAt: isoInstant.nullable(),
  /** Checked in after start + grace: the ticket is an ordinary one, served in normal order. */
  checkedInLate: z.boolean(),
  ticketId: z.number().int().nullable(),
  /** The ticket's number ("A012") once checked in. */
  ticketNumber: z.string().nullable(),
  noShowAt: isoInstant.nullable(),
  cancelledAt: isoInstant.nullable(),
  cancelReason: z.string().nullable(),
  createdAt: isoInstant,
});
export type Appointment = z.infer<typeof appointment>;

/** One bookable slot of a service (or of a counter for that service). */
const slot = z.strictObject({
  day: z.string(),
  /** Store-local start, "09:30". */
  time: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  capacity: z.number().int(),
  booked: z.number().int(),
  /** Places left now: 0 when full, or when the slot has started. */
  free: z.number().int(),
  past: z.boolean(),
});
export type Slot = z.infer<typeof slot>;

const dayFilter = {
  serviceId: id.optional(),
  counterId: id.optional(),
};

const appointmentRef = z.strictObject({ id });
/** An appointment's changes show in its customer's history, not in any other customer read. */
const WRITES = ['appointments.'];
const CUSTOMER_HISTORY: readonly RecordInvalidation[] = [{ op: 'customers.history', key: 'id', from: 'customerId' }];
const CHECK_IN_WRITES = ['appointments.', 'queue.', 'display.', 'print.'];
const CHECKED_IN_CUSTOMER: readonly RecordInvalidation[] = [{ op: 'customers.history', key: 'id', from: 'appointment.customerId' }];

export const appointmentsOps = {
  'appointments.book': operation({
    input: z.strictObject({
      customerId: id,
      assetId: id.nullable().default(null),
      serviceId: id,
      /** A booking that names a counter keeps it for the slot; null books the service only. */
      counterId: id.nullable().default(null),
      startsAt: isoInstant,
      note: optionalText(200).default(''),
      /** The customer already has a booking that day, and the receptionist books another anyway. */
      confirmDuplicate: z.boolean({ error: 'must be true or false' }).default(false),
    }),
    output: appointment,
    access: 'session',
    invalidates: WRITES,
    invalidatesRecords: CUSTOMER_HISTORY,
  }),
  /** Moves a booked or confirmed appointment; a moved booking needs confirming again. */
  'appointments.reschedule': operation({
    input: z.strictObject({
      id,
      startsAt: isoInstant,
      /** Omitted: keep the service. */
      serviceId: id.optional(),
      /** Omitted: keep the counter; null: no counter. */
      counterId: id.nullable().optional(),
    }),
    output: appointment,
    access: 'session',
    invalidates: WRITES,
    invalidatesRecords: CUSTOMER_HISTORY,
  }),
  'appointments.cancel': operation({
    input: z.strictObject({ id, reason: text(200) }),
    output: appointment,
    access: 'session',
    invalidates: WRITES,
    invalidatesRecords: CUSTOMER_HISTORY,
  }),
  'appointments.confirm': operation({
    input: z.strictObject({
      id,
      channel: z.enum(CONFIRM_CHANNELS, { error: 'must be phone, sms, wechat or inPerson' }),
      note: optionalText(200).default(''),
    }),
    output: appointment,
    access: 'session',
    invalidates: WRITES,
    invalidatesRecords: CUSTOMER_HISTORY,
  }),
  /** The customer arrived: the booking becomes a ticket, first in line while inside its grace window. */
  'appointments.checkIn': operation({
    input: appointmentRef,
    output: z.strictObject({
      appointment,
      ticket,
      /** After start + grace: an ordinary ticket, served in normal order. */
      late: z.boolean(),
      ahead: z.number().int(),
      estimatedMinutes: z.number().int(),
      printJobId: z.number().int().nullable(),
    }),
    access: 'session',
    invalidates: CHECK_IN_WRITES,
    invalidatesRecords: CHECKED_IN_CUSTOMER,
  }),
  /** Allowed once start + grace has passed without a check-in. */
  'appointments.markNoShow': operation({
    input: appointmentRef,
    output: appointment,
    access: 'session',
    invalidates: WRITES,
    invalidatesRecords: CUSTOMER_HISTORY,
  }),

  /** One day's bookings, every status, in start order. */
  'appointments.day': operation({
    input: z.strictObject({ day: businessDay, ...dayFilter }),
    output: z.strictObject({ day: z.string(), graceMinutes: z.number().int(), appointments: z.array(appointment) }),
    access: 'session',
    invalidates: [],
  }),
  /** The week view: each bookable service's slots over the days, with capacity and bookings. */
  'appointments.range': operation({
    input: z
      .strictObject({ from: businessDay, to: businessDay, ...dayFilter })
      .refine((r) => daysBetween(r.from, r.to) >= 0, { path: ['to'], error: 'must be on or after from' })
      .refine((r) => daysBetween(r.from, r.to) < MAX_RANGE_DAYS, {
        path: ['to'],
        error: `must be at most ${MAX_RANGE_DAYS} days after from`,
      }),
    output: z.strictObject({
      from: z.string(),
      to: z.string(),
      days: z.array(z.string()),
      services: z.array(z.strictObject({ serviceId: z.number().int(), slotMinutes: z.number().int(), slots: z.array(slot) })),
    }),
    access: 'session',
    invalidates: [],
  }),
  /** The slots of one service on one day with free places; `counterId` counts that counter too. */
  'appointments.availability': operation({
    input: z.strictObject({
      serviceId: id,
      day: businessDay,
      counterId: id.nullable().default(null),
      /** The booking being rescheduled: its own place counts as free. */
      exceptId: id.nullable().default(null),
    }),
    output: z.strictObject({ serviceId: z.number().int(), day: z.string(), slotMinutes: z.number().int(), slots: z.array(slot) }),
    access: 'session',
    invalidates: [],
  }),
  /** The bookings of `day` (usually tomorrow) still to come, to call or message, with who confirmed. */
  'appointments.confirmations': operation({
    input: z.strictObject({ day: businessDay }),
    output: z.strictObject({ day: z.string(), appointments: z.array(appointment) }),
    access: 'session',
    invalidates: [],
  }),
};
