import { z } from 'zod';
import { isValidTimeZone } from '../time.ts';
import { CURRENCY_CODES } from '../money.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A trimmed, non-empty line of text no longer than `max` characters. */
export const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` })
    .trim()
    .min(1, { error: 'is required' });

export const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .max(max, { error: `must be at most ${max} characters` })
    .trim();

export const id = z.number({ error: 'must be an id' }).int({ error: 'must be a whole number' }).positive({ error: 'must be positive' });

export const pin = z
  .string({ error: 'must be a PIN' })
  .max(8, { error: 'must be 4 to 8 digits' })
  .regex(/^\d{4,8}$/, { error: 'must be 4 to 8 digits' });

export const phone = z
  .string({ error: 'must be a phone number' })
  .max(32, { error: 'must be at most 32 characters' })
  .trim()
  .regex(/^[+\d][\d\s-]{2,30}$/, { error: 'must be a phone number' });

export const locale = z.enum(LOCALES, { error: 'must be zh-CN or en' });
export const currency = z.enum(CURRENCY_CODES as [string, ...string[]], { error: 'must be a supported currency' });
export const timeZone = z
  .string({ error: 'must be a time zone' })
  .max(64, { error: 'must be a time zone' })
  .refine(isValidTimeZone, { error: 'must be an IANA time zone such as Asia/Shanghai' });

export const TAX_MODES = ['none', 'inclusive', 'exclusive'] as const;
export const taxMode = z.enum(TAX_MODES, { error: 'must be none, inclusive or exclusive' });
/** A tax rate in basis points: 600 is 6%. */
export const taxRateBp = z
  .number({ error: 'must be a rate in basis points' })
  .int({ error: 'must be a whole number of basis points' })
  .min(0, { error: 'must not be negative' })
  .max(10_000, { error: 'must be at most 10000 (100%)' });

export const isoInstant = z.iso.datetime({ error: 'must be an ISO-8601 UTC instant' });

/** A manager's or admin's PIN, given at the counter for a privileged action. */
export const approval = z.strictObject({ approverId: id, pin }, { error: 'a manager approval is required' });
export type Approval = z.infer<typeof approval>;

export const empty = z.strictObject({});
export const ok = z.strictObject({ ok: z.literal(true) });
