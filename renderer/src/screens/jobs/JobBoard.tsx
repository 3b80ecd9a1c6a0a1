import { useCallback, useMemo, useState } from 'react';
import { Button, Center, Group, Kbd, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { JobAssetKind } from '../../../../shared/contract/jobs-settings.ts';
import { JOB_ASSET_KINDS } from '../../../../shared/contract/jobs-settings.ts';
import type { BoardCard } from '../../../../shared/contract/jobs.ts';
import { nameIn } from '../../../../shared/names.ts';
import { useOp } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../session/session.tsx';
import { BoardColumn, FIRST_CARDS } from './BoardColumn.tsx';
import { BOARD_STATUSES, eventsLeadingTo, isBoardStatus, OFFERS, offeredEvents, type BoardStatus } from './jobMoves.ts';
import { useJobMover } from './useJobMover.tsx';
import { PickupButton } from './pickup/PickupButton.tsx';
import './board.css';

const ALL = 'all';
/** Opens the list of jobs ready and not collected (no card event uses it). */
const READY_LIST_KEY = 'L';

/** The board: open jobs in columns by status, filters, keyboard and drag moves, dispatch. */
export function JobBoard() {
  const { t, i18n } = useTranslation(['jobBoard', 'jobs', 'jobReady']);
  const navigate = useNavigate();
  const role = useSignedIn().staff.role;
  const [technician, setTechnician] = useState(ALL);
  const [service, setService] = useState(ALL);
  const [kind, setKind] = useState(ALL);
  const board = useOp('jobs.board', {
    technicianId: technician === ALL ? null : Number(technician),
    serviceId: service === ALL ? null : Number(service),
    assetKind: kind === ALL ? null : (kind as JobAssetKind),
  });
  const services = useOp('queue.services.list', { includeInactive: false });
  const mover = useJobMover(board.data?.technicians ?? []);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [shown, setShown] = useState<Partial<Record<BoardStatus, number>>>({});

  const columns = useMemo(() => {
    const by = new Map<BoardStatus, BoardCard[]>(BOARD_STATUSES.map((s) => [s, []]));
    for (const card of board.data?.jobs ?? []) if (isBoardStatus(card.status)) by.get(card.status)?.push(card);
    return by;
  }, [board.data]);
  const byId = useMemo(() => new Map((board.data?.jobs ?? []).map((c) => [c.id, c])), [board.data]);
  const focused = focusId === null ? undefined : byId.get(focusId);

  const focusKeys = useMemo(
    () =>
      focused ? offeredEvents(focused.status, role).map((type) => ({ key: OFFERS[type].key, label: t(`actions.${type}`), type })) : null,
    [focused, role, t],
  );

  const onFocus = useCallback((card: BoardCard) => setFocusId(card.id), []);
  const onOpen = useCallback((card: BoardCard) => void navigate(`/jobs/${card.id}`), [navigate]);
  const onShowMore = useCallback((status: BoardStatus, n: number) => setShown((s) => ({ ...s, [status]: n })), []);

  const shownIn = (status: BoardStatus, cards: BoardCard[]) => {
    const base = shown[status] ?? FIRST_CARDS;
    const at = focused?.status === status ? cards.indexOf(focused) + 1 : 0;
    return Math.max(base, at);
  };

  const step = (dx: number, dy: number) => {
    const filled = BOARD_STATUSES.filter((s) => (columns.get(s)?.length ?? 0) > 0);
    if (filled.length === 0) return;
    if (!focused || !isBoardStatus(focused.status)) {
      setFocusId(columns.get(filled[0] as BoardStatus)?.[0]?.id ?? null);
      return;
    }
    // The focus went elsewhere (a filter, a dialog): the first arrow comes back to the card.
    const el = document.querySelector<HTMLElement>(`[data-testid="job-card"][data-number="${focused.number}"]`);
    if (el && el !== document.activeElement) {
      el.focus();
      return;
    }
    const cards = columns.get(focused.status) ?? [];
    const row = cards.indexOf(focused);
    if (dy !== 0) {
      const next = cards[Math.min(cards.length - 1, Math.max(0, row + dy))];
      if (next) setFocusId(next.id);
      return;
    }
    const col = filled.indexOf(focused.status) + dx;
    const target = filled[Math.min(filled.length - 1, Math.max(0, col))];
    const targetCards = target ? (columns.get(target) ?? []) : [];
    const next = targetCards[Math.min(row, targetCards.length - 1)];
    if (next) setFocusId(next.id);
  };

  const keys = new Set(Object.values(OFFERS).map((o) => o.key));
  const guard = (run: () => void) => () => {
    if (!mover.open) run();
  };
  useScreenHotkeys([
    ['ArrowLeft', guard(() => step(-1, 0))],
    ['ArrowRight', guard(() => step(1, 0))],
    ['ArrowUp', guard(() => step(0, -1))],
    ['ArrowDown', guard(() => step(0, 1))],
    ['Enter', guard(() => focused && onOpen(focused))],
    [READY_LIST_KEY.toLowerCase(), guard(() => void navigate('/jobs/ready'))],
    ...[...keys].map((key): [string, () => void] => [
      key.toLowerCase(),
      guard(() => {
        const type = focusKeys?.find((k) => k.key === key)?.type;
        if (focused && type) mover.start(focused, type);
      }),
    ]),
  ]);

  const onDrop = (jobId: number, status: BoardStatus) => {
    const card = byId.get(jobId);
    if (!card || card.status === status) return;
    setFocusId(card.id);
    const events = eventsLeadingTo(card.status, status, role);
    const label = t(`jobs:statuses.${status}`);
    if (events.length === 0)
      notifications.show({ color: 'red', title: t('board.noMove', { number: card.number, status: label }), message: undefined });
    else mover.choose(card, events, label);
  };

  const technicians = board.data?.technicians ?? [];
  return (
    <Stack gap="sm" data-testid="job-board">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={0}>
          <Title order={2}>{t('board.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('board.subtitle', { count: board.data?.jobs.length ?? 0 })}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap" align="flex-end">
          <Button
            variant="light"
            color="green"
            leftSection={<IconPackage size={18} />}
            rightSection={<Kbd size="xs">{READY_LIST_KEY}</Kbd>}
            onClick={() => void navigate('/jobs/ready')}
            data-testid="open-ready-list"
          >
            {t('jobReady:openFromBoard')}
          </Button>
          <Select
            w={170}
            label={t('board.technician')}
            value={technician}
            allowDeselect={false}
            onChange={(v) => setTechnician(v ?? ALL)}
            data={[{ value: ALL, label: t('board.all') }, ...technicians.map((s) => ({ value: String(s.id), label: s.name }))]}
          />
          <Select
            w={170}
            label={t('board.service')}
            value={service}
            allowDeselect={false}
            onChange={(v) => setService(v ?? ALL)}
            data={[
              { value: ALL, label: t('board.all') },
              ...(services.data ?? []).map((s) => ({ value: String(s.id), label: nameIn(i18n.language, s) })),
            ]}
          />
          <Select
            w={140}
            label={t('board.assetKind')}
            value={kind}
            allowDeselect={false}
            onChange={(v) => setKind(v ?? ALL)}
            data={[{ value: ALL, label: t('board.all') }, ...JOB_ASSET_KINDS.map((k) => ({ value: k, label: t(`assetKinds.${k}`) }))]}
          />
          <PickupButton />
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('board.keys')}
      </Text>
      {!board.data ? (
        <Center h={200} data-loading>
          <Loader />
        </Center>
      ) : (
        <div className="jb-columns">
          {BOARD_STATUSES.map((status) => {
            const cards = columns.get(status) ?? [];
            return (
              <BoardColumn
                key={status}
                status={status}
                count={board.data.counts[status] ?? cards.length}
                cards={cards}
                shown={shownIn(status, cards)}
                onShowMore={onShowMore}
                focusedId={focused?.id ?? null}
                focusKeys={focusKeys}
                onFocus={onFocus}
                onOpen={onOpen}
                onDrop={onDrop}
              />
            );
          })}
        </div>
      )}
      {mover.dialogs}
    </Stack>
  );
}
