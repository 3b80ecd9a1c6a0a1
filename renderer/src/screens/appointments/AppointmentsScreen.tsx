import { useEffect, useState } from 'react';
import { Button, Center, Checkbox, Group, Kbd, Loader, Paper, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconCalendarWeek, IconLayoutColumns, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Appointment, ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { errorText, notifyError, notifySuccess } from '../../components/errors.ts';
import { useLocalName } from '../queue/names.ts';
import { BookDialog, type BookDraft } from './BookDialog.tsx';
import { BookingDrawer, type BookingActions } from './BookingDrawer.tsx';
import { CancelDialog } from './CancelDialog.tsx';
import { CheckInResult, type CheckedIn } from './CheckInResult.tsx';
import { ConfirmationsView } from './ConfirmationsView.tsx';
import { DateNavigator } from './DateNavigator.tsx';
import { DayView, type ColumnsBy } from './DayView.tsx';
import { RescheduleDialog } from './RescheduleDialog.tsx';
import { addDays, storeToday, useNow, weekStart } from './time.ts';
import { WeekView } from './WeekView.tsx';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';

type View = 'day' | 'week' | 'confirmations';

/** Arrow keys on the tabs move between the tabs, not the days. */
const onTab = (e: KeyboardEvent) => e.target instanceof Element && e.target.closest('[role="tab"]') !== null;

/** Appointments (F3): the day and week calendars per service or counter, and tomorrow's confirmation calls. */
export function AppointmentsScreen() {
  const { t } = useTranslation('appointments');
  const localName = useLocalName();
  const location = useLocation();
  const navigate = useNavigate();
  const nowIso = useNow();
  const today = storeToday();
  const [view, setView] = useState<View>('day');
  const [day, setDay] = useState(today);
  const [confirmDay, setConfirmDay] = useState(() => addDays(today, 1));
  const [columnsBy, setColumnsBy] = useState<ColumnsBy>('service');
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [counterId, setCounterId] = useState<number | null>(null);
  const [weekServiceId, setWeekServiceId] = useState<number | null>(null);
  const [showCancelled, setShowCancelled] = useState(false);
  const [open, setOpen] = useState<Appointment | null>(null);
  const [draft, setDraft] = useState<BookDraft | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [checkedIn, setCheckedIn] = useState<CheckedIn | null>(null);

  const services = useOp('queue.services.list', { includeInactive: false });
  const counters = useOp('queue.counters.list', { includeInactive: false });
  const filter = { ...(serviceId !== null ? { serviceId } : {}), ...(counterId !== null ? { counterId } : {}) };
  const dayData = useOp('appointments.day', { day, ...filter }, { enabled: view === 'day' });
  const from = weekStart(day);
  const range = useOp('appointments.range', { from, to: addDays(from, 6), ...filter }, { enabled: view === 'week' });
  const confirmations = useOp('appointments.confirmations', { day: confirmDay }, { enabled: view === 'confirmations' });

  const allServices = services.data ?? [];
  const bookable = allServices.filter((s) => s.slotCapacity > 0);
  const allCounters = counters.data ?? [];
  const graceMinutes = dayData.data?.graceMinutes ?? 15;
  const dayAppointments = dayData.data?.appointments ?? [];
  const shownAppointments = showCancelled ? dayAppointments : dayAppointments.filter((a) => a.status !== 'cancelled');
  const cancelledCount = dayAppointments.length - dayAppointments.filter((a) => a.status !== 'cancelled').length;
  const openNow = open ? ([...dayAppointments, ...(confirmations.data?.appointments ?? [])].find((a) => a.id === open.id) ?? open) : null;
  const dialogOpen = open !== null || draft !== null || moving !== null || cancelling !== null || checkedIn !== null;

  const checkIn = useOpMutation('appointments.checkIn', {
    onSuccess: (r) => {
      setOpen(null);
      setCheckedIn(r);
    },
    onError: (e) => notifyError(t, e),
  });
  const confirm = useOpMutation('appointments.confirm', {
    onSuccess: (a) => {
      notifySuccess(t('confirm.done', { name: a.customerName }));
      setOpen((current) => (current?.id === a.id ? a : current));
    },
    onError: (e) => notifyError(t, e),
  });
  const noShow = useOpMutation('appointments.markNoShow', {
    onSuccess: (a) => {
      notifySuccess(t('noShow.done', { name: a.customerName }));
      setOpen((current) => (current?.id === a.id ? a : current));
    },
    onError: (e) => notifyError(t, e),
  });
  const pending: BookingActions['pending'] = checkIn.isPending
    ? { action: 'checkIn', id: checkIn.variables.id }
    : confirm.isPending
      ? { action: 'confirm', id: confirm.variables.id }
      : noShow.isPending
        ? { action: 'noShow', id: noShow.variables.id }
        : null;
  const actions: BookingActions = {
    checkIn: (a) => checkIn.mutate({ id: a.id }),
    confirm: (a, channel: ConfirmChannel) => confirm.mutate({ id: a.id, channel }),
    reschedule: (a) => setMoving(a),
    cancel: (a) => setCancelling(a),
    noShow: (a) => noShow.mutate({ id: a.id }),
    pending,
  };

  const startBooking = (d: Partial<BookDraft> = {}) => {
    const base = view === 'confirmations' ? confirmDay : day;
    setDraft({ day: base < today ? today : base, serviceId, counterId, startsAt: null, customer: null, ...d });
  };
  // Another screen asks for a booking (the palette, a customer's page): open the dialog once for that
  // navigation, then take the ask out of the history entry.
  const ask = location.state as { book?: boolean; bookFor?: CustomerSummary } | null;
  const asked = Boolean(ask?.book || ask?.bookFor);
  const [answeredAsk, setAnsweredAsk] = useState<string | null>(null);
  if (asked && answeredAsk !== location.key) {
    setAnsweredAsk(location.key);
    setDraft({ day: today, serviceId: null, counterId: null, startsAt: null, customer: ask?.bookFor ?? null });
  }
  useEffect(() => {
    if (asked) void navigate(location.pathname, { replace: true, state: null });
  }, [asked, navigate, location.pathname]);
  const step = view === 'week' ? 7 : 1;
  const shift = (n: number) => (view === 'confirmations' ? setConfirmDay((d) => addDays(d, n)) : setDay((d) => addDays(d, n * step)));
  const goToday = () => (view === 'confirmations' ? setConfirmDay(addDays(today, 1)) : setDay(today));
  useScreenHotkeys([
    ['n', () => !dialogOpen && startBooking()],
    ['ArrowLeft', (e) => !dialogOpen && !onTab(e) && shift(-1)],
    ['ArrowRight', (e) => !dialogOpen && !onTab(e) && shift(1)],
    ['t', () => !dialogOpen && goToday()],
  ]);

  const weekService =
    bookable.find((s) => s.id === (serviceId ?? weekServiceId)) ??
    bookable.find((s) => (range.data?.services ?? []).some((r) => r.serviceId === s.id));
  const weekSlots = range.data?.services.find((s) => s.serviceId === weekService?.id)?.slots ?? [];
  const current = view === 'day' ? dayData : view === 'week' ? range : confirmations;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle')}</Text>
        </Stack>
        <Button
          size="md"
          leftSection={<IconCalendarPlus size={18} />}
          rightSection={<Kbd size="xs">N</Kbd>}
          onClick={() => startBooking()}
          disabled={bookable.length === 0}
        >
          {t('toolbar.book')}
        </Button>
      </Group>

      <Tabs value={view} onChange={(v) => v && setView(v as View)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="day" leftSection={<IconLayoutColumns size={16} />}>
            {t('tabs.day')}
          </Tabs.Tab>
          <Tabs.Tab value="week" leftSection={<IconCalendarWeek size={16} />}>
            {t('tabs.week')}
          </Tabs.Tab>
          <Tabs.Tab value="confirmations" leftSection={<IconPhoneCall size={16} />}>
            {t('tabs.confirmations')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <Paper withBorder radius="md" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <DateNavigator
            view={view}
            day={view === 'confirmations' ? confirmDay : day}
            today={today}
            onShift={shift}
            onToday={goToday}
            onPick={view === 'confirmations' ? setConfirmDay : setDay}
          />
          {view !== 'confirmations' && (
            <Group gap="sm" wrap="nowrap">
              <Select
                aria-label={t('toolbar.service')}
                placeholder={t('toolbar.allServices')}
                data={allServices.map((s) => ({ value: String(s.id), label: `${s.prefix} · ${localName(s)}` }))}
                value={serviceId === null ? null : String(serviceId)}
                onChange={(v) => setServiceId(v === null ? null : Number(v))}
                clearable
                w={200}
              />
              <Select
                aria-label={t('toolbar.counter')}
                placeholder={t('toolbar.allCounters')}
                data={allCounters.map((c) => ({ value: String(c.id), label: localName(c) }))}
                value={counterId === null ? null : String(counterId)}
                onChange={(v) => setCounterId(v === null ? null : Number(v))}
                clearable
                w={170}
              />
              {view === 'day' && (
                <SegmentedControl
                  aria-label={t('toolbar.columns')}
                  value={columnsBy}
                  onChange={(v) => setColumnsBy(v)}
                  data={[
                    { value: 'service', label: t('toolbar.byService') },
                    { value: 'counter', label: t('toolbar.byCounter') },
                  ]}
                />
              )}
            </Group>
          )}
        </Group>
      </Paper>

      {current.isError ? (
        <Text c="red" ta="center" py="xl">
          {errorText(t, current.error)}
        </Text>
      ) : services.isPending || current.isPending ? (
        <Center h={240}>
          <Loader />
        </Center>
      ) : bookable.length === 0 && view !== 'confirmations' ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed" ta="center">
            {t('noServices')}
          </Text>
        </Paper>
      ) : view === 'day' ? (
        <Stack gap="xs">
          <DayView
            day={day}
            isToday={day === today}
            nowIso={nowIso}
            graceMinutes={graceMinutes}
            appointments={shownAppointments}
            services={allServices}
            counters={allCounters}
            columnsBy={columnsBy}
            serviceId={serviceId}
            counterId={counterId}
            onOpen={setOpen}
            onBookAt={(sid, startsAt) => startBooking({ day, serviceId: sid, startsAt })}
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {dayAppointments.length === 0 ? t('day.empty') : t('toolbar.keys')}
            </Text>
            {cancelledCount > 0 && (
              <Checkbox
                size="xs"
                checked={showCancelled}
                onChange={(e) => setShowCancelled(e.currentTarget.checked)}
                label={t('day.showCancelled', { count: cancelledCount })}
              />
            )}
          </Group>
        </Stack>
      ) : view === 'week' ? (
        !weekService ? (
          <Paper withBorder radius="md" p="xl">
            <Text c="dimmed" ta="center">
              {t('week.none')}
            </Text>
          </Paper>
        ) : (
          <WeekView
            days={range.data?.days ?? []}
            today={today}
            services={
              serviceId !== null
                ? bookable.filter((s) => s.id === serviceId)
                : bookable.filter((s) => (range.data?.services ?? []).some((r) => r.serviceId === s.id))
            }
            serviceId={weekService.id}
            onServiceChange={setWeekServiceId}
            slots={weekSlots}
            onBook={(slot) => startBooking({ day: slot.day, serviceId: weekService.id, startsAt: slot.startsAt })}
          />
        )
      ) : (
        <ConfirmationsView
          day={confirmDay}
          appointments={confirmations.data?.appointments ?? []}
          services={allServices}
          confirmingId={confirm.isPending ? confirm.variables.id : null}
          onConfirm={actions.confirm}
          onOpen={setOpen}
        />
      )}

      <BookingDrawer
        appointment={openNow}
        today={today}
        nowIso={nowIso}
        graceMinutes={graceMinutes}
        services={allServices}
        counters={allCounters}
        actions={actions}
        onClose={() => setOpen(null)}
      />
      <BookDialog draft={draft} services={bookable} counters={allCounters} onClose={() => setDraft(null)} />
      <RescheduleDialog
        appointment={moving}
        services={bookable}
        counters={allCounters}
        onClose={(moved) => {
          setMoving(null);
          if (moved) setOpen(moved);
        }}
      />
      <CancelDialog
        appointment={cancelling}
        onClose={(cancelled) => {
          setCancelling(null);
          if (cancelled) setOpen(null);
        }}
      />
      <CheckInResult result={checkedIn} services={allServices} onClose={() => setCheckedIn(null)} />
    </Stack>
  );
}
