import { z } from 'zod';
import { text } from './fields.ts';

/**
 * Warranty rules as the shop stores them: one rule per product category and part, and the facts found at
 * intake (condition-check findings, intake answers) that exclude a case. Validated here so the settings
 * screen, the store and the presets all agree on what a rule is.
 */

/** Why a case is not covered. `noProofOfPurchase` is also raised by an asset recorded without proof. */
export const EXCLUSIONS = [
  'waterDamage',
  'dropOrCrush',
  'privateDisassembly',
  'nonOriginalParts',
  'noProofOfPurchase',
  'serialMismatch',
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** What the warranty engine decides for a case (and what a member of staff may decide instead). */
export const WARRANTY_OUTCOMES = [
  'returnEligible',
  'exchangeEligible',
  'inWarranty',
  'outOfWarranty',
  'excluded',
  'needsDecision',
] as const;
export type WarrantyOutcome = (typeof WARRANTY_OUTCOMES)[number];

/** The outcomes under which the warranty pays for work: only then may a line be marked covered. */
export const COVERING_OUTCOMES: readonly WarrantyOutcome[] = ['returnEligible', 'exchangeEligible', 'inWarranty'];

const whole = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** A key the shop's lists refer to ("handset", "waterIndicator"): letters, digits and dashes. */
const key = z
  .string({ error: 'must be a key' })
  .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, { error: 'must be letters, digits and dashes, starting with a letter (at most 40)' });

const distanceKm = whole(1, 10_000_000).nullable();

/** A return or exchange window: so many days after the sale, and optionally so many km, whichever comes first. */
const windowRule = z.strictObject({ days: whole(1, 3650), km: distanceKm });

/** The warranty period: so many months (or days) after the sale, and optionally so many km, whichever comes first. */
const periodRule = z.strictObject({
  count: whole(1, 600),
  unit: z.enum(['months', 'days'], { error: 'must be months or days' }),
  km: distanceKm,
});

export const warrantyRule = z
  .strictObject({
    category: key,
    part: key,
    nameZh: text(40),
    nameEn: text(60),
    returnWindow: windowRule.nullable(),
    exchangeWindow: windowRule.nullable(),
    period: periodRule,
    /** What the period gives: a free repair (a handset), or a free exchange (an accessory under 三包). */
    remedy: z.enum(['repair', 'exchange'], { error: 'must be repair or exchange' }),
    /** Days an earlier repair kept the item in the shop are added to the period (三包: 修理占用时间不计入). */
    extendByRepairTime: z.boolean({ error: 'must be true or false' }),
    /** The exclusions that apply to this rule; a triggered exclusion not listed here is ignored. */
    exclusions: z.array(z.enum(EXCLUSIONS, { error: 'must be a known exclusion' })).max(EXCLUSIONS.length),
  })
  .superRefine((rule, ctx) => {
    const { returnWindow: ret, exchangeWindow: exchange } = rule;
    if (ret && exchange && exchange.days < ret.days)
      ctx.addIssue({ code: 'custom', path: ['exchangeWindow', 'days'], message: 'must not be shorter than the return window' });
    if (new Set(rule.exclusions).size !== rule.exclusions.length)
      ctx.addIssue({ code: 'custom', path: ['exclusions'], message: 'must not list an exclusion twice' });
  });
export type WarrantyRule = z.infer<typeof warrantyRule>;

/** A finding or intake answer (by its key) that triggers an exclusion. */
const trigger = z.strictObject({ fact: key, exclusion: z.enum(EXCLUSIONS, { error: 'must be a known exclusion' }) });

export const warrantyRuleSet = z
  .strictObject({
    rules: z.array(warrantyRule).min(1, { error: 'needs at least one rule' }).max(200),
    triggers: z.array(trigger).max(200),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, i) => {
      const name = `${rule.category}/${rule.part}`;
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'part'], message: `${name} has a rule already` });
      seen.add(name);
    });
    const facts = new Set<string>();
    set.triggers.forEach((t, i) => {
      if (facts.has(t.fact)) ctx.addIssue({ code: 'custom', path: ['triggers', i, 'fact'], message: `${t.fact} is listed twice` });
      facts.add(t.fact);
    });
  });
export type WarrantyRuleSet = z.infer<typeof warrantyRuleSet>;
