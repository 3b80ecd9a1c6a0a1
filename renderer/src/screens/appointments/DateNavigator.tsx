import { ActionIcon, Button, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDatePickerLabels } from '../../components/datePickerLabels.ts';
import { addDays, dayLabel, weekStart } from './time.ts';

/** Previous / today / next (← T →) and a calendar to jump to a date; the week view moves a week at a time. */
export function DateNavigator({
  view,
  day,
  today,
  onShift,
  onToday,
  onPick,
}: {
  view: 'day' | 'week' | 'confirmations';
  day: string;
  today: string;
  onShift: (n: number) => void;
  onToday: () => void;
  onPick: (day: string) => void;
}) {
  const { t, i18n } = useTranslation('appointments');
  const labels = useDatePickerLabels();
  const monday = weekStart(day);
  const isHome = view === 'confirmations' ? day === addDays(today, 1) : view === 'week' ? monday === weekStart(today) : day === today;
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={<Kbd size="xs">←</Kbd>}>
        <ActionIcon variant="default" size="lg" onClick={() => onShift(-1)} aria-label={t('toolbar.previous')}>
          <IconChevronLeft size={18} />
        </ActionIcon>
      </Tooltip>
      <Button variant={isHome ? 'light' : 'default'} onClick={onToday} rightSection={<Kbd size="xs">T</Kbd>}>
        {t(view === 'confirmations' ? 'toolbar.tomorrow' : 'toolbar.today')}
      </Button>
      <Tooltip label={<Kbd size="xs">→</Kbd>}>
        <ActionIcon variant="default" size="lg" onClick={() => onShift(1)} aria-label={t('toolbar.next')}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Tooltip>
      <DatePickerInput
        {...labels.calendar}
        aria-label={t('toolbar.date')}
        leftSection={<IconCalendar size={16} />}
        value={day}
        onChange={(v) => v && onPick(v)}
        valueFormatter={labels.valueFormatter('weekday')}
        w={210}
        data-testid="date-picker"
      />
      {view === 'week' && (
        <Text fw={600} c="dimmed" data-testid="week-range" style={{ whiteSpace: 'nowrap' }}>
          {t('week.range', { from: dayLabel(monday, i18n.language), to: dayLabel(addDays(monday, 6), i18n.language) })}
        </Text>
      )}
    </Group>
  );
}
