import { Anchor, Badge, Button, Group, Menu, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconCrown, IconPhoneCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONFIRM_CHANNELS, type Appointment, type ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { formatWhen } from '../../format.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import { useLocalName } from '../queue/names.ts';
import { STATUS_COLOR } from './status.ts';
import { dayLabel, localTime } from './time.ts';

export interface ConfirmationsViewProps {
  day: string;
  appointments: Appointment[];
  services: Service[];
  confirmingId: number | null;
  onConfirm: (a: Appointment, channel: ConfirmChannel) => void;
  onOpen: (a: Appointment) => void;
}

/** The day-before calls: each booking with its phones and one click for "confirmed by phone". */
export function ConfirmationsView({ day, appointments, services, confirmingId, onConfirm, onOpen }: ConfirmationsViewProps) {
  const { t, i18n } = useTranslation('appointments');
  const localName = useLocalName();
  const byId = new Map(services.map((s) => [s.id, s]));
  const done = appointments.filter((a) => a.status === 'confirmed').length;
  const total = appointments.length;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="confirmations-view">
      <Group justify="space-between" align="flex-end" mb="md">
        <Stack gap={2}>
          <Title order={4}>{t('confirmations.heading', { day: dayLabel(day, i18n.language, true) })}</Title>
          <Text size="sm" c="dimmed">
            {t('confirmations.intro')}
          </Text>
        </Stack>
        {total > 0 && (
          <Stack gap={4} w={220}>
            <Text size="sm" fw={600} ta="right" data-testid="confirmations-progress">
              {t('confirmations.progress', { done, total })}
            </Text>
            <Progress value={(done / total) * 100} color="green" />
          </Stack>
        )}
      </Group>
      {total === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {t('confirmations.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={72}>{t('confirmations.time')}</Table.Th>
              <Table.Th>{t('confirmations.customer')}</Table.Th>
              <Table.Th>{t('confirmations.phones')}</Table.Th>
              <Table.Th>{t('confirmations.service')}</Table.Th>
              <Table.Th>{t('confirmations.status')}</Table.Th>
              <Table.Th w={260} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appointments.map((a) => {
              const service = byId.get(a.serviceId);
              const confirmed = a.status === 'confirmed';
              return (
                <Table.Tr key={a.id} data-testid="confirmation-row">
                  <Table.Td ff="monospace" fw={700}>
                    {localTime(a.startsAt)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component="button" fw={600} c="dark" onClick={() => onOpen(a)}>
                        {a.customerName}
                      </Anchor>
                      {a.customerVip && <IconCrown size={14} color="var(--mantine-color-yellow-7)" aria-label={t('card.vip')} />}
                    </Group>
                    {a.assetLabel && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {a.assetLabel}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {a.customerPhones.map((phone) => (
                        <Anchor key={phone} href={`tel:${phone}`} ff="monospace" fz="sm">
                          {phone}
                        </Anchor>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {service && (
                      <Group gap={6} wrap="nowrap">
                        <ServiceBadge prefix={service.prefix} size={22} />
                        <Text size="sm" lineClamp={1}>
                          {localName(service)}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {confirmed && a.confirmChannel ? (
                      <Stack gap={2}>
                        <Badge color={STATUS_COLOR.confirmed} variant="light">
                          {t('status.confirmed')}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {[t(`confirm.channels.${a.confirmChannel}`), a.confirmedByName, a.confirmedAt ? formatWhen(a.confirmedAt) : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Stack>
                    ) : (
                      <Badge color="gray" variant="outline">
                        {t('confirmations.notYet')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={0} wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        variant={confirmed ? 'default' : 'filled'}
                        leftSection={<IconPhoneCheck size={14} />}
                        loading={confirmingId === a.id}
                        onClick={() => onConfirm(a, 'phone')}
                        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
                      >
                        {t('confirm.byPhone')}
                      </Button>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button
                            size="xs"
                            variant={confirmed ? 'default' : 'filled'}
                            px={6}
                            aria-label={t('confirm.otherChannels')}
                            style={{
                              borderTopLeftRadius: 0,
                              borderBottomLeftRadius: 0,
                              borderLeft: '1px solid var(--mantine-color-indigo-5)',
                            }}
                          >
                            <IconChevronDown size={14} />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Label>{t('confirm.otherChannels')}</Menu.Label>
                          {CONFIRM_CHANNELS.filter((c) => c !== 'phone').map((channel) => (
                            <Menu.Item key={channel} onClick={() => onConfirm(a, channel)}>
                              {t(`confirm.channels.${channel}`)}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
