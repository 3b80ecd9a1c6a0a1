import { describe, expect, it } from 'vitest';
import {
  EXCLUSIONS,
  WARRANTY_OUTCOMES,
  WARRANTY_REASONS,
  warrantyRuleSet,
  WARRANTY_PRESETS,
} from '../../electron/core/services/jobs/index.ts';
import { coreT } from '../../electron/core/i18n.ts';
import { resources } from '../../shared/i18n/index.ts';
import { reasonOptions } from '../../shared/warranty-words.ts';
import { decide, outcomeOf } from '../support/warranty.ts';

/** Exclusions, cases the rules cannot decide, staff overrides, rule validation, and the words for every reason. */
const handset = (more: Partial<Parameters<typeof decide>[3]>) =>
  decide('phoneSanbao', 'phone', 'handset', { purchased: '2026-03-01', intake: '2026-03-05', ...more });

describe('exclusions', () => {
  it.each([
    ['waterIndicator', 'waterDamage'],
    ['liquidTraces', 'waterDamage'],
    ['bentOrCrushed', 'dropOrCrush'],
    ['impactMarks', 'dropOrCrush'],
    ['sealBroken', 'privateDisassembly'],
    ['nonOriginalParts', 'nonOriginalParts'],
    ['imeiMismatch', 'serialMismatch'],
  ])('the finding %s excludes the case (%s), even inside the return window', (finding, exclusion) => {
    expect(outcomeOf(handset({ findings: [finding] }))).toEqual({ outcome: 'excluded', reasons: [exclusion] });
  });

  it('an intake answer triggers an exclusion as a finding does', () => {
    expect(outcomeOf(handset({ answers: ['repairedElsewhere'] }))).toEqual({ outcome: 'excluded', reasons: ['privateDisassembly'] });
  });

  it('an asset without proof of purchase is excluded, and the dates are still shown', () => {
    const none = handset({ proof: 'none' });
    expect(outcomeOf(none)).toEqual({ outcome: 'excluded', reasons: ['noProofOfPurchase'] });
    expect(none.dates).toMatchObject({ day: 4, returnUntil: '2026-03-08' });
    expect(outcomeOf(handset({ proof: 'none', purchased: null }))).toEqual({ outcome: 'excluded', reasons: ['noProofOfPurchase'] });
    expect(outcomeOf(handset({ proof: 'none', purchased: '2026-04-01' }))).toEqual({ outcome: 'excluded', reasons: ['noProofOfPurchase'] });
  });

  it('every exclusion found is named, in a fixed order', () => {
    const all = handset({ findings: ['imeiMismatch', 'waterIndicator', 'impactMarks', 'sealBroken', 'nonOriginalParts'], proof: 'none' });
    expect(outcomeOf(all)).toEqual({ outcome: 'excluded', reasons: [...EXCLUSIONS] });
  });

  it('a finding no trigger names, or an exclusion the rule does not list, changes nothing', () => {
    expect(handset({ findings: ['scratches'] }).outcome).toBe('returnEligible');
    const fitted = decide('phoneSanbao', 'phone', 'shopRepair', {
      purchased: '2026-05-01',
      intake: '2026-06-01',
      findings: ['nonOriginalParts', 'imeiMismatch'],
    });
    expect(fitted.outcome).toBe('inWarranty');
  });

  it('a car’s findings exclude it as well', () => {
    const car = (findings: string[]) =>
      decide('car', 'car', 'private', { purchased: '2026-01-10', intake: '2026-06-01', mileageKm: 5000, findings });
    expect(outcomeOf(car(['floodDamage']))).toEqual({ outcome: 'excluded', reasons: ['waterDamage'] });
    expect(outcomeOf(car(['collisionDamage', 'repairedElsewhere']))).toEqual({
      outcome: 'excluded',
      reasons: ['dropOrCrush', 'privateDisassembly'],
    });
  });
});

describe('cases the rules cannot decide', () => {
  it('no rule for the category and part', () => {
    const v = decide('phoneSanbao', 'phone', 'screenProtector', { purchased: '2026-03-01', intake: '2026-03-05' });
    expect(outcomeOf(v)).toEqual({ outcome: 'needsDecision', reasons: ['noRule'] });
    expect(v.computed.reasons[0]?.params).toEqual({ category: 'phone', part: 'screenProtector' });
    expect(v.rule).toBeNull();
  });

  it('no purchase date, or one after the intake', () => {
    expect(outcomeOf(handset({ purchased: null }))).toEqual({ outcome: 'needsDecision', reasons: ['purchaseDateUnknown'] });
    const later = handset({ purchased: '2026-03-06' });
    expect(outcomeOf(later)).toEqual({ outcome: 'needsDecision', reasons: ['purchaseAfterIntake'] });
    expect(later.computed.reasons[0]?.params).toEqual({ purchasedOn: '2026-03-06', intakeOn: '2026-03-05' });
  });
});

describe('a staff override', () => {
  it('decides the outcome, and the computed one is kept for the audit', () => {
    const override = { outcome: 'inWarranty' as const, reason: 'Goodwill: a regular customer', staffId: 3 };
    const v = handset({ findings: ['waterIndicator'], override });
    expect(v.outcome).toBe('inWarranty');
    expect(v.override).toEqual(override);
    expect(outcomeOf(v)).toEqual({ outcome: 'inWarranty', reasons: ['waterDamage'] });
    expect(v.computed.outcome).toBe('excluded');
    expect(handset({}).override).toBeNull();
  });
});

