import { useState, type KeyboardEvent, type RefObject } from 'react';
import { Badge, Button, Group, Kbd, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { useOp } from '../../api/hooks.ts';
import { formatWhen } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';

const WAITING_FOR_ARRIVAL: Appointment['status'][] = ['booked', 'confirmed'];

/** The booking expected next: the first not yet late, or the first late one when all are. */
function nextExpected(expected: Appointment[]): Appointment | undefined {
  return expected.find((a) => !a.overdue) ?? expected[0];
}

/**
 * Today's bookings still to arrive, the next one marked. ↓ from the desk focuses the list with the next
 * one selected; ↑ ↓ move, Enter checks the selected one in (a number called first in its window).
 */
export function AppointmentsPanel({
  businessDay,
  services,
  listRef,
  pendingId,
  onCheckIn,
}: {
  businessDay: string;
  services: Service[];
  listRef: RefObject<HTMLDivElement | null>;
  pendingId: number | null;
  onCheckIn: (id: number) => void;
}) {
  const { t } = useTranslation('queue');
  const day = useOp('appointments.day', { day: businessDay });
  const byId = new Map(services.map((s) => [s.id, s]));
  const all = day.data?.appointments ?? [];
  const expected = all.filter((a) => WAITING_FOR_ARRIVAL.includes(a.status));
  const others = all.length - expected.length;
  const next = nextExpected(expected);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = expected.find((a) => a.id === selectedId) ?? null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = selected ? expected.indexOf(selected) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const to = expected[Math.min(expected.length - 1, Math.max(0, at + step))];
      if (to) setSelectedId(to.id);
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onCheckIn(selected.id);
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid="appointments-panel">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <IconCalendarCheck size={20} stroke={1.7} style={{ flex: 'none' }} />
          <Title order={4} style={{ whiteSpace: 'nowrap' }}>
            {t('reception.appointments.title')}
          </Title>
          {expected.length > 0 && (
            <Badge variant="light" color="indigo" style={{ flex: 'none' }}>
              {expected.length}
            </Badge>
          )}
        </Group>
        {expected.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('reception.appointments.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={196} type="auto">
            <Stack
              gap={4}
              ref={listRef}
              tabIndex={0}
              role="listbox"
              aria-label={t('reception.appointments.title')}
              aria-activedescendant={selected ? `booking-${selected.id}` : undefined}
              data-testid="appointments-list"
              onFocus={() => setSelectedId((id) => (expected.some((a) => a.id === id) ? id : (next?.id ?? null)))}
              onBlur={() => setSelectedId(null)}
              onKeyDown={onKeyDown}
              style={{ outline: 'none' }}
            >
              {expected.map((a) => {
                const service = byId.get(a.serviceId);
                const isSelected = selected?.id === a.id;
                const isNext = next?.id === a.id;
                return (
                  <Group
                    key={a.id}
                    id={`booking-${a.id}`}
                    role="option"
                    aria-selected={isSelected}
                    justify="space-between"
                    wrap="nowrap"
                    py={4}
                    px="sm"
                    data-testid="appointment-row"
                    data-appointment-id={a.id}
                    data-next={isNext}
                    style={{
                      borderRadius: 8,
                      background: isSelected
                        ? 'var(--mantine-color-indigo-1)'
                        : isNext
                          ? 'var(--mantine-color-indigo-0)'
                          : 'var(--mantine-color-gray-0)',
                      boxShadow: isSelected ? 'inset 0 0 0 2px var(--mantine-color-indigo-5)' : undefined,
                    }}
                  >
                    <Group gap="sm" wrap="nowrap" miw={0}>
                      <Text fw={700} ff="monospace" w={48} style={{ flex: 'none' }}>
                        {formatWhen(a.startsAt)}
                      </Text>
                      {service && <ServiceBadge prefix={service.prefix} size={24} />}
                      <Stack gap={0} miw={0}>
                        <Group gap={6} wrap="nowrap">
                          <Text fw={600} lineClamp={1}>
                            {a.customerName}
                          </Text>
                          {a.customerVip && (
                            <Badge size="xs" color="yellow" variant="filled" style={{ flex: 'none' }}>
                              VIP
                            </Badge>
                          )}
                          {isNext && (
                            <Badge size="xs" color="indigo" variant="light" style={{ flex: 'none' }}>
                              {t('reception.appointments.next')}
                            </Badge>
                          )}
                        </Group>
                        {a.assetLabel && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {a.assetLabel}
                          </Text>
                        )}
                      </Stack>
                    </Group>
                    <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
                      {(a.overdue || a.status === 'confirmed') && (
                        <Badge variant="light" size="sm" color={a.overdue ? STATUS.danger : STATUS.ok}>
                          {t(a.overdue ? 'reception.appointments.late' : 'reception.appointments.confirmed')}
                        </Badge>
                      )}
                      <Button
                        size="compact-sm"
                        tabIndex={-1}
                        leftSection={<IconLogin2 size={14} />}
                        rightSection={isSelected ? <Kbd size="xs">Enter</Kbd> : undefined}
                        loading={pendingId === a.id}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => onCheckIn(a.id)}
                      >
                        {t('reception.appointments.checkIn')}
                      </Button>
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {(expected.length > 0 || others > 0) && (
          <Group justify="space-between" gap="xs" wrap="nowrap">
            {expected.length > 0 ? (
              <Group gap={4} wrap="nowrap" data-testid="appointments-keys">
                <Kbd size="xs">↓</Kbd>
                <Text size="xs" c="dimmed">
                  {t('reception.appointments.choose')}
                </Text>
                <Kbd size="xs">Enter</Kbd>
                <Text size="xs" c="dimmed">
                  {t('reception.appointments.checkInKey')}
                </Text>
              </Group>
            ) : (
              <span />
            )}
            {others > 0 && (
              <Text size="xs" c="dimmed" ta="right">
                {t('reception.appointments.more', { count: others })}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
