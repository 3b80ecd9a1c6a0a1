import { z } from 'zod';
import { currency, locale, optionalText, phone, taxMode, taxRateBp, text, timeZone } from './fields.ts';

export const storeProfileInput = z.strictObject({
  name: text(80),
  address: optionalText(200),
  phone: z.union([phone, z.literal('')], { error: 'must be a phone number' }),
  currency,
  taxMode,
  taxRateBp,
  locale,
  timeZone,
});
export type StoreProfileInput = z.infer<typeof storeProfileInput>;

export const storeProfile = z.strictObject({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  currency: z.string(),
  taxMode,
  taxRateBp: z.number().int(),
  locale,
  timeZone: z.string(),
  demo: z.boolean(),
});
export type StoreProfile = z.infer<typeof storeProfile>;
