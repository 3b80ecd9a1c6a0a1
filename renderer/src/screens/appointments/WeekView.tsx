import { Box, Group, Paper, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/contract/appointments.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { useLocalName } from '../queue/names.ts';
import { dayLabel, minutesOf } from './time.ts';

export interface WeekViewProps {
  days: string[];
  today: string;
  /** The bookable services shown, and the one whose slots are on screen. */
  services: Service[];
  serviceId: number;
  onServiceChange: (id: number) => void;
  slots: Slot[];
  onBook: (slot: Slot) => void;
}

/** free > 1 green, the last place yellow, full red, past grey. */
function cellColor(s: Slot): string {
  if (s.past) return 'gray';
  if (s.free === 0) return 'red';
  return s.free === 1 && s.capacity > 1 ? 'yellow' : 'green';
}

/** Times to show: all of a day's hours, or for all-day services 08:00-20:00 widened to every booked time. */
function shownTimes(service: Service, slots: Slot[]): string[] {
  const times = [...new Set(slots.map((s) => s.time))].sort();
  if (minutesOf(service.closesAt) - minutesOf(service.opensAt) <= 12 * 60) return times;
  const booked = slots.filter((s) => s.booked > 0).map((s) => s.time);
  const from = [...booked, '08:00'].sort()[0]!;
  const to = [...booked, '19:59'].sort().at(-1)!;
  return times.filter((time) => time >= from && time <= to);
}

/** The week as days × slots: places free at a glance; a click on a free slot books it. */
export function WeekView({ days, today, services, serviceId, onServiceChange, slots, onBook }: WeekViewProps) {
  const { t, i18n } = useTranslation('appointments');
  const localName = useLocalName();
  const service = services.find((s) => s.id === serviceId);
  const bySlot = new Map(slots.map((s) => [`${s.day} ${s.time}`, s]));
  const times = service ? shownTimes(service, slots) : [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="week-view">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        {services.length > 1 ? (
          <SegmentedControl
            value={String(serviceId)}
            onChange={(v) => onServiceChange(Number(v))}
            data={services.map((s) => ({ value: String(s.id), label: `${s.prefix} · ${localName(s)}` }))}
          />
        ) : (
          <Text fw={600}>{service ? `${service.prefix} · ${localName(service)}` : ''}</Text>
        )}
        <Group gap="md" wrap="nowrap">
          {(['green', 'yellow', 'red'] as const).map((color, i) => (
            <Group key={color} gap={6} wrap="nowrap">
              <Box w={14} h={14} bg={`${color}.2`} style={{ borderRadius: 3, border: `1px solid var(--mantine-color-${color}-5)` }} />
              <Text size="xs" c="dimmed">
                {t(['week.legendFree', 'week.legendFew', 'week.legendFull'][i]!)}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Box style={{ overflow: 'auto', maxHeight: 'calc(100vh - 400px)', minHeight: 280 }}>
        <Table
          stickyHeader
          withColumnBorders
          highlightOnHover={false}
          verticalSpacing={4}
          horizontalSpacing={6}
          style={{ tableLayout: 'fixed', minWidth: 760 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64} />
              {days.map((day) => (
                <Table.Th key={day} ta="center" c={day === today ? 'indigo.7' : undefined} bg={day === today ? 'indigo.0' : undefined}>
                  {dayLabel(day, i18n.language)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {times.map((time) => (
              <Table.Tr key={time}>
                <Table.Td ff="monospace" fz="sm" c="dimmed">
                  {time}
                </Table.Td>
                {days.map((day) => {
                  const s = bySlot.get(`${day} ${time}`);
                  if (!s) return <Table.Td key={day} bg="gray.1" />;
                  const color = cellColor(s);
                  const label = t('week.cellLabel', { day: dayLabel(day, i18n.language), time, free: s.free, capacity: s.capacity });
                  return (
                    <Table.Td key={day} p={2}>
                      <UnstyledButton
                        w="100%"
                        py={4}
                        disabled={s.free === 0}
                        onClick={() => onBook(s)}
                        aria-label={label}
                        title={label}
                        data-testid="week-slot"
                        data-day={day}
                        data-time={time}
                        data-free={s.free}
                        style={{
                          textAlign: 'center',
                          borderRadius: 4,
                          background: `var(--mantine-color-${color}-${s.past ? 0 : 1})`,
                          color: `var(--mantine-color-${color}-9)`,
                          cursor: s.free === 0 ? 'default' : 'pointer',
                          fontSize: 13,
                          fontWeight: s.past ? 400 : 600,
                        }}
                      >
                        {s.past ? t('week.past') : s.free === 0 ? t('week.full') : t('book.free', { count: s.free })}
                      </UnstyledButton>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Text size="xs" c="dimmed" mt="xs">
        {t('week.hint')}
      </Text>
    </Paper>
  );
}
