import { z } from 'zod';
import { operation, type RecordInvalidation } from './define.ts';
import { id, isoInstant, optionalText } from './fields.ts';

/** Reception and the queue: services, counters, walk-in numbers and counter operations. */

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** Store-local time of day, "08:30"; "24:00" closes at midnight. */
const clockTime = z
  .string({ error: 'must be a time such as 09:00' })
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'must be a time such as 09:00' });

/** A name in at least one language: the other falls back to it wherever names are shown (`shared/names.ts`). */
const NAME_REQUIRED = 'is required in at least one language (Chinese or English)';
function requireOneName(value: { nameZh: string; nameEn: string }, ctx: z.RefinementCtx): void {
  if (value.nameZh !== '' || value.nameEn !== '') return;
  for (const path of ['nameZh', 'nameEn']) ctx.addIssue({ code: 'custom', path: [path], message: NAME_REQUIRED });
}

const servicePrefix = z
  .string({ error: 'must be one letter A-Z' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/, { error: 'must be one letter A-Z' });

const service = z.strictObject({
  id: z.number().int(),
  prefix: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  typicalMinutes: z.number().int(),
  dailyCap: z.number().int().nullable(),
  busyThreshold: z.number().int().nullable(),
  opensAt: z.string(),
  closesAt: z.string(),
  slotMinutes: z.number().int(),
  slotCapacity: z.number().int(),
  position: z.number().int(),
  active: z.boolean(),
});
export type Service = z.infer<typeof service>;

export const serviceInput = z
  .strictObject({
    id: id.optional(),
    prefix: servicePrefix,
    nameZh: optionalText(40),
    nameEn: optionalText(60),
    typicalMinutes: whole(1, 480),
    dailyCap: whole(1, 999).nullable().default(null),
    busyThreshold: whole(1, 999).nullable().default(null),
    opensAt: clockTime.default('00:00'),
    closesAt: clockTime.default('24:00'),
    slotMinutes: whole(5, 480).default(30),
    slotCapacity: whole(0, 50).default(1),
    position: whole(0, 999).default(0),
    active: z.boolean({ error: 'must be true or false' }).default(true),
  })
  .refine((s) => s.opensAt < s.closesAt, { path: ['closesAt'], error: 'must be after the opening time' })
  .superRefine(requireOneName);
export type ServiceInput = z.infer<typeof serviceInput>;

export const COUNTER_KINDS = ['window', 'desk', 'bay'] as const;

const counter = z.strictObject({
  id: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(COUNTER_KINDS),
  serviceIds: z.array(z.number().int()),
  position: z.number().int(),
  active: z.boolean(),
  openStaffId: z.number().int().nullable(),
  openStaffName: z.string().nullable(),
  openedAt: isoInstant.nullable(),
  /** When the counter went on break; null while it works. Calls are refused on break; the display says so. */
  breakStartedAt: isoInstant.nullable(),
});
export type Counter = z.infer<typeof counter>;

export const counterInput = z
  .strictObject({
    id: id.optional(),
    nameZh: optionalText(40),
    nameEn: optionalText(60),
    kind: z.enum(COUNTER_KINDS, { error: 'must be window, desk or bay' }),
    serviceIds: z.array(id).min(1, { error: 'choose at least one service' }).max(26),
    position: whole(0, 999).default(0),
    active: z.boolean({ error: 'must be true or false' }).default(true),
  })
  .superRefine(requireOneName);
export type CounterInput = z.infer<typeof counterInput>;

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const ticket = z.strictObject({
  id: z.number().int(),
  /** What the customer holds and hears: prefix and three digits, "A012". */
  number: z.string(),
  businessDay: z.string(),
  serviceId: z.number().int(),
  originalServiceId: z.number().int(),
  targetCounterId: z.number().int().nullable(),
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  assetId: z.number().int().nullable(),
  source: z.enum(['walkin', 'appointment']),
  priority: z.boolean(),
  windowStart: isoInstant.nullable(),
  windowEnd: isoInstant.nullable(),
  status: z.enum(TICKET_STATUSES),
  counterId: z.number().int().nullable(),
  issuedAt: isoInstant,
  queuedAt: isoInstant,
  calledAt: isoInstant.nullable(),
  startedAt: isoInstant.nullable(),
  finishedAt: isoInstant.nullable(),
  callCount: z.number().int(),
  estimatedMinutes: z.number().int().nullable(),
});
export type Ticket = z.infer<typeof ticket>;

const ticketEvent = z.strictObject({
  id: z.number().int(),
  ticketId: z.number().int(),
  at: isoInstant,
  action: z.string(),
  counterId: z.number().int().nullable(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  detail: z.unknown(),
});

/** One call-out, as the display shows and speaks it. Names are masked (张*); never a phone. */
export const displayCall = z.strictObject({
  ticketId: z.number().int(),
  number: z.string(),
  serviceId: z.number().int(),
  counterId: z.number().int(),
  counterNameZh: z.string(),
  counterNameEn: z.string(),
  customerMasked: z.string().nullable(),
  at: isoInstant,
  callCount: z.number().int(),
});
export type DisplayCall = z.infer<typeof displayCall>;

const serviceLoad = z.strictObject({
  serviceId: z.number().int(),
  waiting: z.number().int(),
  /** Estimated minutes a number issued now would wait, from recent real service durations. */
  estimatedMinutes: z.number().int(),
  issuedToday: z.number().int(),
  /** Numbers left under the daily cap; null when uncapped. */
  capLeft: z.number().int().nullable(),
  /** Whether numbers are issued at this time of day. */
  open: z.boolean(),
});
export type ServiceLoad = z.infer<typeof serviceLoad>;

const issued = z.strictObject({
  ticket,
  ahead: z.number().int(),
  estimatedMinutes: z.number().int(),
  /** The queue slip's print job; null when no printer prints queue slips or printing was not asked. */
  printJobId: z.number().int().nullable(),
});

/** A booking of today still to arrive, as reception shows it (the appointments area has the full record). */
const bookingToday = z.strictObject({
  id: z.number().int(),
  serviceId: z.number().int(),
  startsAt: isoInstant,
  status: z.enum(['booked', 'confirmed']),
});

const customerToday = z.strictObject({
  customerId: z.number().int(),
  tickets: z.array(ticket),
  bookings: z.array(bookingToday),
  /** The active service of the customer's latest number; null for a first visit. */
  usualServiceId: z.number().int().nullable(),
});
export type CustomerToday = z.infer<typeof customerToday>;

const ticketRef = z.strictObject({ ticketId: id });
const counterRef = z.strictObject({ counterId: id });
/** A queue write changes the queue and the displays, and the history of the ticket's customer (if it has one): not every customer read. */
const QUEUE_READS = ['queue.', 'display.'];
const TICKET_CUSTOMER: readonly RecordInvalidation[] = [{ op: 'customers.history', key: 'id', from: 'customerId' }];
const ISSUED_CUSTOMER: readonly RecordInvalidation[] = [{ op: 'customers.history', key: 'id', from: 'ticket.customerId' }];
/** A call finishes the counter's previous ticket, whose customer the output does not name: every history. */
const CALL_READS = [...QUEUE_READS, 'customers.history'];

export const queueOps = {
  'queue.services.list': operation({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'must be true or false' }).default(false) }),
    output: z.array(service),
    access: 'session',
    invalidates: [],
  }),
  'queue.services.save': operation({
    input: serviceInput,
    output: service,
    access: ['admin'],
    invalidates: ['queue.', 'display.', 'appointments.'],
  }),
  'queue.counters.list': operation({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'must be true or false' }).default(false) }),
    output: z.array(counter),
    access: 'session',
    invalidates: [],
  }),
  'queue.counters.save': operation({ input: counterInput, output: counter, access: ['admin'], invalidates: ['queue.', 'display.'] }),
  /** The signed-in staff member sits at a counter (and leaves any other). */
  'queue.counters.open': operation({ input: counterRef, output: counter, access: 'session', invalidates: ['queue.'] }),
  'queue.counters.close': operation({ input: counterRef, output: counter, access: 'session', invalidates: ['queue.', 'display.'] }),
  /** The staff member seated at the counter pauses it: no calls until they are back; the display shows it on break. */
  'queue.counters.break': operation({ input: counterRef, output: counter, access: 'session', invalidates: ['queue.', 'display.'] }),
  'queue.counters.resume': operation({ input: counterRef, output: counter, access: 'session', invalidates: ['queue.', 'display.'] }),

  /** Today's queue: every service's load and the tickets not yet finished. */
  'queue.overview': operation({
    input: z.strictObject({}),
    output: z.strictObject({ businessDay: z.string(), services: z.array(serviceLoad), tickets: z.array(ticket) }),
    access: 'session',
    invalidates: [],
  }),
  'queue.issue': operation({
    input: z.strictObject({
      serviceId: id,
      customerId: id.nullable().default(null),
      assetId: id.nullable().default(null),
      priority: z.boolean({ error: 'must be true or false' }).default(false),
      /** The receptionist saw the "many waiting" warning and issues anyway. */
      confirmBusy: z.boolean({ error: 'must be true or false' }).default(false),
      /** The customer already holds a live number or a booking today, and the receptionist issues another anyway. */
      confirmDuplicate: z.boolean({ error: 'must be true or false' }).default(false),
      print: z.boolean({ error: 'must be true or false' }).default(true),
    }),
    output: issued,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: ISSUED_CUSTOMER,
  }),
  /**
   * What reception needs once a customer is picked: their numbers still live today (waiting, called,
   * being served, parked), their bookings still to arrive today, and the service they usually come for.
   */
  'queue.customerToday': operation({
    input: z.strictObject({ customerId: id }),
    output: customerToday,
    access: 'session',
    invalidates: [],
  }),
  'queue.ticket': operation({
    input: ticketRef,
    output: z.strictObject({ ticket, events: z.array(ticketEvent) }),
    access: 'session',
    invalidates: [],
  }),
  'queue.reprintSlip': operation({
    input: ticketRef,
    output: z.strictObject({ printJobId: z.number().int().nullable() }),
    access: 'session',
    invalidates: ['print.'],
  }),
  /** The counter's screen: who sits there, the ticket at the counter, what is parked, what waits for it. */
  'queue.counter': operation({
    input: counterRef,
    output: z.strictObject({
      counter,
      current: ticket.nullable(),
      parked: z.array(ticket),
      waiting: z.number().int(),
      next: ticket.nullable(),
      estimatedMinutes: z.number().int(),
    }),
    access: 'session',
    invalidates: [],
  }),
  /** Calls the next ticket in call order; `ticket` is null when nobody is waiting for the counter (nothing changes then). */
  'queue.callNext': operation({
    input: counterRef,
    output: z.strictObject({ ticket: ticket.nullable() }),
    access: 'session',
    invalidates: CALL_READS,
  }),
  /** Calls one chosen ticket (a parked one, or a pick from the list) to the counter. */
  'queue.call': operation({
    input: z.strictObject({ counterId: id, ticketId: id }),
    output: ticket,
    access: 'session',
    invalidates: CALL_READS,
  }),
  'queue.recall': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.skip': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.reinstate': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.park': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.transfer': operation({
    input: z
      .strictObject({ ticketId: id, serviceId: id.nullable().default(null), counterId: id.nullable().default(null) })
      .refine((t) => t.serviceId !== null || t.counterId !== null, { path: ['serviceId'], error: 'choose a service or a counter' }),
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.start': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.finish': operation({
    input: ticketRef,
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
  'queue.cancel': operation({
    input: z.strictObject({ ticketId: id, reason: optionalText(200).default('') }),
    output: ticket,
    access: 'session',
    invalidates: QUEUE_READS,
    invalidatesRecords: TICKET_CUSTOMER,
  }),
};
