import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Divider, Drawer, Group, Menu, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconCalendarX,
  IconChevronDown,
  IconClockExclamation,
  IconCrown,
  IconLogin2,
  IconPhoneCheck,
  IconUserOff,
  IconCalendarTime,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONFIRM_CHANNELS, type Appointment, type ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { formatWhen } from '../../format.ts';
import { OpenJobButton } from '../jobs/intake/OpenJobButton.tsx';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import { useLocalName } from '../queue/names.ts';
import { STATUS_COLOR, isAwaiting, shownStatus } from './status.ts';
import { dayLabel, localTime, plusMinutes } from './time.ts';

export interface BookingActions {
  checkIn: (a: Appointment) => void;
  confirm: (a: Appointment, channel: ConfirmChannel) => void;
  reschedule: (a: Appointment) => void;
  cancel: (a: Appointment) => void;
  noShow: (a: Appointment) => void;
  /** The action running now, to show its button busy. */
  pending: { action: 'checkIn' | 'confirm' | 'noShow'; id: number } | null;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One booking: who, what, when, its history so far, and what can be done with it now. */
export function BookingDrawer(props: {
  appointment: Appointment | null;
  today: string;
  nowIso: string;
  graceMinutes: number;
  services: Service[];
  counters: Counter[];
  actions: BookingActions;
  onClose: () => void;
}) {
  const { appointment: a, today, nowIso, graceMinutes, actions } = props;
  const { t, i18n } = useTranslation('appointments');
  const localName = useLocalName();
  const service = a ? props.services.find((s) => s.id === a.serviceId) : undefined;
  const counter = a?.counterId ? props.counters.find((c) => c.id === a.counterId) : undefined;
  const status = a ? shownStatus(a, graceMinutes, nowIso) : 'booked';
  const graceEnd = a ? plusMinutes(a.startsAt, graceMinutes) : '';
  const awaiting = a ? isAwaiting(a) : false;
  const busy = (action: 'checkIn' | 'confirm' | 'noShow') => actions.pending?.action === action && actions.pending.id === a?.id;

  return (
    <Drawer
      opened={a !== null}
      onClose={props.onClose}
      position="right"
      size={440}
      title={a ? t('detail.title', { name: a.customerName, time: localTime(a.startsAt) }) : ''}
    >
      {a && (
        <Stack gap="md" data-testid="booking-drawer">
          <Group gap="xs">
            <Badge size="lg" color={STATUS_COLOR[status]} variant={status === 'late' ? 'filled' : 'light'} data-testid="booking-status">
              {t(`status.${status}`)}
            </Badge>
            {a.customerVip && (
              <Badge size="lg" color="yellow" variant="light" leftSection={<IconCrown size={14} />}>
                {t('card.vip')}
              </Badge>
            )}
            {a.ticketNumber && (
              <Badge size="lg" color="indigo" variant="outline" ff="monospace">
                {t('card.ticket', { number: a.ticketNumber })}
              </Badge>
            )}
          </Group>
          {status === 'late' && (
            <Alert color="red" icon={<IconClockExclamation size={18} />} py="xs">
              {t('detail.late', { time: localTime(graceEnd) })}
            </Alert>
          )}
          <SimpleGrid cols={2} spacing="md">
            <Field label={t('detail.when')}>
              <Text fw={600}>
                {dayLabel(a.businessDay, i18n.language)} {localTime(a.startsAt)}–{localTime(a.endsAt)}
              </Text>
            </Field>
            <Field label={t('detail.service')}>
              {service && (
                <Group gap={6} wrap="nowrap">
                  <ServiceBadge prefix={service.prefix} size={22} />
                  <Text>{localName(service)}</Text>
                </Group>
              )}
            </Field>
            <Field label={t('detail.counter')}>
              <Text>{counter ? localName(counter) : t('noCounter')}</Text>
            </Field>
            <Field label={t('detail.phones')}>
              {a.customerPhones.map((phone) => (
                <Anchor key={phone} href={`tel:${phone}`} ff="monospace" display="block">
                  {phone}
                </Anchor>
              ))}
            </Field>
            {a.assetLabel && (
              <Field label={t('detail.asset')}>
                <Text>{a.assetLabel}</Text>
              </Field>
            )}
            {a.note && (
              <Field label={t('detail.note')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{a.note}</Text>
              </Field>
            )}
          </SimpleGrid>
          <Divider />
          <Stack gap={4}>
            <Text size="sm">
              {a.confirmedAt && a.confirmChannel
                ? [t('status.confirmed'), t(`confirm.channels.${a.confirmChannel}`), formatWhen(a.confirmedAt), a.confirmedByName]
                    .filter(Boolean)
                    .join(' · ')
                : t('detail.notConfirmed')}
            </Text>
            {a.checkedInAt && a.ticketNumber && (
              <Text size="sm">
                {t(a.checkedInLate ? 'detail.checkedInLate' : 'detail.checkedIn', {
                  at: formatWhen(a.checkedInAt),
                  number: a.ticketNumber,
                })}
              </Text>
            )}
            {a.checkedInAt && <OpenJobButton appointment={a} />}
            {a.cancelledAt && (
              <Text size="sm">{t('detail.cancelled', { at: formatWhen(a.cancelledAt), reason: a.cancelReason ?? '' })}</Text>
            )}
            {a.noShowAt && <Text size="sm">{t('detail.noShow', { at: formatWhen(a.noShowAt) })}</Text>}
          </Stack>
          {awaiting && (
            <>
              <Divider />
              <Stack gap="sm">
                {a.businessDay === today && (
                  <Button
                    size="md"
                    leftSection={<IconLogin2 size={18} />}
                    loading={busy('checkIn')}
                    onClick={() => actions.checkIn(a)}
                    data-autofocus
                  >
                    {t('actions.checkIn')}
                  </Button>
                )}
                <Group gap={0} wrap="nowrap">
                  <Button
                    variant="default"
                    leftSection={<IconPhoneCheck size={16} />}
                    loading={busy('confirm')}
                    onClick={() => actions.confirm(a, 'phone')}
                    style={{ flex: 1, borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
                  >
                    {t('confirm.byPhone')}
                  </Button>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button
                        variant="default"
                        px={10}
                        aria-label={t('confirm.otherChannels')}
                        style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeft: 0 }}
                      >
                        <IconChevronDown size={16} />
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Label>{t('confirm.otherChannels')}</Menu.Label>
                      {CONFIRM_CHANNELS.filter((c) => c !== 'phone').map((channel) => (
                        <Menu.Item key={channel} onClick={() => actions.confirm(a, channel)}>
                          {t(`confirm.channels.${channel}`)}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
                <SimpleGrid cols={2} spacing="xs">
                  <Button variant="default" leftSection={<IconCalendarTime size={16} />} onClick={() => actions.reschedule(a)}>
                    {t('actions.reschedule')}
                  </Button>
                  <Tooltip label={t('detail.noShowFrom', { time: localTime(graceEnd) })} disabled={nowIso >= graceEnd}>
                    <Button
                      variant="light"
                      color="orange"
                      leftSection={<IconUserOff size={16} />}
                      disabled={nowIso < graceEnd}
                      loading={busy('noShow')}
                      onClick={() => actions.noShow(a)}
                    >
                      {t('actions.noShow')}
                    </Button>
                  </Tooltip>
                </SimpleGrid>
                <Button variant="subtle" color="red" leftSection={<IconCalendarX size={16} />} onClick={() => actions.cancel(a)}>
                  {t('actions.cancel')}
                </Button>
              </Stack>
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
