import type { PROOFS } from '../../../../shared/contract/customers.ts';
import { businessDate } from '../../../../shared/time.ts';
import { daysFrom, plusDays, plusMonths } from './calendar.ts';
import {
  EXCLUSIONS,
  type Exclusion,
  type WarrantyOutcome,
  type WarrantyRule,
  type WarrantyRuleSet,
} from '../../../../shared/contract/warranty-rules.ts';

/**
 * The warranty engine: a pure function of the rules and the facts of one case. Periods are counted as
 * the Civil Code counts them (民法典 art. 201): the day of the sale is day 0, the next day is day 1, and a
 * period of N days or months ends at the end of its last day. "Within 7 days" is day 1 to day 7.
 */

/** Every reason the engine gives; each has a message in the `warranty` catalogue, filled in from its params. */
export const WARRANTY_REASONS = [
  'withinReturn',
  'withinExchange',
  'withinWarranty',
  'accessoryExchange',
  'periodEnded',
  'distanceExceeded',
  ...EXCLUSIONS,
  'noRule',
  'purchaseDateUnknown',
  'purchaseAfterIntake',
  'mileageUnknown',
  'mileageBelowPurchase',
] as const;
type WarrantyReasonCode = (typeof WARRANTY_REASONS)[number];
interface WarrantyReason {
  code: WarrantyReasonCode;
  params: Record<string, string | number>;
}

export interface WarrantyCase {
  rules: WarrantyRuleSet;
  category: string;
  part: string;
  /** The sale, or for a part fitted by the shop, the fitting: store-local date, proof, odometer then (0 when new). */
  purchase: { date: string | null; proof: (typeof PROOFS)[number]; mileageKm: number | null };
  /** The instant the item was taken in, and the odometer then. */
  intake: { at: number; mileageKm: number | null };
  timeZone: string;
  /** Keys of the condition-check findings and of the intake answers that hold ("waterIndicator", "repairedElsewhere"). */
  findings: readonly string[];
  answers: readonly string[];
  /** Earlier repairs of this item: the store-local dates it came in and went back (null while still here). */
  repairs: readonly { receivedOn: string; returnedOn: string | null }[];
  /** A member of staff deciding otherwise, with their reason. */
  override: WarrantyOverride | null;
}

interface WarrantyOverride {
  outcome: WarrantyOutcome;
  reason: string;
  staffId: number;
}

/** The dates (and distance) the decision used, for the intake screen and the printed ticket. */
interface WarrantyDates {
  purchasedOn: string;
  intakeOn: string;
  /** Day of ownership at intake: the day after the sale is day 1. */
  day: number;
  returnUntil: string | null;
  exchangeUntil: string | null;
  /** The last day of the period, extended by earlier repair time. */
  warrantyUntil: string;
  extendedDays: number;
  /** Distance since the sale at intake, when known. */
  distanceKm: number | null;
}

export interface WarrantyVerdict {
  /** What applies: the override's outcome when staff overrode, else the computed one. */
  outcome: WarrantyOutcome;
  /** What the rules say, kept for the audit trail even when overridden. */
  computed: { outcome: WarrantyOutcome; reasons: WarrantyReason[] };
  override: WarrantyOverride | null;
  rule: WarrantyRule | null;
  dates: WarrantyDates | null;
}

type Computed = Omit<WarrantyVerdict, 'outcome' | 'override'>;
const reason = (code: WarrantyReasonCode, params: Record<string, string | number> = {}): WarrantyReason => ({ code, params });

/** The exclusions a case triggers: its findings and answers through the triggers, and a missing proof of purchase. */
function triggeredExclusions(c: WarrantyCase, rule: WarrantyRule): Exclusion[] {
  const facts = new Set([...c.findings, ...c.answers]);
  const hit = new Set(c.rules.triggers.filter((t) => facts.has(t.fact)).map((t) => t.exclusion));
  if (c.purchase.proof === 'none') hit.add('noProofOfPurchase');
  return EXCLUSIONS.filter((e) => hit.has(e) && rule.exclusions.includes(e));
}

/** The period's last day, then each earlier repair begun inside the (running) period adds the days it took. */
function periodEnd(rule: WarrantyRule, purchasedOn: string, repairs: WarrantyCase['repairs']): { until: string; extendedDays: number } {
  const { count, unit } = rule.period;
  let until = unit === 'months' ? plusMonths(purchasedOn, count) : plusDays(purchasedOn, count);
  let extendedDays = 0;
  if (!rule.extendByRepairTime) return { until, extendedDays };
  const done = repairs.filter((r): r is { receivedOn: string; returnedOn: string } => r.returnedOn !== null);
  for (const r of [...done].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))) {
    if (r.receivedOn <= purchasedOn || r.receivedOn > until) continue;
    const days = Math.max(0, daysFrom(r.receivedOn, r.returnedOn));
    extendedDays += days;
    until = plusDays(until, days);
  }
  return { until, extendedDays };
}

