import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields.ts';
import { coreT } from '../i18n.ts';

/** Printed documents speak the store's language: a translation function in the `print` namespace, `t('testPage.title')`. */
export function printT(locale: Locale): TFunction {
  return coreT(locale, 'print');
}
