import type { ReactNode } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarCheck, IconPrinter, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Service, Ticket } from '../../../../shared/contract/queue.ts';
import { formatWhen } from '../../format.ts';
import { ServiceBadge } from './ServiceBadge.tsx';

interface TicketRowProps {
  ticket: Ticket;
  service: Service | undefined;
  action: string;
  onAction: () => void;
  disabled: boolean;
  testId: string;
  /** Prints the slip again; absent for tickets whose slip no longer matters (no-shows). */
  onReprint?: () => void;
}

function TicketRow({ ticket, service, action, onAction, disabled, testId, onReprint }: TicketRowProps) {
  const { t } = useTranslation('queue');
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      px="sm"
      py={6}
      data-testid={testId}
      data-number={ticket.number}
      style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        {service && <ServiceBadge prefix={service.prefix} size={24} />}
        <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {ticket.number}
        </Text>
        <Stack gap={0} miw={0}>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" lineClamp={1} c={ticket.customerName ? undefined : 'dimmed'}>
              {ticket.customerName ?? t('counter.walkIn')}
            </Text>
            {ticket.priority && <IconStar size={14} color="var(--mantine-color-green-7)" aria-label={t('counter.lists.priority')} />}
            {ticket.source === 'appointment' && (
              <IconCalendarCheck size={14} color="var(--mantine-color-indigo-7)" aria-label={t('counter.lists.appointment')} />
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {formatWhen(ticket.issuedAt)}
          </Text>
        </Stack>
      </Group>
      <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
        {onReprint && (
          <Tooltip label={t('counter.actions.reprint')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('counter.actions.reprint')}
              onClick={onReprint}
              data-testid="row-reprint"
            >
              <IconPrinter size={16} />
            </ActionIcon>
          </Tooltip>
        )}
        <Button size="compact-sm" variant="light" onClick={onAction} disabled={disabled}>
          {action}
        </Button>
      </Group>
    </Group>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation('queue');
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Title order={5}>{title}</Title>
        <Badge variant="light" color={count ? 'indigo' : 'gray'} size="sm">
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {t('counter.lists.none')}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

interface TicketListsProps {
  waiting: Ticket[];
  parked: Ticket[];
  noShows: Ticket[];
  services: Map<number, Service>;
  busy: boolean;
  onCall: (ticketId: number) => void;
  onReinstate: (ticketId: number) => void;
  onReprint: (ticket: Ticket) => void;
}

/** What waits for this counter (call any one), what it parked (resume), and today's no-shows (reinstate); a waiting or parked slip can be printed again. */
export function TicketLists({ waiting, parked, noShows, services, busy, onCall, onReinstate, onReprint }: TicketListsProps) {
  const { t } = useTranslation('queue');
  return (
    <Paper withBorder radius="lg" p="md">
      <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
        <Stack gap="lg">
          <Section title={t('counter.lists.waiting')} count={waiting.length}>
            <Stack gap={4}>
              {waiting.map((ticket) => (
                <TicketRow
                  key={ticket.id}
                  testId="waiting-ticket"
                  ticket={ticket}
                  service={services.get(ticket.serviceId)}
                  action={t('counter.actions.call')}
                  onAction={() => onCall(ticket.id)}
                  disabled={busy}
                  onReprint={() => onReprint(ticket)}
                />
              ))}
            </Stack>
          </Section>
          <Section title={t('counter.lists.parked')} count={parked.length}>
            <Stack gap={4}>
              {parked.map((ticket) => (
                <TicketRow
                  key={ticket.id}
                  testId="parked-ticket"
                  ticket={ticket}
                  service={services.get(ticket.serviceId)}
                  action={t('counter.actions.resume')}
                  onAction={() => onCall(ticket.id)}
                  disabled={busy}
                  onReprint={() => onReprint(ticket)}
                />
              ))}
            </Stack>
          </Section>
          <Section title={t('counter.lists.noShows')} count={noShows.length}>
            <Stack gap={4}>
              {noShows.map((ticket) => (
                <TicketRow
                  key={ticket.id}
                  testId="noshow-ticket"
                  ticket={ticket}
                  service={services.get(ticket.serviceId)}
                  action={t('counter.actions.reinstate')}
                  onAction={() => onReinstate(ticket.id)}
                  disabled={busy}
                />
              ))}
            </Stack>
          </Section>
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
