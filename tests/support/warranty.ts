import { evaluateWarranty, WARRANTY_PRESETS, type WarrantyCase, type WarrantyVerdict } from '../../electron/core/services/jobs/index.ts';
import { zonedInstant } from '../../shared/time.ts';

/** Warranty cases in a shop in Shanghai: purchase and intake given as store-local dates. */
const ZONE = 'Asia/Shanghai';

export interface CaseFacts {
  purchased: string | null;
  intake: string;
  /** Store-local time of day of the intake, "10:00" unless given. */
  clock?: string;
  mileageKm?: number | null;
  startKm?: number | null;
  proof?: WarrantyCase['purchase']['proof'];
  findings?: string[];
  answers?: string[];
  repairs?: WarrantyCase['repairs'];
  override?: WarrantyCase['override'];
}

/** Decides a case with one of the presets, or with a rule set given in full. */
export function decide(
  rules: keyof typeof WARRANTY_PRESETS | WarrantyCase['rules'],
  category: string,
  part: string,
  f: CaseFacts,
): WarrantyVerdict {
  return evaluateWarranty({
    rules: typeof rules === 'string' ? WARRANTY_PRESETS[rules] : rules,
    category,
    part,
    purchase: { date: f.purchased, proof: f.proof ?? 'invoice', mileageKm: f.startKm ?? null },
    intake: { at: zonedInstant(f.intake, f.clock ?? '10:00', ZONE), mileageKm: f.mileageKm ?? null },
    timeZone: ZONE,
    findings: f.findings ?? [],
    answers: f.answers ?? [],
    repairs: f.repairs ?? [],
    override: f.override ?? null,
  });
}

/** The outcome and the reason codes, which most expectations compare. */
export const outcomeOf = (v: WarrantyVerdict) => ({ outcome: v.outcome, reasons: v.computed.reasons.map((r) => r.code) });
