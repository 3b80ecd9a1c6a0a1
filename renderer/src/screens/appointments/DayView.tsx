import { useEffect, useEffectEvent, useRef } from 'react';
import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import { useLocalName } from '../queue/names.ts';
import { BookingCard } from './BookingCard.tsx';
import { shownStatus } from './status.ts';
import { zonedInstant } from '../../../../shared/time.ts';
import { storeTimeZone } from '../../format.ts';
import { localMinutes, minutesOf } from './time.ts';

/** Pixels per minute: a 30-minute slot is 54 px high, room for two lines. */
const PPM = 1.8;
const AXIS = 64;

export type ColumnsBy = 'service' | 'counter';

interface Column {
  key: string;
  title: string;
  prefix: string | null;
  /** Service hours shaded outside, for service columns. */
  hours: { opens: number; closes: number; slotMinutes: number; serviceId: number } | null;
  bookings: Appointment[];
}

export interface DayViewProps {
  day: string;
  isToday: boolean;
  nowIso: string;
  graceMinutes: number;
  appointments: Appointment[];
  services: Service[];
  counters: Counter[];
  columnsBy: ColumnsBy;
  serviceId: number | null;
  counterId: number | null;
  onOpen: (a: Appointment) => void;
  onBookAt: (serviceId: number, startsAt: string) => void;
}

/** Each booking's lane in its column, so bookings sharing a slot stand side by side. */
function lanes(bookings: Appointment[]): { lane: Map<number, number>; count: number } {
  const ends: string[] = [];
  const lane = new Map<number, number>();
  for (const b of [...bookings].sort((x, y) => x.startsAt.localeCompare(y.startsAt) || x.id - y.id)) {
    let i = ends.findIndex((end) => end <= b.startsAt);
    if (i === -1) i = ends.push(b.endsAt) - 1;
    else ends[i] = b.endsAt;
    lane.set(b.id, i);
  }
  return { lane, count: Math.max(1, ends.length) };
}

function columnsOf(p: DayViewProps, localName: (x: Service | Counter) => string, noCounter: string): Column[] {
  const bookable = p.services.filter((s) => s.slotCapacity > 0);
  if (p.columnsBy === 'service') {
    const shown = p.services.filter((s) =>
      p.serviceId === null ? bookable.includes(s) || p.appointments.some((a) => a.serviceId === s.id) : s.id === p.serviceId,
    );
    return shown.map((s) => ({
      key: `s${s.id}`,
      title: localName(s),
      prefix: s.prefix,
      hours: { opens: minutesOf(s.opensAt), closes: minutesOf(s.closesAt), slotMinutes: s.slotMinutes, serviceId: s.id },
      bookings: p.appointments.filter((a) => a.serviceId === s.id),
    }));
  }
  const counters = p.counters.filter((c) => (p.counterId === null ? true : c.id === p.counterId));
  const columns: Column[] = counters.map((c) => ({
    key: `c${c.id}`,
    title: localName(c),
    prefix: null,
    hours: null,
    bookings: p.appointments.filter((a) => a.counterId === c.id),
  }));
  const unassigned = p.appointments.filter((a) => a.counterId === null);
  if (p.counterId === null && unassigned.length > 0)
    columns.push({ key: 'none', title: noCounter, prefix: null, hours: null, bookings: unassigned });
  return columns;
}

