import type { Locale as DateLocale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';

/** date-fns's month and weekday names in the console's language ("Mon" / "周一"). */
export const dateLocale = (language: string): DateLocale => (language === 'en' ? enUS : zhCN);
