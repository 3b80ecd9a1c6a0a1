import type { CSSProperties } from 'react';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { IconCrown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import { STATUS_COLOR, type ShownStatus } from './status.ts';
import { localTime } from './time.ts';

/** A booking on the day view: time, customer, device, status in its colour; opens the booking. */
export function BookingCard({
  appointment: a,
  status,
  style,
  onOpen,
}: {
  appointment: Appointment;
  status: ShownStatus;
  style: CSSProperties;
  onOpen: () => void;
}) {
  const { t } = useTranslation('appointments');
  const color = STATUS_COLOR[status];
  const faded = status === 'cancelled' || status === 'noShow';
  const time = localTime(a.startsAt);
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={t('card.open', { name: a.customerName, time })}
      data-testid="booking-card"
      data-status={status}
      style={{
        ...style,
        position: 'absolute',
        overflow: 'hidden',
        borderRadius: 6,
        padding: '3px 8px',
        background: `var(--mantine-color-${color}-0)`,
        border: `1px solid var(--mantine-color-${color}-3)`,
        borderLeft: `4px solid var(--mantine-color-${color}-6)`,
        opacity: faded ? 0.65 : 1,
      }}
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="xs" fw={700} ff="monospace" c={`${color}.9`} style={{ flex: 'none' }}>
            {time}
          </Text>
          <Text size="sm" fw={600} lineClamp={1} td={status === 'cancelled' ? 'line-through' : undefined}>
            {a.customerName}
          </Text>
          {a.customerVip && (
            <IconCrown size={14} color="var(--mantine-color-yellow-7)" aria-label={t('card.vip')} style={{ flex: 'none' }} />
          )}
        </Group>
        {a.ticketNumber && (
          <Text size="xs" fw={700} ff="monospace" style={{ flex: 'none' }}>
            {a.ticketNumber}
          </Text>
        )}
      </Group>
      <Group gap={6} wrap="nowrap">
        <Badge size="xs" variant={status === 'late' ? 'filled' : 'light'} color={color} style={{ flex: 'none' }}>
          {t(`status.${status}`)}
        </Badge>
        {a.assetLabel && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {a.assetLabel}
          </Text>
        )}
      </Group>
    </UnstyledButton>
  );
}
