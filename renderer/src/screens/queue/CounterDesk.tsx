import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Kbd, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import {
  IconArrowsExchange,
  IconTool,
  IconBellRinging,
  IconCheck,
  IconCoffee,
  IconDoorExit,
  IconPlayerPause,
  IconPlayerPlay,
  IconSwitchHorizontal,
  IconUserX,
  IconVolume,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';
import { ActionButton } from './ActionButton.tsx';
import { BreakAskDialog } from './BreakAskDialog.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { useLocalName } from './names.ts';
import { NotStartedDialog } from './NotStartedDialog.tsx';
import { OnBreak } from './OnBreak.tsx';
import { ServiceBadge } from './ServiceBadge.tsx';
import { TicketLists } from './TicketLists.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { useCounterActions } from './useCounterActions.ts';
import { useReprintSlip } from './useReprintSlip.ts';
import { useNavigate } from 'react-router';
import type { IntakeStart } from '../jobs/intake/draft.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { waitText } from '../../components/waitText.ts';

/** The keys of the counter's actions; letters that match their English names, Space for the most used, B for a break. */
const KEYS = {
  callNext: 'Space',
  recall: 'R',
  start: 'S',
  finish: 'F',
  skip: 'N',
  park: 'P',
  transfer: 'T',
  pause: 'B',
  job: 'J',
} as const;

interface CounterDeskProps {
  counter: Counter;
  counters: Counter[];
  services: Service[];
  onLeave: () => void;
}

/** One counter at work: the ticket at the counter, large, the actions with their keys, and the lists. */
export function CounterDesk({ counter, counters, services, onLeave }: CounterDeskProps) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const { staff } = useSignedIn();
  const view = useOp('queue.counter', { counterId: counter.id });
  const overview = useOp('queue.overview', {});
  const actions = useCounterActions(counter.id);
  const reprint = useReprintSlip();
  const [transferring, setTransferring] = useState(false);
  /** Space on a ticket called but never started asks what happened; on break it asks to come back. */
  const [asking, setAsking] = useState<'notStarted' | 'break' | null>(null);
  const open = useOpMutation('queue.counters.open', { onError: (e) => notifyError(t, e) });
  const close = useOpMutation('queue.counters.close', { onSuccess: onLeave, onError: (e) => notifyError(t, e) });
  const byId = new Map(services.map((s) => [s.id, s]));

  const seatedBy = view.data?.counter.openStaffId ?? counter.openStaffId;
  const free = seatedBy === null;
  const mine = seatedBy === staff.id;
  // A free counter remembered on this computer is taken by whoever works here now.
  useEffect(() => {
    if (free && open.isIdle) open.mutate({ counterId: counter.id });
  }, [free, open, counter.id]);

  const current = view.data?.current ?? null;
  const breakSince = view.data ? view.data.counter.breakStartedAt : counter.breakStartedAt;
  const waitingCount = view.data?.waiting ?? 0;
  const serves = (serviceId: number) => counter.serviceIds.includes(serviceId);
  const tickets = overview.data?.tickets ?? [];
  const waiting = tickets.filter(
    (tk) => tk.status === 'waiting' && serves(tk.serviceId) && (tk.targetCounterId === null || tk.targetCounterId === counter.id),
  );
  const noShows = tickets.filter((tk) => tk.status === 'no_show' && serves(tk.serviceId));
  const can = {
    callNext: !actions.busy,
    recall: current?.status === 'called',
    start: current?.status === 'called',
    finish: current !== null,
    skip: current?.status === 'called',
    park: current !== null,
    transfer: current !== null,
    // A customer at the counter is finished, parked or transferred before a break.
    pause: current === null,
  };
  const live = mine && !transferring && asking === null;
  const run = (allowed: boolean, action: () => void) => () => {
    if (live && allowed && !actions.busy) action();
  };
  const withCurrent = (action: (id: number) => void) => () => current && action(current.id);
  const callNext = () => {
    if (breakSince) setAsking('break');
    else if (current?.status === 'called') setAsking('notStarted');
    else actions.callNext();
  };
  const toggleBreak = breakSince ? actions.endBreak : actions.startBreak;
  const navigate = useNavigate();
  /** Takes the customer's item in: the intake starts from this ticket, with its customer and service. */
  const openJob = () => {
    if (!current) return;
    const start: IntakeStart = {
      source: { kind: 'counter', ticketId: current.id },
      customerId: current.customerId,
      serviceId: current.serviceId,
    };
    void navigate('/jobs/new', { state: start });
  };

  useScreenHotkeys([
    ['space', run(can.callNext, callNext)],
    ['b', run(breakSince !== null || can.pause, toggleBreak)],
    ['r', run(can.recall, withCurrent(actions.recall))],
    ['s', run(can.start, withCurrent(actions.start))],
    ['f', run(can.finish, withCurrent(actions.finish))],
    ['n', run(can.skip, withCurrent(actions.skip))],
    ['p', run(can.park, withCurrent(actions.park))],
    ['t', run(can.transfer, () => setTransferring(true))],
    ['j', run(current !== null, openJob)],
  ]);

  const clearEmpty = actions.clearEmpty;
  useEffect(() => {
    if (waitingCount > 0) clearEmpty();
  }, [waitingCount, clearEmpty]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} data-testid="counter-name">
              {name(counter)}
            </Title>
            <Badge variant="light" color="gray" size="lg">
              {t(`kinds.${counter.kind}`)}
            </Badge>
          </Group>
          <Group gap={6}>
            {counter.serviceIds.map((id) => {
              const service = byId.get(id);
              return service ? (
                <Group key={id} gap={4} wrap="nowrap">
                  <ServiceBadge prefix={service.prefix} size={22} />
                  <Text size="sm" c="dimmed" mr="xs">
                    {name(service)}
                  </Text>
                </Group>
              ) : null;
            })}
          </Group>
        </Stack>
        <Group gap="sm">
          {mine && !breakSince && (
            <Tooltip label={t('counter.breakNeedsFree')} disabled={can.pause}>
              <Button
                variant="default"
                leftSection={<IconCoffee size={16} />}
                rightSection={<Kbd size="xs">{KEYS.pause}</Kbd>}
                disabled={!can.pause}
                loading={actions.pending.break}
                onClick={run(can.pause, actions.startBreak)}
                data-testid="counter-break"
              >
                {t('counter.actions.break')}
              </Button>
            </Tooltip>
          )}
          {breakSince && (
            <Badge
              size="xl"
              color={STATUS.warn}
              c="dark"
              variant="filled"
              leftSection={<IconCoffee size={16} />}
              data-testid="counter-break-badge"
            >
              {t('counter.onBreak')}
            </Badge>
          )}
          <Button variant="default" leftSection={<IconSwitchHorizontal size={16} />} onClick={onLeave}>
            {t('counter.change')}
          </Button>
          {mine && (
            <Button
              variant="default"
              leftSection={<IconDoorExit size={16} />}
              loading={close.isPending}
              onClick={() => close.mutate({ counterId: counter.id })}
            >
              {t('counter.close')}
            </Button>
          )}
        </Group>
      </Group>

      {!mine && !free && view.data && (
        <Alert color={STATUS.warn} variant="light" title={t('counter.takeOver', { name: view.data.counter.openStaffName ?? '' })}>
          <Button mt="xs" color={STATUS.warn} c="dark" loading={open.isPending} onClick={() => open.mutate({ counterId: counter.id })}>
            {t('counter.takeOverButton')}
          </Button>
        </Alert>
      )}

      <Grid gap="xl">
        <Grid.Col span={8}>
          <Paper withBorder radius="lg" p="xl" shadow="xs">
            <Stack gap="lg">
              {breakSince && !current ? (
                <OnBreak since={breakSince} hotkey={KEYS.pause} pending={actions.pending.break} onBack={run(true, actions.endBreak)} />
              ) : (
                <CurrentTicket
                  ticket={current}
                  service={current ? byId.get(current.serviceId) : undefined}
                  waiting={waitingCount}
                  reprinting={reprint.pending}
                  onReprint={() => current && reprint.reprint(current)}
                />
              )}
              {actions.empty && current && (
                <Alert color="teal" variant="light" data-testid="nobody-waiting" title={t('counter.nobodyWaiting')}>
                  {t('counter.nobodyWaitingHint')}
                </Alert>
              )}
              <ActionButton
                hotkey={KEYS.callNext}
                size="xl"
                fullWidth
                leftSection={<IconBellRinging size={24} />}
                loading={actions.pending.callNext}
                disabled={!mine && !free}
                onClick={run(can.callNext, callNext)}
              >
                {t('counter.actions.callNext')}
              </ActionButton>
              <SimpleGrid cols={3} spacing="sm">
                <ActionButton
                  hotkey={KEYS.recall}
                  variant="light"
                  leftSection={<IconVolume size={18} />}
                  disabled={!can.recall}
                  loading={actions.pending.recall}
                  onClick={run(can.recall, withCurrent(actions.recall))}
                >
                  {t('counter.actions.recall')}
                </ActionButton>
                <ActionButton
                  hotkey={KEYS.start}
                  variant="light"
                  color="green"
                  leftSection={<IconPlayerPlay size={18} />}
                  disabled={!can.start}
                  loading={actions.pending.start}
                  onClick={run(can.start, withCurrent(actions.start))}
                >
                  {t('counter.actions.start')}
                </ActionButton>
                <ActionButton
                  hotkey={KEYS.finish}
                  variant="light"
                  color="green"
                  leftSection={<IconCheck size={18} />}
                  disabled={!can.finish}
                  loading={actions.pending.finish}
                  onClick={run(can.finish, withCurrent(actions.finish))}
                >
                  {t('counter.actions.finish')}
                </ActionButton>
                <ActionButton
                  hotkey={KEYS.skip}
                  variant="default"
                  leftSection={<IconUserX size={18} />}
                  disabled={!can.skip}
                  loading={actions.pending.skip}
                  onClick={run(can.skip, withCurrent(actions.skip))}
                >
                  {t('counter.actions.skip')}
                </ActionButton>
                <ActionButton
                  hotkey={KEYS.park}
                  variant="default"
                  leftSection={<IconPlayerPause size={18} />}
                  disabled={!can.park}
                  loading={actions.pending.park}
                  onClick={run(can.park, withCurrent(actions.park))}
                >
                  {t('counter.actions.park')}
                </ActionButton>
                <ActionButton
                  hotkey={KEYS.transfer}
                  variant="default"
                  leftSection={<IconArrowsExchange size={18} />}
                  disabled={!can.transfer}
                  onClick={run(can.transfer, () => setTransferring(true))}
                >
                  {t('counter.actions.transfer')}
                </ActionButton>
              </SimpleGrid>
              <ActionButton
                hotkey={KEYS.job}
                variant="light"
                color="grape"
                leftSection={<IconTool size={18} />}
                disabled={current === null}
                onClick={run(current !== null, openJob)}
                data-testid="counter-open-job"
              >
                {t('jobIntake:openJob')}
              </ActionButton>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={4}>
          <Stack gap="lg">
            <Paper withBorder radius="lg" p="lg">
              <Group justify="space-between" align="flex-end">
                <Stack gap={0}>
                  <Text fz={44} fw={800} lh={1} data-testid="counter-waiting">
                    {waitingCount}
                  </Text>
                  <Text c="dimmed">{t('counter.waitingLabel', { count: waitingCount })}</Text>
                </Stack>
                {view.data?.next && (
                  <Stack gap={0} align="flex-end">
                    <Text size="sm" c="dimmed">
                      {t('counter.next')}
                    </Text>
                    <Text fz={30} fw={800} lh={1.1} data-testid="counter-next">
                      {view.data.next.number}
                    </Text>
                  </Stack>
                )}
              </Group>
              <Text size="sm" mt="sm">
                {t('counter.estimate', { wait: waitText(t, view.data?.estimatedMinutes ?? 0) })}
              </Text>
            </Paper>
            <TicketLists
              waiting={waiting}
              parked={view.data?.parked ?? []}
              noShows={noShows}
              services={byId}
              busy={actions.busy || !live || breakSince !== null}
              onCall={actions.call}
              onReinstate={actions.reinstate}
              onReprint={reprint.reprint}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <TransferDialog
        ticket={transferring ? current : null}
        services={services}
        counters={counters}
        pending={actions.pending.transfer}
        onTransfer={(input) => current && actions.transfer({ ticketId: current.id, ...input }, () => setTransferring(false))}
        onClose={() => setTransferring(false)}
      />
      <NotStartedDialog
        ticket={asking === 'notStarted' ? current : null}
        onStart={withCurrent(actions.start)}
        onSkip={withCurrent(actions.skipThenCallNext)}
        onFinish={withCurrent(actions.finishThenCallNext)}
        onClose={() => setAsking(null)}
      />
      <BreakAskDialog opened={asking === 'break'} onBack={actions.endBreakThenCallNext} onClose={() => setAsking(null)} />
    </Stack>
  );
}
