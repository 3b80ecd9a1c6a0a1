import { z } from 'zod';

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

export const settings = z.object({
  /** Minutes an account stays locked after five wrong PINs. */
  lockoutMinutes: whole(1, 1440),
  /** Minutes of no activity before the console returns to the sign-in screen; 0 never. */
  autoLockMinutes: whole(0, 240),
  /** How many automatic daily backups are kept. */
  backupKeepDaily: whole(1, 365),
  /** Whether the station server also listens on the shop's LAN. */
  lanListening: z.boolean({ error: 'must be true or false' }),
});
export type Settings = z.infer<typeof settings>;

export const settingsInput = settings.partial();

export const DEFAULT_SETTINGS: Settings = {
  lockoutMinutes: 15,
  autoLockMinutes: 0,
  backupKeepDaily: 14,
  lanListening: false,
};

/** Wrong PINs in a row that lock an account. */
export const MAX_PIN_ATTEMPTS = 5;
