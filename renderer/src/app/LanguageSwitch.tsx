import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/contract/fields.ts';
import { chooseLanguage, currentLocale } from '../i18n/index.ts';

export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(value) => chooseLanguage(value)}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}

export function toggleLanguage(): void {
  chooseLanguage(currentLocale() === 'en' ? 'zh-CN' : 'en');
}
