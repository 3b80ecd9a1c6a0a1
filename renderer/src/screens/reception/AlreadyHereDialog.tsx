import { Button, Group, Kbd, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLogin2, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import type { CustomerToday, Service } from '../../../../shared/contract/queue.ts';
import { formatWhen } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { useLocalName } from '../queue/names.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';

/**
 * The customer picked at reception already holds a number or is booked today. The likely answer has
 * the focus (Enter): check the booking in, or reprint their number; a second number needs its own
 * button; Esc leaves the customer unpicked.
 */
export function AlreadyHereDialog({
  customer,
  today,
  services,
  onCheckIn,
  onReprint,
  onIssueAnother,
  onCancel,
}: {
  customer: CustomerSummary | null;
  today: CustomerToday | null;
  services: Service[];
  onCheckIn: (appointmentId: number) => void;
  onReprint: (ticketId: number, number: string) => void;
  onIssueAnother: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const byId = new Map(services.map((s) => [s.id, s]));
  const booking = today?.bookings[0];
  const serviceLabel = (id: number) => {
    const s = byId.get(id);
    return s ? `${s.prefix} ${name(s)}` : '';
  };
  return (
    <Modal
      opened={customer !== null && today !== null}
      onClose={onCancel}
      title={
        <Group gap="xs">
          <IconAlertTriangle color="var(--mantine-color-yellow-7)" />
          <Text fw={700} fz="lg">
            {t('reception.already.title', { name: customer?.name ?? '' })}
          </Text>
        </Group>
      }
      size="lg"
    >
      {today && (
        <Stack data-testid="already-here">
          {today.tickets.map((ticket, i) => (
            <Paper key={ticket.id} withBorder radius="md" p="sm" data-testid="already-ticket">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
                  {byId.get(ticket.serviceId) && <ServiceBadge prefix={byId.get(ticket.serviceId)!.prefix} size={28} />}
                  <Stack gap={0} miw={0}>
                    <Text fw={700} fz="lg">
                      {ticket.number}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('reception.already.ticket', {
                        service: serviceLabel(ticket.serviceId),
                        status: t(`errors:states.${ticket.status}`),
                        time: formatWhen(ticket.issuedAt),
                      })}
                    </Text>
                  </Stack>
                </Group>
                <Button
                  variant={booking ? 'default' : 'filled'}
                  leftSection={<IconPrinter size={16} />}
                  rightSection={!booking && i === 0 ? <Kbd size="xs">Enter</Kbd> : undefined}
                  data-autofocus={!booking && i === 0 ? true : undefined}
                  onClick={() => onReprint(ticket.id, ticket.number)}
                  style={{ flex: 'none' }}
                >
                  {t('reception.already.reprint')}
                </Button>
              </Group>
            </Paper>
          ))}
          {today.bookings.map((b, i) => (
            <Paper key={b.id} withBorder radius="md" p="sm" data-testid="already-booking">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
                  {byId.get(b.serviceId) && <ServiceBadge prefix={byId.get(b.serviceId)!.prefix} size={28} />}
                  <Stack gap={0} miw={0}>
                    <Text fw={700} fz="lg">
                      {t('reception.already.bookedAt', { time: formatWhen(b.startsAt) })}
                    </Text>
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {serviceLabel(b.serviceId)}
                    </Text>
                  </Stack>
                </Group>
                <Button
                  leftSection={<IconLogin2 size={16} />}
                  rightSection={i === 0 ? <Kbd size="xs">Enter</Kbd> : undefined}
                  data-autofocus={i === 0 ? true : undefined}
                  onClick={() => onCheckIn(b.id)}
                  style={{ flex: 'none' }}
                >
                  {t('reception.already.checkIn')}
                </Button>
              </Group>
            </Paper>
          ))}
          <Text size="sm" c="dimmed">
            {t('reception.already.question')}
          </Text>
          <Group justify="space-between" mt="xs">
            <Button variant="default" onClick={onCancel} rightSection={<Kbd size="xs">Esc</Kbd>}>
              {t('reception.already.cancel')}
            </Button>
            <Button variant="light" color={STATUS.warn} c="dark" leftSection={<IconPlus size={16} />} onClick={onIssueAnother}>
              {t('reception.already.another')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
