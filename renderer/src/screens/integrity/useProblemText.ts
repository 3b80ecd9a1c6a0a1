import { useTranslation } from 'react-i18next';
import { chainProblemText } from '../../../../shared/chain-problem-text.ts';
import type { ChainProblem } from '../../../../shared/contract/cashier-integrity.ts';
import { useMoney } from '../jobs/useMoney.ts';

/** The first broken link of the money chain in words, in the console's language. */
export function useProblemText(): (problem: ChainProblem) => string {
  const { t } = useTranslation();
  const money = useMoney();
  return (problem) => chainProblemText(problem, (key, options) => t(key, options), money);
}
