import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/errors.ts';
import { tillErrorText } from '../tillErrors.ts';

/** Which part of the refund or void form a refusal belongs to. */
export type RefundField = 'amount' | 'reason' | 'payment' | 'bill' | 'till';

/** The core's refusals of a refund or a void in the shop's words (the rest fall back to the till's sentences). */
const WORDS: [RegExp, RegExp, RefundField, string][] = [
  [/^amountMinor$/, /left to refund/, 'amount', 'cashierRefund:errors.moreThanLeft'],
  [/^amountMinor$/, /drawer holds/, 'amount', 'cashierRefund:errors.drawerShort'],
  [/^paymentId$/, /refunded in full/, 'payment', 'cashierRefund:errors.refunded'],
  [/^billId$/, /already voided/, 'bill', 'cashierRefund:errors.voided'],
  [/^billId$/, /deposit is taken off/, 'bill', 'cashierRefund:errors.depositApplied'],
  [/^till$/, /no open drawer/, 'till', 'cashierRefund:errors.noDrawer'],
];

/** A refusal placed on its field with its words; null field when it belongs to none (shown as a notification). */
export function refundError(t: TFunction, error: unknown): { field: RefundField | null; text: string } {
  if (isApiError(error)) {
    for (const [field, message] of Object.entries(error.fields)) {
      for (const [f, m, place, key] of WORDS) if (f.test(field) && m.test(message)) return { field: place, text: t(key) };
      if (field === 'reason') return { field: 'reason', text: tillErrorText(t, error) };
      if (field === 'amountMinor') return { field: 'amount', text: tillErrorText(t, error) };
    }
  }
  return { field: null, text: tillErrorText(t, error) };
}
