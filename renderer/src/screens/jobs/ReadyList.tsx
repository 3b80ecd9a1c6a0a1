import { useState } from 'react';
import { Anchor, Badge, Center, Group, Kbd, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatPhone } from '../../../../shared/identifiers.ts';
import { useOp } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { formatDateTime } from '../../format.ts';
import { useMoney } from './useMoney.ts';

/** The threshold as the note says it: whole days when it is a number of days, else hours. */
function StaleNote({ hours }: { hours: number }) {
  const { t } = useTranslation('jobReady');
  return (
    <Text size="sm" c="red.8" data-testid="ready-stale-note">
      {hours % 24 === 0 ? t('staleNoteDays', { count: hours / 24 }) : t('staleNote', { count: hours })}
    </Text>
  );
}

/**
 * Ready, not collected: finished jobs waiting for their customers, the longest waiting first, with the
 * days waiting (red past the shop's stale threshold for ready jobs), the phone to call and what is owed.
 * ↑ ↓ move, Enter opens the job, Esc goes back to the board.
 */
export function ReadyList() {
  const { t } = useTranslation('jobReady');
  const navigate = useNavigate();
  const money = useMoney();
  const list = useOp('jobs.readyList', {});
  const settings = useOp('jobs.settings.get', {});
  const jobs = list.data ?? [];
  // The highlighted row belongs to one reading of the list: a new reading keeps the same job if it is still there.
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const found = jobs.findIndex((j) => j.id === selectedId);
  const active = found === -1 ? 0 : found;

  const back = () => void navigate('/jobs');
  const open = (id: number | undefined) => id !== undefined && void navigate(`/jobs/${id}`);
  const move = (by: number) => setSelectedId(jobs[Math.min(Math.max(active + by, 0), Math.max(jobs.length - 1, 0))]?.id ?? null);
  useScreenHotkeys([
    ['ArrowDown', () => move(1)],
    ['ArrowUp', () => move(-1)],
    ['Enter', () => open(jobs[active]?.id)],
    ['Escape', back],
  ]);

  const totalOwed = jobs.reduce((sum, j) => sum + j.owedMinor, 0);
  return (
    <Stack gap="md" data-testid="ready-list">
      <Anchor component="button" onClick={back} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {t('back')}
          <Kbd size="xs">Esc</Kbd>
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('subtitle', { count: jobs.length })}</Text>
        </Stack>
        {totalOwed > 0 && (
          <Text fw={600} data-testid="ready-total-owed">
            {t('totalOwed', { amount: money(totalOwed) })}
          </Text>
        )}
      </Group>
      <Group justify="space-between" wrap="nowrap">
        {settings.data ? <StaleNote hours={settings.data.staleHours.ready} /> : <span />}
        <Text size="xs" c="dimmed">
          {t('keys')}
        </Text>
      </Group>
      {list.isError ? (
        <Text c="red">{t('failed')}</Text>
      ) : !list.data ? (
        <Center h={200} data-loading>
          <Loader />
        </Center>
      ) : jobs.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center" data-testid="ready-empty">
            {t('empty')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.number')}</Table.Th>
                <Table.Th>{t('columns.customer')}</Table.Th>
                <Table.Th>{t('columns.phone')}</Table.Th>
                <Table.Th>{t('columns.item')}</Table.Th>
                <Table.Th>{t('columns.readyAt')}</Table.Th>
                <Table.Th>{t('columns.waiting')}</Table.Th>
                <Table.Th ta="right">{t('columns.owed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((j, i) => (
                <Table.Tr
                  key={j.id}
                  data-testid="ready-row"
                  data-number={j.number}
                  data-stale={j.stale}
                  aria-selected={i === active}
                  bg={i === active ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => open(j.id)}
                  onMouseEnter={() => setSelectedId(j.id)}
                >
                  <Table.Td>
                    <Text ff="monospace" fw={600}>
                      {j.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fw={600}>{j.customerName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm" c={j.customerPhone ? undefined : 'dimmed'}>
                      {j.customerPhone ? formatPhone(j.customerPhone) : t('noPhone')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={j.assetLabel ? undefined : 'dimmed'}>
                      {j.assetLabel ?? t('noItem')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(j.readyAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      data-testid="ready-days"
                      color={j.stale ? 'red' : 'gray'}
                      variant={j.stale ? 'filled' : 'light'}
                      size="lg"
                      tt="none"
                    >
                      {j.daysWaiting === 0 ? t('today') : t('days', { count: j.daysWaiting })}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text fw={j.owedMinor > 0 ? 600 : undefined} c={j.owedMinor > 0 ? undefined : 'dimmed'} data-testid="ready-owed">
                      {j.owedMinor > 0 ? money(j.owedMinor) : t('nothingOwed')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
