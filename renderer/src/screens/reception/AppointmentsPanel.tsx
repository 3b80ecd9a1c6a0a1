import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { formatWhen } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import type { IssuedNumber } from './types.ts';

const WAITING_FOR_ARRIVAL: Appointment['status'][] = ['booked', 'confirmed'];

/** Today's bookings still to arrive; checking one in gives the customer a number called first in its window. */
export function AppointmentsPanel({
  businessDay,
  services,
  onCheckedIn,
}: {
  businessDay: string;
  services: Service[];
  onCheckedIn: (issued: IssuedNumber) => void;
}) {
  const { t } = useTranslation('queue');
  const day = useOp('appointments.day', { day: businessDay });
  const byId = new Map(services.map((s) => [s.id, s]));
  const checkIn = useOpMutation('appointments.checkIn', {
    onSuccess: (r) => {
      const service = byId.get(r.ticket.serviceId);
      notifySuccess(t('reception.appointments.checkedIn', { name: r.appointment.customerName, number: r.ticket.number }));
      if (service)
        onCheckedIn({ ticket: r.ticket, service, ahead: r.ahead, estimatedMinutes: r.estimatedMinutes, printJobId: r.printJobId });
    },
    onError: (e) => notifyError(t, e),
  });
  const all = day.data?.appointments ?? [];
  const expected = all.filter((a) => WAITING_FOR_ARRIVAL.includes(a.status));
  const others = all.length - expected.length;

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="appointments-panel">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarCheck size={20} stroke={1.7} />
          <Title order={4}>{t('reception.appointments.title')}</Title>
          {expected.length > 0 && (
            <Badge variant="light" color="indigo">
              {expected.length}
            </Badge>
          )}
        </Group>
        {expected.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('reception.appointments.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={260} type="auto">
            <Stack gap={6}>
              {expected.map((a) => {
                const service = byId.get(a.serviceId);
                return (
                  <Group
                    key={a.id}
                    justify="space-between"
                    wrap="nowrap"
                    py={6}
                    px="sm"
                    data-testid="appointment-row"
                    data-appointment-id={a.id}
                    style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
                  >
                    <Group gap="sm" wrap="nowrap" miw={0}>
                      <Text fw={700} ff="monospace" w={48}>
                        {formatWhen(a.startsAt)}
                      </Text>
                      {service && <ServiceBadge prefix={service.prefix} size={26} />}
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
                        leftSection={<IconLogin2 size={14} />}
                        loading={checkIn.isPending && checkIn.variables?.id === a.id}
                        onClick={() => checkIn.mutate({ id: a.id })}
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
        {others > 0 && (
          <Text size="xs" c="dimmed">
            {t('reception.appointments.more', { count: others })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
