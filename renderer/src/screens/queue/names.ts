import { useTranslation } from 'react-i18next';
import { nameIn, type BilingualName } from '../../../../shared/names.ts';

/** A service's or counter's name in the language on screen (the other language's when it has none); re-renders when it changes. */
export function useLocalName(): (item: BilingualName) => string {
  const { i18n } = useTranslation();
  return (item) => nameIn(i18n.language, item);
}