type Within = 'yes' | 'pastDays' | 'pastKm' | 'pastBoth' | 'kmUnknown';

/** Whichever comes first: inside only while both the last day and the distance (when limited) are not passed. */
function within(intakeOn: string, until: string, limitKm: number | null, distanceKm: number | null): Within {
  const days = intakeOn <= until;
  if (limitKm === null) return days ? 'yes' : 'pastDays';
  if (distanceKm === null) return days ? 'kmUnknown' : 'pastDays';
  const km = distanceKm <= limitKm;
  if (days && km) return 'yes';
  if (days) return 'pastKm';
  return km ? 'pastDays' : 'pastBoth';
}

function decide(c: WarrantyCase): Computed {
  const rule = c.rules.rules.find((r) => r.category === c.category && r.part === c.part) ?? null;
  if (!rule)
    return {
      computed: { outcome: 'needsDecision', reasons: [reason('noRule', { category: c.category, part: c.part })] },
      rule,
      dates: null,
    };
  const needsDecision = (why: WarrantyReason, dates: WarrantyDates | null = null): Computed => ({
    computed: { outcome: 'needsDecision', reasons: [why] },
    rule,
    dates,
  });

  const excluded = triggeredExclusions(c, rule);
  const excludedBy = (dates: WarrantyDates | null): Computed => ({
    computed: { outcome: 'excluded', reasons: excluded.map((e) => reason(e)) },
    rule,
    dates,
  });
  const purchasedOn = c.purchase.date;
  if (purchasedOn === null) return excluded.length > 0 ? excludedBy(null) : needsDecision(reason('purchaseDateUnknown'));
  const intakeOn = businessDate(c.intake.at, c.timeZone);
  const day = daysFrom(purchasedOn, intakeOn);
  if (day < 0) return excluded.length > 0 ? excludedBy(null) : needsDecision(reason('purchaseAfterIntake', { purchasedOn, intakeOn }));

  const startKm = c.purchase.mileageKm ?? 0;
  const distanceKm = c.intake.mileageKm === null ? null : c.intake.mileageKm - startKm;
  const { until: warrantyUntil, extendedDays } = periodEnd(rule, purchasedOn, c.repairs);
  const returnUntil = rule.returnWindow ? plusDays(purchasedOn, rule.returnWindow.days) : null;
  const exchangeUntil = rule.exchangeWindow ? plusDays(purchasedOn, rule.exchangeWindow.days) : null;
  const dates: WarrantyDates = { purchasedOn, intakeOn, day, returnUntil, exchangeUntil, warrantyUntil, extendedDays, distanceKm };

  if (excluded.length > 0) return excludedBy(dates);
  if (distanceKm !== null && distanceKm < 0)
    return needsDecision(reason('mileageBelowPurchase', { mileageKm: c.intake.mileageKm ?? 0, startKm }), dates);
  const decided = (outcome: WarrantyOutcome, ...reasons: WarrantyReason[]): Computed => ({ computed: { outcome, reasons }, rule, dates });

  for (const [window, until, outcome, code] of [
    [rule.returnWindow, returnUntil, 'returnEligible', 'withinReturn'],
    [rule.exchangeWindow, exchangeUntil, 'exchangeEligible', 'withinExchange'],
  ] as const) {
    if (!window || until === null) continue;
    const inside = within(intakeOn, until, window.km, distanceKm);
    if (inside === 'kmUnknown') return needsDecision(reason('mileageUnknown', { limitKm: window.km ?? 0 }), dates);
    if (inside === 'yes') return decided(outcome, reason(code, { day, days: window.days, until }));
  }

  const limitKm = rule.period.km;
  const distance = { km: distanceKm ?? 0, limitKm: limitKm ?? 0 };
  switch (within(intakeOn, warrantyUntil, limitKm, distanceKm)) {
    case 'kmUnknown':
      return needsDecision(reason('mileageUnknown', { limitKm: limitKm ?? 0 }), dates);
    case 'pastDays':
      return decided('outOfWarranty', reason('periodEnded', { until: warrantyUntil }));
    case 'pastKm':
      return decided('outOfWarranty', reason('distanceExceeded', distance));
    case 'pastBoth':
      return decided('outOfWarranty', reason('periodEnded', { until: warrantyUntil }), reason('distanceExceeded', distance));
    case 'yes':
      return rule.remedy === 'exchange'
        ? decided('exchangeEligible', reason('accessoryExchange', { until: warrantyUntil }))
        : decided('inWarranty', reason('withinWarranty', { until: warrantyUntil, extendedDays }));
  }
}

/** Decides one case. An override replaces the outcome; the computed outcome and its reasons are kept beside it. */
export function evaluateWarranty(c: WarrantyCase): WarrantyVerdict {
  const decided = decide(c);
  return { ...decided, outcome: c.override?.outcome ?? decided.computed.outcome, override: c.override };
}
