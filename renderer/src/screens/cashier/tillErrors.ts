import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import { isApiError } from '../../api/errors.ts';
import { errorText } from '../../components/errors.ts';

/** The core's field messages the till says in its own words (the rest fall back to the console's error sentences). */
const FIELD_WORDS: [RegExp, RegExp, string][] = [
  [/^till$/, /no open drawer/, 'cashierTill:errors.noDrawer'],
  [/amountMinor$/, /only cash gives change|more than the balance/, 'cashierTill:errors.tooMuch'],
  [/^billId$/, /paid in full/, 'cashierTill:errors.settled'],
  [/^source\.jobId$/, /no deposit agreed/, 'cashierTill:errors.noDeposit'],
  [/^source\.jobId$/, /not a job|no job/i, 'cashierTill:errors.notJob'],
  [/valueMinor$/, /must not be more than/, 'cashierTill:errors.discountTooLarge'],
  [/lineNo$/, /covered by the warranty/, 'cashierTill:errors.coveredLine'],
];

/** A cashier call's failure in the shop's words: the field's meaning where the till knows it, else the console's sentence. */
export function tillErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'INVALID_STATE' && error.params.state === 'cancelled') return t('cashierTill:errors.cancelled');
    for (const [field, message] of Object.entries(error.fields))
      for (const [f, m, key] of FIELD_WORDS) if (f.test(field) && m.test(message)) return t(key);
  }
  return errorText(t, error);
}

export function notifyTillError(t: TFunction, error: unknown): void {
  notifications.show({ color: 'red', title: tillErrorText(t, error), message: undefined });
}
