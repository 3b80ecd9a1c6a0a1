import i18next, { type TFunction } from 'i18next';
import { resources } from '../../../shared/i18n/index.ts';
import type { Locale } from '../../../shared/contract/fields.ts';

/**
 * Printed documents speak the store's language, whatever language the person at the console uses:
 * one private i18next instance (never the global one), created synchronously from the shared catalogues.
 */
let instance: ReturnType<typeof i18next.createInstance> | null = null;
const fixed = new Map<Locale, TFunction>();

function getInstance() {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      ns: Object.keys(resources.en),
      defaultNS: 'print',
      initAsync: false,
      // Escaping happens once, in the renderer that writes HTML; ESC/POS wants the plain text.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A translation function for one locale in the `print` namespace: `t('testPage.title')`. */
export function printT(locale: Locale): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    t = getInstance().getFixedT(locale, 'print');
    fixed.set(locale, t);
  }
  return t;
}
