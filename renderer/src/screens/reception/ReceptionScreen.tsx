import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Anchor, Center, Grid, Group, Kbd, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { PickupButton } from '../jobs/pickup/PickupButton.tsx';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../session/session.tsx';
import { AlreadyHereDialog } from './AlreadyHereDialog.tsx';
import { AppointmentsPanel } from './AppointmentsPanel.tsx';
import { BusyDialog } from './BusyDialog.tsx';
import { CUSTOMER_HOTKEY, CustomerSlot } from './CustomerSlot.tsx';
import { IssuedPanel } from './IssuedPanel.tsx';
import { SlipPrinterWarning } from './SlipPrinterWarning.tsx';
import { PRIORITY_HOTKEY, PriorityToggle } from './PriorityToggle.tsx';
import { ServiceTile } from './ServiceTile.tsx';
import { useCheckIn } from './useCheckIn.ts';
import { useDeskCustomer } from './useDeskCustomer.ts';
import { useIssueNumber } from './useIssueNumber.ts';

/** What another screen (a customer's page) hands reception: the customer, and the service to issue for them. */
export interface ReceptionAsk {
  customer: CustomerSummary;
  serviceId: number;
}

/**
 * Reception (F1): a walk-in's number in one key press, the service's letter. A returning customer is
 * / and a few phone digits, Enter to pick, Enter to issue their usual service; a booked one is ↓ to
 * the next booking and Enter to check in. A customer who already has a number or a booking today is
 * asked about first; the panel on the right confirms what was issued and printed.
 */
