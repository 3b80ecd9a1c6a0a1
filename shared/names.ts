/** A service's or a counter's name: one language is enough, and the other falls back to it. */
export interface BilingualName {
  nameZh: string;
  nameEn: string;
}

/** The name in `language` ("en", or Chinese for anything else), or the other language's when that one is empty. */
export function nameIn(language: string, item: BilingualName): string {
  return language === 'en' ? item.nameEn || item.nameZh : item.nameZh || item.nameEn;
}

/** The name in the other language, shown beside it: empty when it is missing or the same. */
export function otherNameIn(language: string, item: BilingualName): string {
  const other = language === 'en' ? item.nameZh : item.nameEn;
  return other === nameIn(language, item) ? '' : other;
}
