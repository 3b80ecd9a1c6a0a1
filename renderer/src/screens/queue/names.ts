import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';

type Named = Pick<Service, 'nameZh' | 'nameEn'> | Pick<Counter, 'nameZh' | 'nameEn'>;

/** A service's or counter's name in the console's language. */
function localName(item: Named, language: string): string {
  return language === 'en' ? item.nameEn : item.nameZh;
}

/** `localName` bound to the language on screen; re-renders when it changes. */
export function useLocalName(): (item: Named) => string {
  const { i18n } = useTranslation();
  return (item) => localName(item, i18n.language);
}
