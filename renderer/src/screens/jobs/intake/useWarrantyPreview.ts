import { COVERING_OUTCOMES, type WarrantyOutcome } from '../../../../../shared/contract/warranty-rules.ts';
import { useOp } from '../../../api/hooks.ts';
import type { IntakeDraft } from './draft.ts';

type Facts = Pick<IntakeDraft, 'customerId' | 'assetId' | 'condition' | 'mileageKm' | 'warranty'>;

/** The verdict the station would record for the form's facts so far (one query, shared by whoever asks). */
export function useWarrantyPreview(facts: Facts) {
  return useOp(
    'jobs.warrantyPreview',
    {
      customerId: facts.customerId ?? 0,
      assetId: facts.assetId,
      condition: facts.condition,
      mileageKm: facts.mileageKm,
      warranty: facts.warranty ?? { category: '', part: '', answers: [] },
    },
    { enabled: facts.warranty !== null && facts.customerId !== null },
  );
}

/** Whether the warranty pays for work under the form's claim: staff's decision when they made one, else the rules'. */
export function useWarrantyCovers(draft: Facts & Pick<IntakeDraft, 'override'>): boolean {
  const preview = useWarrantyPreview(draft);
  if (draft.warranty === null) return false;
  const outcome: WarrantyOutcome | undefined = draft.override?.outcome ?? preview.data?.outcome;
  return outcome !== undefined && COVERING_OUTCOMES.includes(outcome);
}
