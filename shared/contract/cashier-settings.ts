import { z } from 'zod';
import { optionalText } from './fields.ts';

/**
 * How the shop takes money (docs/cashier.md): its tills, the quick-sale list, the discount a cashier
 * may give alone, cash rounding, the drawer's denominations and the variance limits of a blind close.
 * Kept in the store's settings table under one key (`cashier`).
 */

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** An amount of money in minor units (fen): a whole number, never negative. */
export const minor = z
  .number({ error: 'must be an amount' })
  .int({ error: 'must be a whole number of minor units (fen)' })
  .min(0, { error: 'must not be negative' })
  .max(1_000_000_000, { error: 'must be at most 1000000000' });

/** A key of the settings' lists ("till1", "screen-protector"). */
export const cashierKey = z
  .string({ error: 'must be a key' })
  .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, { error: 'must be letters, digits and dashes, starting with a letter (at most 40)' });

const NAME_REQUIRED = 'is required in at least one language (Chinese or English)';
function requireOneName(value: { nameZh: string; nameEn: string }, ctx: z.RefinementCtx): void {
  if (value.nameZh !== '' || value.nameEn !== '') return;
  for (const path of ['nameZh', 'nameEn']) ctx.addIssue({ code: 'custom', path: [path], message: NAME_REQUIRED });
}

function uniqueKeys(items: readonly { key: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `${item.key} is listed twice` });
    seen.add(item.key);
  });
}

const till = z.strictObject({ key: cashierKey, nameZh: optionalText(40), nameEn: optionalText(60) }).superRefine(requireOneName);
/** An item the till sells in a tap: a service fee, an accessory. */
const quickItem = z
  .strictObject({
    key: cashierKey,
    nameZh: optionalText(40),
    nameEn: optionalText(60),
    unitPriceMinor: minor,
    taxable: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine(requireOneName);

export const cashierSettings = z.strictObject({
  tills: z.array(till).min(1, { error: 'keep at least one till' }).max(20).superRefine(uniqueKeys),
  quickItems: z.array(quickItem).max(200).superRefine(uniqueKeys),
  /** A discount above this share of what it discounts (basis points: 1000 is 10%) needs a manager's PIN. */
  discountLimitBp: whole(0, 10_000),
  /** A cash payment that settles a bill may pay it rounded to 0.1 yuan. */
  cashRounding: z.boolean({ error: 'must be true or false' }),
  /** The notes and coins a drawer is counted in, in minor units, largest first. */
  denominations: z
    .array(whole(1, 1_000_000))
    .min(1, { error: 'keep at least one denomination' })
    .max(20)
    .refine((d) => d.every((v, i) => i === 0 || v < d[i - 1]!), { error: 'must run from the largest to the smallest, each once' }),
  /** A blind close whose variance is above this (either way) needs a note. */
  varianceNoteMinor: minor,
  /** ...and above this, a manager's PIN too. */
  varianceApprovalMinor: minor,
});
export type CashierSettings = z.infer<typeof cashierSettings>;

export const cashierSettingsInput = cashierSettings.partial();

/** CNY notes and coins: 100, 50, 20, 10, 5 and 1 yuan, 5 and 1 jiao. */
export const DEFAULT_CASHIER_SETTINGS: CashierSettings = {
  tills: [{ key: 'till1', nameZh: '收银台 1', nameEn: 'Till 1' }],
  quickItems: [
    { key: 'diagnosis', nameZh: '检测费', nameEn: 'Diagnosis fee', unitPriceMinor: 5_000, taxable: true },
    { key: 'screen-protector', nameZh: '钢化膜', nameEn: 'Screen protector', unitPriceMinor: 3_000, taxable: true },
    { key: 'charger', nameZh: '充电器', nameEn: 'Charger', unitPriceMinor: 8_900, taxable: true },
  ],
  discountLimitBp: 1_000,
  cashRounding: false,
  denominations: [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10],
  varianceNoteMinor: 1_000,
  varianceApprovalMinor: 5_000,
};
