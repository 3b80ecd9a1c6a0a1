import { describe, expect, it } from 'vitest';
import type { DatePickerType, DatePickerValue } from '@mantine/dates';
import { datePickerLabels } from '../../renderer/src/components/datePickerLabels.ts';

const zh = datePickerLabels('zh-CN', {});
const en = datePickerLabels('en', {});

/** The days of the week starting Monday 7 December 2026, as Mantine hands them to `weekdayFormat`. */
const week = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];

const shown = (labels: typeof zh, style: 'weekday' | 'iso', type: DatePickerType, date: DatePickerValue<DatePickerType>) =>
  labels.valueFormatter(style)({ type, date, locale: 'en', format: '', labelSeparator: '–' });

describe('the date pickers’ wording, from date-fns', () => {
  it('names the month, the weekdays and the years as each language writes them, the week from Monday', () => {
    expect(zh.calendar.firstDayOfWeek).toBe(1);
    expect(zh.calendar.monthLabelFormat('2026-12-01')).toBe('2026年12月');
    expect(en.calendar.monthLabelFormat('2026-12-01')).toBe('December 2026');
    expect(week.map(zh.calendar.weekdayFormat)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    expect(week.map(en.calendar.weekdayFormat)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    expect(zh.calendar.monthsListFormat('2026-03-01')).toBe('3月');
    expect(en.calendar.monthsListFormat('2026-03-01')).toBe('Mar');
    expect(zh.calendar.yearLabelFormat('2026-01-01')).toBe('2026年');
    expect(en.calendar.yearsListFormat('2026-01-01')).toBe('2026');
    expect(en.calendar.decadeLabelFormat('2020-01-01', '2029-12-31')).toBe('2020 – 2029');
    expect(zh.calendar.getDayAriaLabel('2026-12-07')).toBe('2026年12月7日');
    expect(en.calendar.getDayAriaLabel('2026-12-07')).toBe('7 December 2026');
  });

  it('shows the picked day with its weekday, or as YYYY-MM-DD, for one day and for a range', () => {
    expect(shown(zh, 'weekday', 'default', '2026-12-02')).toBe('2026年12月2日 周三');
    expect(shown(en, 'weekday', 'default', '2026-12-02')).toBe('Wed 2 Dec 2026');
    expect(shown(en, 'iso', 'default', '2026-12-02')).toBe('2026-12-02');
    expect(shown(en, 'iso', 'default', null)).toBe('');
    expect(shown(en, 'iso', 'range', ['2026-12-01', '2026-12-31'])).toBe('2026-12-01 – 2026-12-31');
    expect(shown(en, 'iso', 'range', ['2026-12-01', null])).toBe('2026-12-01 – ');
    expect(shown(en, 'iso', 'range', [null, null])).toBe('');
    expect(shown(zh, 'iso', 'multiple', ['2026-12-01', '2026-12-03'])).toBe('2026-12-01, 2026-12-03');
    expect(zh.dayText('iso')('2026-12-02')).toBe('2026-12-02');
  });

  it('keeps the calendar day whatever the machine’s zone, and reads a Date by its local day', () => {
    expect(en.dayText('iso')('2026-01-01 00:00:00')).toBe('2026-01-01');
    expect(en.dayText('iso')(new Date(2026, 0, 1, 23, 30))).toBe('2026-01-01');
    expect(en.dayText('iso')(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
  });
});
