import i18next, { type TFunction } from 'i18next';
import { resources } from '../../shared/i18n/index.ts';
import type { Locale } from '../../shared/contract/fields.ts';

/**
 * The core's own words (printed documents, the start-up refusal) in a language it is told, whatever
 * language the person at the console uses: one private i18next instance (never the global one),
 * created synchronously from the shared catalogues.
 */
let instance: ReturnType<typeof i18next.createInstance> | null = null;
const fixed = new Map<string, TFunction>();

function getInstance() {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      ns: Object.keys(resources.en),
      defaultNS: 'common',
      initAsync: false,
      // Escaping happens once, in the renderer that writes HTML; ESC/POS and dialogs want plain text.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A translation function for one locale and namespace: `coreT('zh-CN', 'print')('testPage.title')`. */
export function coreT(locale: Locale, namespace: keyof (typeof resources)['en']): TFunction {
  const key = `${locale}/${namespace}`;
  let t = fixed.get(key);
  if (!t) {
    t = getInstance().getFixedT(locale, namespace);
    fixed.set(key, t);
  }
  return t;
}