describe('rule validation', () => {
  const base = WARRANTY_PRESETS.phoneSanbao;
  const handsetRule = base.rules[0];
  const issues = (value: unknown) => {
    const r = warrantyRuleSet.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts both presets as they ship', () => {
    expect(issues(WARRANTY_PRESETS.phoneSanbao)).toEqual([]);
    expect(issues(WARRANTY_PRESETS.car)).toEqual([]);
  });

  it('refuses unknown fields, naming them', () => {
    expect(issues({ ...base, extra: 1 })).toEqual([expect.stringContaining('extra')]);
    expect(issues({ ...base, rules: [{ ...handsetRule, colour: 'red' }] })).toEqual([expect.stringContaining('colour')]);
  });

  it('refuses a bad window, period or exclusion, naming the field', () => {
    const rule = (patch: object) => issues({ ...base, rules: [{ ...handsetRule, ...patch }] });
    expect(rule({ exchangeWindow: { days: 5, km: null } })).toEqual([
      'rules.0.exchangeWindow.days: must not be shorter than the return window',
    ]);
    expect(rule({ returnWindow: { days: -1, km: null } })).toEqual(['rules.0.returnWindow.days: must be at least 1']);
    expect(rule({ period: { count: 1.5, unit: 'months', km: null } })).toEqual(['rules.0.period.count: must be a whole number']);
    expect(rule({ period: { count: 12, unit: 'years', km: null } })).toEqual(['rules.0.period.unit: must be months or days']);
    expect(rule({ exclusions: ['waterDamage', 'waterDamage'] })).toEqual(['rules.0.exclusions: must not list an exclusion twice']);
    expect(rule({ exclusions: ['rain'] })).toEqual(['rules.0.exclusions.0: must be a known exclusion']);
    expect(rule({ part: 'hand set' })).toEqual([expect.stringMatching(/^rules\.0\.part: must be letters/)]);
  });

  it('refuses a second rule for one category and part, and a fact triggering twice', () => {
    expect(issues({ ...base, rules: [handsetRule, handsetRule] })).toEqual(['rules.1.part: phone/handset has a rule already']);
    const triggers = [...base.triggers, { fact: 'waterIndicator', exclusion: 'dropOrCrush' }];
    expect(issues({ ...base, triggers })).toEqual([`triggers.${base.triggers.length}.fact: waterIndicator is listed twice`]);
  });
});

describe('the words for every outcome and reason', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

  it('every outcome and reason code has its message in en and zh-CN', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { outcomes, reasons } = resources[language].warranty;
      expect(Object.keys(outcomes).sort()).toEqual([...WARRANTY_OUTCOMES].sort());
      // A reason may have wordings for a context too (withinWarranty_none: no days added), as i18next names them.
      expect(
        Object.keys(reasons)
          .filter((k) => !k.includes('_'))
          .sort(),
      ).toEqual([...WARRANTY_REASONS].sort());
      for (const key of Object.keys(reasons).filter((k) => k.includes('_'))) expect(WARRANTY_REASONS).toContain(key.split('_')[0]);
    }
  });

  it('a reason with no days added by earlier repairs says nothing of them, in both languages', () => {
    const within = handset({ intake: '2026-05-10' }).computed.reasons.find((r) => r.code === 'withinWarranty');
    expect(within?.params.extendedDays).toBe(0);
    const words = (locale: 'en' | 'zh-CN', params: Record<string, string | number>) =>
      coreT(locale, 'warranty')('reasons.withinWarranty', reasonOptions(params));
    expect(words('en', within?.params ?? {})).toBe('Within the warranty period, until 2027-03-01.');
    expect(words('zh-CN', within?.params ?? {})).toBe('在保修期内，至 2027-03-01。');
    expect(words('en', { ...within?.params, extendedDays: 12 })).toContain('(12 days added for earlier repairs)');
    expect(words('zh-CN', { ...within?.params, extendedDays: 12 })).toContain('顺延的 12 天');
  });

  it('each message is filled by the params the engine gives with that reason', () => {
    const verdicts = [
      handset({}),
      handset({ intake: '2026-03-10' }),
      handset({ intake: '2026-05-10' }),
      handset({ intake: '2027-05-10' }),
      decide('phoneSanbao', 'phone', 'battery', { purchased: '2026-03-01', intake: '2026-03-05' }),
      decide('car', 'car', 'taxi', { purchased: '2026-01-10', intake: '2026-03-01', mileageKm: 200_000 }),
      decide('car', 'car', 'private', { purchased: '2026-01-10', intake: '2026-03-01', mileageKm: null }),
      decide('car', 'car', 'private', { purchased: '2026-01-10', intake: '2026-03-01', mileageKm: 1, startKm: 2 }),
      handset({ findings: ['imeiMismatch', 'waterIndicator', 'impactMarks', 'sealBroken', 'nonOriginalParts'], proof: 'none' }),
      handset({ purchased: null }),
      handset({ purchased: '2026-04-01' }),
      decide('phoneSanbao', 'phone', 'tripod', { purchased: '2026-03-01', intake: '2026-03-05' }),
    ];
    const seen = new Set<string>();
    for (const { code, params } of verdicts.flatMap((v) => v.computed.reasons)) {
      seen.add(code);
      for (const language of ['en', 'zh-CN'] as const) {
        for (const name of placeholders(resources[language].warranty.reasons[code]))
          expect(params, `${language} ${code}`).toHaveProperty(name as string);
      }
    }
    expect([...seen].sort(), 'every reason is reached by one of the cases').toEqual([...WARRANTY_REASONS].sort());
  });
});