export function ReceptionScreen() {
  const { t } = useTranslation('queue');
  const { staff } = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const services = useOp('queue.services.list', { includeInactive: false });
  const overview = useOp('queue.overview', {});
  const desk = useDeskCustomer();
  const [priority, setPriority] = useState(false);
  // The service a customer's page asked a number for, issued once the customer's day is known.
  const pendingServiceId = useRef<number | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const bookingsRef = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const list = useMemo(() => services.data ?? [], [services.data]);

  const startOver = () => {
    setNote(null);
    desk.pick(null);
    setPriority(false);
    pendingServiceId.current = null;
  };
  const issuing = useIssueNumber({
    customer: desk.customer,
    priority,
    duplicateConfirmed: desk.confirmed,
    onIssued: startOver,
    onAlreadyQueued: desk.recheck,
  });
  const checkIn = useCheckIn(list, (issued) => {
    issuing.setOutcome({ kind: 'issued', issued });
    startOver();
  });
  const reprint = useOpMutation('queue.reprintSlip', {
    onSuccess: () => startOver(),
    onError: (e) => notifyError(t, e),
  });

  const loads = new Map((overview.data?.services ?? []).map((l) => [l.serviceId, l]));
  const usual = list.find((s) => s.id === desk.today?.usualServiceId);
  // Enter issues for the customer at the desk once their day is known: their usual service, or the first.
  const enterService = desk.customer && desk.today ? (usual ?? list[0]) : undefined;
  const keysLive = issuing.busy === null && !desk.warning;

  // A customer's page asks for a number: the customer is picked here and the number issued once their day is known.
  const ask = location.state as ReceptionAsk | null;
  const answered = useRef<string | null>(null);
  const { pick } = desk;
  useEffect(() => {
    if (!ask?.customer || answered.current === location.key) return;
    answered.current = location.key;
    pick(ask.customer);
    pendingServiceId.current = ask.serviceId;
    void navigate(location.pathname, { replace: true, state: null });
  }, [ask, pick, navigate, location.pathname, location.key]);
  useEffect(() => {
    const service = list.find((s) => s.id === pendingServiceId.current);
    if (!service || !desk.today || desk.warning || issuing.pending) return;
    pendingServiceId.current = null;
    issuing.issue(service);
  }, [list, desk.today, desk.warning, issuing]);

  useScreenHotkeys([
    ...list.map(
      (service) =>
        [
          service.prefix.toLowerCase(),
          (event: KeyboardEvent) => {
            if (keysLive && !event.repeat) issuing.issue(service);
          },
        ] as [string, (event: KeyboardEvent) => void],
    ),
    [PRIORITY_HOTKEY, () => keysLive && setPriority((on) => !on)],
    [
      CUSTOMER_HOTKEY,
      () => {
        if (!keysLive) return;
        // The box is there and focused before this handler returns, so digits typed straight after / land in it.
        if (desk.customer) flushSync(() => desk.pick(null));
        pickerRef.current?.focus();
      },
      { usePhysicalKeys: true },
    ],
    [
      'Enter',
      (event) => {
        // Only from the desk itself: Enter on a focused button or list is that control's own.
        if (keysLive && enterService && event.target === document.body && !event.repeat) issuing.issue(enterService);
      },
      { preventDefault: false },
    ],
    [
      'ArrowDown',
      (event) => {
        if (keysLive && !(event.target instanceof Node && bookingsRef.current?.contains(event.target))) bookingsRef.current?.focus();
      },
    ],
  ]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2}>{t('reception.title')}</Title>
          <Text c="dimmed">{t('reception.subtitle')}</Text>
        </Stack>
        <PickupButton />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={7}>
          <Stack gap="md">
            <Paper withBorder radius="lg" p="md">
              <Group align="flex-start" wrap="nowrap" gap="lg">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <CustomerSlot
                    value={desk.customer}
                    onChange={(c) => {
                      setNote(null);
                      desk.pick(c);
                    }}
                    inputRef={pickerRef}
                    enterService={enterService}
                    usual={usual !== undefined}
                    note={note}
                  />
                </div>
                <div style={{ flex: 'none', width: 300, paddingTop: 25 }}>
                  <PriorityToggle checked={priority} vip={desk.customer?.vip ?? false} onChange={setPriority} />
                </div>
              </Group>
            </Paper>
            {services.isPending ? (
              <Center h={200}>
                <Loader />
              </Center>
            ) : list.length === 0 ? (
              <Paper withBorder radius="lg" p="xl">
                <Stack align="center" gap="xs">
                  <Text fw={600}>{t('reception.noServices')}</Text>
                  {staff.role === 'admin' && <Anchor href="#/settings/queue">{t('reception.setUpServices')}</Anchor>}
                </Stack>
              </Paper>
            ) : (
              <SimpleGrid cols={list.length > 4 ? 2 : 1} spacing="md">
                {list.map((service) => (
                  <ServiceTile
                    key={service.id}
                    service={service}
                    load={loads.get(service.id)}
                    issuing={issuing.pendingServiceId === service.id}
                    enterIssues={enterService?.id === service.id}
                    onIssue={() => issuing.issue(service)}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <SlipPrinterWarning />
            {overview.data && (
              <AppointmentsPanel
                businessDay={overview.data.businessDay}
                services={list}
                listRef={bookingsRef}
                pendingId={checkIn.pendingId}
                onCheckIn={checkIn.checkIn}
              />
            )}
            {issuing.outcome ? (
              <IssuedPanel outcome={issuing.outcome} />
            ) : (
              <Paper withBorder radius="lg" p="lg" bg="gray.0" style={{ borderStyle: 'dashed' }}>
                <Stack align="center" gap="sm" py="sm">
                  <IconTicket size={36} stroke={1.4} color="var(--mantine-color-gray-5)" />
                  <Text c="dimmed" ta="center">
                    {t('reception.subtitle')}
                  </Text>
                  <Group gap={6}>
                    {list.map((s) => (
                      <Kbd key={s.id} size="lg">
                        {s.prefix}
                      </Kbd>
                    ))}
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <BusyDialog warning={issuing.busy} onConfirm={issuing.confirmBusy} onCancel={issuing.cancelBusy} />
      <AlreadyHereDialog
        customer={desk.customer}
        today={desk.warning ? desk.today : null}
        services={list}
        onCheckIn={checkIn.checkIn}
        onReprint={(ticketId, number) =>
          reprint.mutate({ ticketId }, { onSuccess: () => setNote(t('reception.already.reprinted', { number })) })
        }
        onIssueAnother={desk.confirmAnother}
        onCancel={() => desk.pick(null)}
      />
    </Stack>
  );
}
