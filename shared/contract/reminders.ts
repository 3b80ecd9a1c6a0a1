import { z } from 'zod';
import { operation } from './define.ts';
import { empty, id, isoInstant, optionalText, phone, text } from './fields.ts';

/**
 * Reminders that are never missed (docs/reminders.md; the hotel wake-up call is the model). A reminder
 * falls due at its time and every signed-in console alerts until someone takes it. "No answer" brings
 * it back after the retry interval, up to the attempt limit; then it escalates to the duty manager and
 * stays flagged until someone resolves it. The schedule is in the store (`due_at` is the next alert),
 * so a restart carries on where it was and a reminder that fell due while the console was closed is
 * overdue when it opens.
 */

const REMINDER_KINDS = ['callback', 'wakeUp', 'appointmentConfirm', 'readyNotCollected', 'followUp', 'custom'] as const;
const kind = z.enum(REMINDER_KINDS, { error: 'must be callback, wakeUp, appointmentConfirm, readyNotCollected, followUp or custom' });

/** Pending (waiting for its time, or for the next try), escalated (tries used up), done, or cancelled. */
const REMINDER_STATUSES = ['pending', 'escalated', 'done', 'cancelled'] as const;

/** Whom a reminder concerns: at least one of a customer, a job, an appointment, a room or a phone. */
const concerns = z
  .strictObject({
    customerId: id.nullable().default(null),
    jobId: id.nullable().default(null),
    appointmentId: id.nullable().default(null),
    room: optionalText(30).default(''),
    phone: phone.or(z.literal('')).default(''),
  })
  .refine((c) => c.customerId !== null || c.jobId !== null || c.appointmentId !== null || c.room !== '' || c.phone !== '', {
    error: 'must name a customer, a job, an appointment, a room or a phone',
  });

const reminder = z.strictObject({
  id: z.number().int(),
  kind,
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  jobId: z.number().int().nullable(),
  jobNumber: z.string().nullable(),
  appointmentId: z.number().int().nullable(),
  room: z.string(),
  phone: z.string(),
  note: z.string(),
  /** When it was set for. */
  dueAt: z.string(),
  /** When it alerts next: its time, then each retry. */
  nextAt: z.string(),
  status: z.enum(REMINDER_STATUSES),
  /** Tries that got no answer. */
  attempts: z.number().int(),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  /** Who has it in hand now (taken after it alerted), until they record how it went. */
  takenById: z.number().int().nullable(),
  takenByName: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  outcomeNote: z.string(),
});
export type Reminder = z.infer<typeof reminder>;

export const reminderSettings = z.strictObject({
  retryMinutes: z
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(120, { error: 'must be at most 120 minutes' }),
  attemptLimit: z
    .number({ error: 'must be a number of tries' })
    .int({ error: 'must be a whole number of tries' })
    .min(1, { error: 'must be at least 1' })
    .max(10, { error: 'must be at most 10' }),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { retryMinutes: 5, attemptLimit: 3 };

const reminderRef = z.strictObject({ reminderId: id });

export const remindersOps = {
  'reminders.settings.get': operation({ input: empty, output: reminderSettings, access: 'session', invalidates: [] }),
  'reminders.settings.set': operation({
    input: reminderSettings.partial().strict(),
    output: reminderSettings,
    access: ['manager', 'admin'],
    invalidates: ['reminders.'],
  }),
  /** A reminder for a time: whom it concerns, a note, its owner (whoever sets it, unless said). */
  'reminders.create': operation({
    input: z.strictObject({
      kind,
      concerns,
      dueAt: isoInstant,
      note: optionalText(300).default(''),
      ownerId: id.nullable().default(null),
    }),
    output: reminder,
    access: 'session',
    invalidates: ['reminders.'],
  }),
  /**
   * What the consoles alert about now: every pending reminder whose next alert has come (overdue ones
   * too: fallen due while the console was closed), and every escalated one; the earliest first.
   */
  'reminders.due': operation({
    input: empty,
    output: z.strictObject({ now: z.string(), due: z.array(reminder), escalated: z.array(reminder) }),
    access: 'session',
    invalidates: [],
  }),
  /** The reminders set for a span of time (today's list, the printed fallback), by their time. */
  'reminders.list': operation({
    input: z.strictObject({ from: isoInstant, to: isoInstant }),
    output: z.array(reminder),
    access: 'session',
    invalidates: [],
  }),
  /** Someone takes a reminder that alerted: the other consoles stop ringing and show who has it. */
  'reminders.take': operation({ input: reminderRef, output: reminder, access: 'session', invalidates: ['reminders.'] }),
  /**
   * How it went: `done`; or `noAnswer`, which brings it back after the retry interval, and escalates it
   * to the duty manager once the attempt limit is reached. An escalated reminder is resolved with `done`.
   */
  'reminders.outcome': operation({
    input: reminderRef.extend({
      outcome: z.enum(['done', 'noAnswer'], { error: 'must be done or noAnswer' }),
      note: optionalText(300).default(''),
    }),
    output: reminder,
    access: 'session',
    invalidates: ['reminders.'],
  }),
  /** Calls off a reminder that is not needed any more, with the reason. */
  'reminders.cancel': operation({
    input: reminderRef.extend({ reason: text(200) }),
    output: reminder,
    access: 'session',
    invalidates: ['reminders.'],
  }),
};
