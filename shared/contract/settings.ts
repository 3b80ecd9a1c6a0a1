import { z } from 'zod';

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

export const settings = z.strictObject({
  /** Minutes an account stays locked after five wrong PINs. */
  lockoutMinutes: whole(1, 1440),
  /**
   * Minutes without activity after which a staff session locks: the console asks for the same PIN to
   * go on, and the station refuses the session's calls (SESSION_LOCKED) until then.
   */
  autoLockMinutes: whole(1, 720),
  /** How many automatic daily backups are kept. */
  backupKeepDaily: whole(1, 365),
  /** Whether the station server also listens on the shop's LAN. */
  lanListening: z.boolean({ error: 'must be true or false' }),
  /** The notice printed at the foot of a queue slip; empty prints the standard one in the store's language. */
  queueSlipNotice: z.string({ error: 'must be text' }).max(120, { error: 'must be at most 120 characters' }).trim(),
  /** The line the queue display scrolls at its foot. */
  displayNotice: z.string({ error: 'must be text' }).max(200, { error: 'must be at most 200 characters' }).trim(),
  /** Whether the display speaks its calls, and in which languages. */
  voiceEnabled: z.boolean({ error: 'must be true or false' }),
  voiceLanguages: z.enum(['zh-CN', 'en', 'both'], { error: 'must be zh-CN, en or both' }),
  /** How many times each call is announced. */
  voiceRepeat: whole(1, 3),
  /** How loud the chime and the voice are, in percent of the display's own volume. */
  voiceVolume: whole(10, 100),
  /** Minutes either side of an appointment's start in which its checked-in ticket is called first. */
  appointmentGraceMinutes: whole(0, 120),
});
export type Settings = z.infer<typeof settings>;

export const settingsInput = settings.partial();

export const DEFAULT_SETTINGS: Settings = {
  lockoutMinutes: 15,
  autoLockMinutes: 30,
  backupKeepDaily: 14,
  lanListening: false,
  queueSlipNotice: '',
  displayNotice: '',
  voiceEnabled: true,
  voiceLanguages: 'zh-CN',
  voiceRepeat: 2,
  voiceVolume: 100,
  appointmentGraceMinutes: 15,
};

/** Wrong PINs in a row that lock an account. */
export const MAX_PIN_ATTEMPTS = 5;
