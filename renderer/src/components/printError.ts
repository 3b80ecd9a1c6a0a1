import type { TFunction } from 'i18next';
import { isPrintErrorCode } from '../../../shared/print/errors.ts';

/**
 * Why a print failed, in the console's language, from the code the station stored. The station's own
 * detail is English for its logs and is never shown; a code this console does not know reads as a
 * plain "did not print".
 */
export function printErrorText(t: TFunction, code: string | null): string {
  return code !== null && isPrintErrorCode(code) ? t(`print:errors.${code}`) : t('print:unknownError');
}
