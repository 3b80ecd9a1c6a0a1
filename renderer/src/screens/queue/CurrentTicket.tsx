import { Anchor, Badge, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCoffee, IconStar, IconCalendarCheck, IconPrinter, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Service, Ticket } from '../../../../shared/contract/queue.ts';
import { formatWhen } from '../../format.ts';
import { useElapsed } from './Elapsed.tsx';
import { useLocalName } from './names.ts';
import { ServiceBadge } from './ServiceBadge.tsx';

const STATUS_COLOR = { called: 'indigo', serving: 'green' } as const;

interface CurrentTicketProps {
  ticket: Ticket | null;
  service: Service | undefined;
  waiting: number;
  reprinting: boolean;
  /** Prints the ticket's slip again (a customer who lost it). */
  onReprint: () => void;
}

/** The ticket at the counter, as large as the screen allows; or a calm word when there is none. */
export function CurrentTicket({ ticket, service, waiting, reprinting, onReprint }: CurrentTicketProps) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const serving = ticket?.status === 'serving';
  const elapsed = useElapsed(ticket ? (serving ? ticket.startedAt : ticket.calledAt) : null);

  if (!ticket) {
    const nobody = waiting === 0;
    return (
      <Stack align="center" justify="center" gap="xs" mih={300} data-testid="current-empty" data-nobody-waiting={nobody}>
        <ThemeIcon size={64} radius="xl" variant="light" color={nobody ? 'teal' : 'gray'}>
          <IconCoffee size={36} stroke={1.5} />
        </ThemeIcon>
        <Text fz={28} fw={700}>
          {t(nobody ? 'counter.nobodyWaiting' : 'counter.nobodyCalled')}
        </Text>
        <Text c="dimmed" fz="lg">
          {t(nobody ? 'counter.nobodyWaitingHint' : 'counter.nobodyCalledHint')}
        </Text>
      </Stack>
    );
  }

  const status = ticket.status === 'serving' ? 'serving' : 'called';
  return (
    <Stack gap="xs" align="center" mih={300} justify="center" data-testid="current-ticket" data-status={ticket.status}>
      <Group gap="xs">
        <Badge size="xl" variant="light" color={STATUS_COLOR[status]} radius="sm">
          {t(`status.${status}`)}
        </Badge>
        <Text fz="xl" fw={600} ff="monospace" c={STATUS_COLOR[status]} data-testid="current-elapsed">
          {elapsed}
        </Text>
        {ticket.callCount > 1 && status === 'called' && (
          <Text c="dimmed" size="sm">
            · {t('counter.calls', { count: ticket.callCount })}
          </Text>
        )}
      </Group>
      <Text fz={176} fw={800} lh={1} data-testid="current-number" style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: 2 }}>
        {ticket.number}
      </Text>
      <Group gap="sm">
        {service && <ServiceBadge prefix={service.prefix} size={32} />}
        <Text fz={24} fw={600}>
          {service ? name(service) : ''}
        </Text>
        {ticket.priority && (
          <Badge color="green" variant="filled" leftSection={<IconStar size={12} />}>
            {t('counter.lists.priority')}
          </Badge>
        )}
        {ticket.source === 'appointment' && (
          <Badge color="indigo" variant="filled" leftSection={<IconCalendarCheck size={12} />}>
            {t('counter.lists.appointment')}
          </Badge>
        )}
      </Group>
      <Group gap={6}>
        <IconUserCircle size={22} stroke={1.5} color="var(--mantine-color-dimmed)" />
        {ticket.customerId !== null ? (
          <Anchor fz="lg" fw={600} href={`#/customers/${ticket.customerId}`} data-testid="current-customer">
            {ticket.customerName}
          </Anchor>
        ) : (
          <Text fz="lg" c="dimmed">
            {t('counter.walkIn')}
          </Text>
        )}
        <Text fz="lg" c="dimmed">
          · {t('counter.issuedAt', { time: formatWhen(ticket.issuedAt) })}
        </Text>
        <Button
          variant="subtle"
          size="compact-md"
          leftSection={<IconPrinter size={16} />}
          loading={reprinting}
          onClick={onReprint}
          data-testid="current-reprint"
        >
          {t('counter.actions.reprint')}
        </Button>
      </Group>
    </Stack>
  );
}