/** The hours on screen: the services' hours, at most 08:00-20:00 for all-day services, widened to every booking and now. */
function visibleWindow(columns: Column[], services: Service[], appointments: Appointment[], nowMinutes: number | null): [number, number] {
  const hours = columns.flatMap((c) => (c.hours ? [c.hours] : []));
  const source =
    hours.length > 0
      ? hours
      : services.filter((s) => s.slotCapacity > 0).map((s) => ({ opens: minutesOf(s.opensAt), closes: minutesOf(s.closesAt) }));
  let start = source.length > 0 ? Math.min(...source.map((h) => h.opens)) : 8 * 60;
  let end = source.length > 0 ? Math.max(...source.map((h) => h.closes)) : 20 * 60;
  if (end - start > 12 * 60) {
    start = Math.max(start, 8 * 60);
    end = Math.min(end, 20 * 60);
  }
  for (const a of appointments) {
    start = Math.min(start, localMinutes(a.startsAt));
    end = Math.max(end, localMinutes(a.startsAt) + Math.round((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000));
  }
  if (nowMinutes !== null) {
    start = Math.min(start, nowMinutes);
    end = Math.max(end, nowMinutes + 1);
  }
  return [Math.floor(start / 60) * 60, Math.min(24 * 60, Math.ceil(end / 60) * 60)];
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The day as time rows × services (or counters), bookings as cards, a line at the current time. */
export function DayView(p: DayViewProps) {
  const { t } = useTranslation('appointments');
  const localName = useLocalName();
  const columns = columnsOf(p, localName, t('noCounter'));
  const nowMinutes = p.isToday ? localMinutes(p.nowIso) : null;
  const [start, end] = visibleWindow(columns, p.services, p.appointments, nowMinutes);
  const height = (end - start) * PPM;
  const y = (minutes: number) => (minutes - start) * PPM;
  const hours = Array.from({ length: (end - start) / 60 + 1 }, (_, i) => start + i * 60);
  const grid = `${AXIS}px repeat(${columns.length}, minmax(200px, 1fr))`;
  // Opening a day shows its interesting part: an hour before now today, else the first booking.
  const scroller = useRef<HTMLDivElement>(null);
  const firstBooking = p.appointments.length > 0 ? Math.min(...p.appointments.map((a) => localMinutes(a.startsAt))) : null;
  const focusMinutes = nowMinutes !== null ? nowMinutes - 60 : (firstBooking ?? start) - 30;
  const focusTop = Math.max(0, y(focusMinutes));
  const scrollToFocus = useEffectEvent(() => {
    if (scroller.current) scroller.current.scrollTop = focusTop;
  });
  // Only when the day or the view's shape changes, not on every minute's tick.
  useEffect(() => scrollToFocus(), [p.day, p.columnsBy, start]);

  return (
    <Paper withBorder radius="md" data-testid="day-view" data-day={p.day} style={{ overflow: 'hidden' }}>
      <Box ref={scroller} style={{ overflow: 'auto', maxHeight: 'calc(100vh - 330px)', minHeight: 320 }}>
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: grid,
            minWidth: AXIS + columns.length * 200,
            position: 'sticky',
            top: 0,
            zIndex: 3,
            background: 'var(--mantine-color-body)',
          }}
        >
          <Box style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} />
          {columns.map((c) => (
            <Group
              key={c.key}
              gap="xs"
              px="sm"
              py={10}
              wrap="nowrap"
              data-testid="day-column"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', borderLeft: '1px solid var(--mantine-color-gray-2)' }}
            >
              {c.prefix && <ServiceBadge prefix={c.prefix} size={26} />}
              <Stack gap={0} miw={0}>
                <Text fw={600} lineClamp={1}>
                  {c.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('day.summary', { count: c.bookings.filter((b) => b.status !== 'cancelled').length })}
                </Text>
              </Stack>
            </Group>
          ))}
        </Box>
        <Box pos="relative" style={{ display: 'grid', gridTemplateColumns: grid, minWidth: AXIS + columns.length * 200 }}>
          <Box pos="relative" h={height}>
            {hours.map((m) => (
              <Text key={m} size="xs" c="dimmed" ff="monospace" pos="absolute" right={8} top={Math.max(0, y(m) - 8)}>
                {hhmm(m)}
              </Text>
            ))}
          </Box>
          {columns.map((c) => {
            const { lane, count } = lanes(c.bookings);
            const width = `calc((100% - 8px) / ${count})`;
            return (
              <Box
                key={c.key}
                pos="relative"
                h={height}
                style={{
                  borderLeft: '1px solid var(--mantine-color-gray-2)',
                  backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-gray-2) 0 1px, transparent 1px ${30 * PPM}px)`,
                }}
              >
                {c.hours && c.hours.opens > start && <Box pos="absolute" top={0} left={0} right={0} h={y(c.hours.opens)} bg="gray.1" />}
                {c.hours && c.hours.closes < end && (
                  <Box pos="absolute" top={y(c.hours.closes)} left={0} right={0} bottom={0} bg="gray.1" />
                )}
                {c.hours && <SlotTargets day={p.day} nowIso={p.nowIso} hours={c.hours} from={start} to={end} y={y} onBookAt={p.onBookAt} />}
                {c.bookings.map((a) => {
                  const top = y(localMinutes(a.startsAt));
                  const minutes = (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000;
                  return (
                    <BookingCard
                      key={a.id}
                      appointment={a}
                      status={shownStatus(a, p.graceMinutes, p.nowIso)}
                      onOpen={() => p.onOpen(a)}
                      style={{
                        top: top + 1,
                        height: Math.max(minutes * PPM - 3, 46),
                        left: `calc(4px + ${lane.get(a.id) ?? 0} * ${width})`,
                        width: `calc(${width} - 4px)`,
                      }}
                    />
                  );
                })}
              </Box>
            );
          })}
          {nowMinutes !== null && nowMinutes >= start && nowMinutes <= end && (
            <Box
              data-testid="now-line"
              style={{
                position: 'absolute',
                left: 0,
                right: 0,
                top: y(nowMinutes) - 1,
                height: 2,
                background: 'var(--mantine-color-red-6)',
                zIndex: 2,
                pointerEvents: 'none',
              }}
            >
              <Text size="xs" fw={700} c="white" bg="red.6" px={4} style={{ position: 'absolute', left: 0, top: -9, borderRadius: 4 }}>
                {hhmm(nowMinutes)}
              </Text>
            </Box>
          )}
        </Box>
      </Box>
    </Paper>
  );
}

/** Free areas of a service column: a click books that slot (keyboard users press N). */
function SlotTargets({
  day,
  nowIso,
  hours,
  from,
  to,
  y,
  onBookAt,
}: {
  day: string;
  nowIso: string;
  hours: NonNullable<Column['hours']>;
  from: number;
  to: number;
  y: (m: number) => number;
  onBookAt: (serviceId: number, startsAt: string) => void;
}) {
  const slots: { minutes: number; startsAt: string }[] = [];
  for (let m = hours.opens; m + hours.slotMinutes <= hours.closes; m += hours.slotMinutes) {
    if (m < from || m + hours.slotMinutes > to) continue;
    const startsAt = new Date(zonedInstant(day, hhmm(m), storeTimeZone())).toISOString();
    if (startsAt >= nowIso) slots.push({ minutes: m, startsAt });
  }
  return slots.map((s) => (
    <Box
      key={s.minutes}
      pos="absolute"
      left={0}
      right={0}
      top={y(s.minutes)}
      h={hours.slotMinutes * PPM}
      tabIndex={-1}
      onClick={() => onBookAt(hours.serviceId, s.startsAt)}
      style={{ cursor: 'copy' }}
    />
  ));
}
