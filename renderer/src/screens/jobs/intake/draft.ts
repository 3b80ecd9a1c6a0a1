import type { IntakeInput } from '../../../../../shared/contract/jobs.ts';
import type { WarrantyOutcome } from '../../../../../shared/contract/warranty-rules.ts';

/** What a screen hands to `/jobs/new` in the route state. */
export interface IntakeStart {
  /** The ticket at the counter, a checked-in booking, or a customer's page. */
  source: IntakeInput['source'];
  customerId: number | null;
  assetId?: number | null;
  serviceId?: number | null;
}

export interface DraftLine {
  kind: 'part' | 'labour' | 'fee';
  description: string;
  quantity: number;
  /** In the store's currency as typed (major units); turned into minor units on save. */
  unitPrice: number;
  /** Staff's mark that the warranty pays for it; null until they choose (then labour is covered when the warranty covers the job). */
  covered: boolean | null;
}

/** Whether a line is the warranty's: only when the warranty covers the job; staff's mark, else labour is. */
export const lineCovered = (line: DraftLine, warrantyCovers: boolean): boolean =>
  warrantyCovers && (line.covered ?? line.kind === 'labour');

export interface ConditionDraft {
  state: 'ok' | 'damaged';
  note: string;
}

/** The form as typed: everything `jobs.intake` takes, plus the photos sent after the job exists. */
export interface IntakeDraft {
  customerId: number | null;
  assetId: number | null;
  fault: string;
  accessories: string[];
  condition: Record<string, ConditionDraft>;
  photos: Record<string, string[]>;
  passcode: string;
  lines: DraftLine[];
  deposit: number;
  promisedReadyAt: string | null;
  mileageKm: number | null;
  warranty: { category: string; part: string; answers: string[] } | null;
  override: { outcome: WarrantyOutcome; reason: string } | null;
  signature: string | null;
}

export function emptyDraft(start: IntakeStart): IntakeDraft {
  return {
    customerId: start.customerId,
    assetId: start.assetId ?? null,
    fault: '',
    accessories: [],
    condition: {},
    photos: {},
    passcode: '',
    lines: [],
    deposit: 0,
    promisedReadyAt: null,
    mileageKm: null,
    warranty: null,
    override: null,
    signature: null,
  };
}

const toMinor = (major: number, digits: number) => Math.round(major * 10 ** digits);

/** The operation's input; a missing customer is sent as 0 so the station names the field. `warrantyCovers`: the verdict pays for work. */
export function intakeInput(draft: IntakeDraft, start: IntakeStart, digits: number, warrantyCovers: boolean): IntakeInput {
  return {
    customerId: draft.customerId ?? 0,
    assetId: draft.assetId,
    serviceId: start.serviceId ?? null,
    source: start.source,
    fault: draft.fault.trim(),
    accessories: draft.accessories,
    condition: draft.condition,
    passcode: draft.passcode,
    lines: draft.lines.map((l) => ({
      kind: l.kind,
      description: l.description.trim(),
      quantity: l.quantity,
      unitPriceMinor: toMinor(l.unitPrice, digits),
      warrantyCovered: lineCovered(l, warrantyCovers),
    })),
    depositMinor: toMinor(draft.deposit, digits),
    promisedReadyAt: draft.promisedReadyAt,
    mileageKm: draft.mileageKm,
    warranty: draft.warranty === null ? null : { ...draft.warranty, override: draft.override },
    signature: draft.signature,
    // The ticket (and label) print after the save; a print that fails never undoes it.
    print: true,
  };
}
