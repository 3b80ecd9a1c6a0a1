import type { CalendarAriaLabels, DateFormatter, DateStringValue, DayOfWeek } from '@mantine/dates';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../dateLocale.ts';

/** How a picker's input shows its day: "Wed 2 Dec 2026" / "2026年12月2日 周三", or the plain "2026-12-02". */
type DayStyle = 'weekday' | 'iso';

/** The calendar's wording, spread onto any @mantine/dates picker. */
interface CalendarLabels {
  firstDayOfWeek: DayOfWeek;
  monthLabelFormat: (month: DateStringValue) => string;
  weekdayFormat: (day: DateStringValue) => string;
  yearLabelFormat: (year: DateStringValue) => string;
  decadeLabelFormat: (first: DateStringValue, last: DateStringValue) => string;
  monthsListFormat: (month: DateStringValue) => string;
  yearsListFormat: (year: DateStringValue) => string;
  getDayAriaLabel: (day: DateStringValue) => string;
  ariaLabels: CalendarAriaLabels;
}

export interface DatePickerLabels {
  calendar: CalendarLabels;
  /** For DateInput's `valueFormat`. */
  dayText: (style: DayStyle) => (day: DateStringValue | Date) => string;
  /** For DatePickerInput's `valueFormatter`: one day, several, or a range joined by the separator. */
  valueFormatter: (style: DayStyle) => DateFormatter;
}

/** date-fns patterns per language: "December 2026" / "2026年12月", weekdays "Mo" / "一". */
const PATTERNS = {
  en: { month: 'MMMM yyyy', weekday: 'EEEEEE', year: 'yyyy', monthInList: 'MMM', day: 'd MMMM yyyy', weekdayDay: 'EEE d MMM yyyy' },
  zh: { month: 'yyyy年M月', weekday: 'EEEEEE', year: 'yyyy年', monthInList: 'M月', day: 'yyyy年M月d日', weekdayDay: 'yyyy年M月d日 EEE' },
};

/**
 * The pickers' month, weekday and year names and their input text, from date-fns in the console's
 * language. Mantine hands dates over as "YYYY-MM-DD" (its values stay that), read here as calendar days
 * (in UTC) so no zone can move them; a `Date` counts by its local day, as Mantine reads one.
 */
export function datePickerLabels(language: string, ariaLabels: CalendarAriaLabels): DatePickerLabels {
  const locale = dateLocale(language);
  const patterns = language === 'en' ? PATTERNS.en : PATTERNS.zh;
  const text =
    (pattern: string) =>
    (date: DateStringValue | Date): string =>
      format(typeof date === 'string' ? date.slice(0, 10) : format(date, 'yyyy-MM-dd'), pattern, { locale, in: tz('UTC') });
  const dayText = (style: DayStyle) => text(style === 'iso' ? 'yyyy-MM-dd' : patterns.weekdayDay);
  const year = text('yyyy');
  return {
    calendar: {
      firstDayOfWeek: 1,
      monthLabelFormat: text(patterns.month),
      weekdayFormat: text(patterns.weekday),
      yearLabelFormat: text(patterns.year),
      decadeLabelFormat: (first, last) => `${year(first)} – ${year(last)}`,
      monthsListFormat: text(patterns.monthInList),
      yearsListFormat: year,
      getDayAriaLabel: text(patterns.day),
      ariaLabels,
    },
    dayText,
    valueFormatter:
      (style) =>
      ({ type, date, labelSeparator }) => {
        const show = dayText(style);
        if (date === null) return '';
        if (!Array.isArray(date)) return show(date);
        if (type === 'multiple') return date.flatMap((day) => (day === null ? [] : [show(day)])).join(', ');
        const [from, to] = date;
        if (from === null) return '';
        return to === null ? `${show(from)} ${labelSeparator} ` : `${show(from)} ${labelSeparator} ${show(to)}`;
      },
  };
}

/** The pickers' wording in the console's current language. */
export function useDatePickerLabels(): DatePickerLabels {
  const { t, i18n } = useTranslation('common');
  return datePickerLabels(i18n.language, {
    previousMonth: t('calendar.previousMonth'),
    nextMonth: t('calendar.nextMonth'),
    previousYear: t('calendar.previousYear'),
    nextYear: t('calendar.nextYear'),
    previousDecade: t('calendar.previousDecade'),
    nextDecade: t('calendar.nextDecade'),
    monthLevelControl: t('calendar.chooseMonth'),
    yearLevelControl: t('calendar.chooseYear'),
  });
}
