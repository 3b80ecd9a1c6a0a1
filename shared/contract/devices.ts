import { z } from 'zod';
import { operation } from './define.ts';
import { id, isoInstant, locale, text } from './fields.ts';
import { displayCall } from './queue.ts';
import { settings } from './settings.ts';

/** Paired devices (a TV showing the queue) and the public display state they may read. */

const DEVICE_KINDS = ['display'] as const;

/** Minutes a pairing code stays valid. */
export const PAIRING_CODE_MINUTES = 10;
/** Wrong pairing codes within PAIRING_WINDOW_MINUTES after which all pairing is refused for a while. */
export const PAIRING_MAX_WRONG = 5;
export const PAIRING_WINDOW_MINUTES = 10;
export const PAIRING_LOCK_MINUTES = 15;
/** Calls the display lists besides the current one. */
export const DISPLAY_RECENT_CALLS = 6;
/** Ready jobs the display lists, the latest ready first: what its pickup card holds on a 1920x1080 screen. */
export const DISPLAY_READY_ITEMS = 8;

export const pairingCode = z
  .string({ error: 'must be 6 digits' })
  .trim()
  .regex(/^\d{6}$/, { error: 'must be 6 digits' });

const device = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(DEVICE_KINDS),
  pairedAt: isoInstant,
  pairedById: z.number().int(),
  pairedByName: z.string(),
  pairedFrom: z.string(),
  lastSeenAt: isoInstant.nullable(),
  revokedAt: isoInstant.nullable(),
});
export type Device = z.infer<typeof device>;

/** A service's queue as the display shows it: its name in both languages, who waits, about how long. */
const displayService = z.strictObject({
  serviceId: z.number().int(),
  prefix: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  waiting: z.number().int(),
  estimatedMinutes: z.number().int(),
});

/** A counter on break, as the display names it next to "on break". */
const displayBreak = z.strictObject({
  counterId: z.number().int(),
  counterNameZh: z.string(),
  counterNameEn: z.string(),
  since: isoInstant,
});

/** A finished job waiting for its customer: its number and the masked name, never a phone. */
/** A job ready for pickup, by its number only: the waiting room never sees whose it is. */
const readyItem = z.strictObject({ number: z.string() });

/** Everything the public queue display shows and says. Nothing private: names masked, no phones. */
const displayState = z.strictObject({
  storeName: z.string(),
  locale,
  timeZone: z.string(),
  demo: z.boolean(),
  displayNotice: settings.shape.displayNotice,
  voiceEnabled: settings.shape.voiceEnabled,
  voiceLanguages: settings.shape.voiceLanguages,
  voiceRepeat: settings.shape.voiceRepeat,
  voiceVolume: settings.shape.voiceVolume,
  /** The latest call of the business day. */
  current: displayCall.nullable(),
  /** The calls before it today, newest first, one per ticket. */
  recent: z.array(displayCall),
  services: z.array(displayService),
  /** The active counters on break, in their set-up order. */
  breaks: z.array(displayBreak),
  /** Jobs ready for pickup, the latest ready first, at most DISPLAY_READY_ITEMS. */
  readyForPickup: z.array(readyItem),
  serverTime: isoInstant,
});
export type DisplayState = z.infer<typeof displayState>;

const deviceRef = z.strictObject({ id });

export const devicesOps = {
  /** A fresh one-time code for pairing a display; replaces the unused one. */
  'devices.pairingCode': operation({
    input: z.strictObject({ kind: z.enum(DEVICE_KINDS, { error: 'must be one of: display' }) }),
    output: z.strictObject({ code: z.string(), expiresAt: isoInstant }),
    access: ['admin'],
    invalidates: ['devices.'],
  }),
  'devices.list': operation({
    input: z.strictObject({ includeRevoked: z.boolean({ error: 'must be true or false' }).default(false) }),
    output: z.array(device),
    access: ['admin'],
    invalidates: [],
  }),
  'devices.rename': operation({
    input: z.strictObject({ id, name: text(40) }),
    output: device,
    access: ['admin'],
    invalidates: ['devices.'],
  }),
  /** Ends the device's access at once: its token stops working and its live connection closes. */
  'devices.revoke': operation({ input: deviceRef, output: device, access: ['admin'], invalidates: ['devices.'] }),
  /** A TV or PC enters the code an admin shows; it gets the token it calls with from now on. */
  'display.pair': operation({
    input: z.strictObject({ code: pairingCode, name: text(40) }),
    output: z.strictObject({ token: z.string(), device }),
    access: 'public',
    invalidates: ['devices.'],
  }),
  'display.state': operation({ input: z.strictObject({}), output: displayState, access: 'display', invalidates: [] }),
};
