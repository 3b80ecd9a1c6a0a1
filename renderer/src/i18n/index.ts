import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/contract/fields.ts';
import { NAMESPACES, resources } from '../../../shared/i18n/index.ts';

const CHOSEN_KEY = 'frontdesk.language';

function chosenLanguage(): Locale | null {
  try {
    const value = localStorage.getItem(CHOSEN_KEY);
    return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Locale {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function apply(locale: Locale): void {
  document.documentElement.lang = locale;
}

const initial = chosenLanguage() ?? browserLanguage();
apply(initial);

void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: false,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (languages, namespace, key) => {
    // A missing key is a defect the end-to-end tests look for in the console output.
    console.error(`[i18n] missing key ${namespace}:${key} (${languages.join(',')})`);
  },
});

i18n.on('languageChanged', (lng) => apply(lng as Locale));

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** The language a staff member picked on this computer; it wins over the store's default. */
export function chooseLanguage(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN_KEY, locale);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  void i18n.changeLanguage(locale);
}

/** Follows the store profile's language unless someone picked one on this computer. */
export function followStoreLanguage(locale: Locale): void {
  if (!chosenLanguage() && i18n.language !== locale) void i18n.changeLanguage(locale);
}

export { i18n };
