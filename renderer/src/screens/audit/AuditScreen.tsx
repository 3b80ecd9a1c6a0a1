import { Fragment, useMemo, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconX } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from '../../../../shared/audit-actions.ts';
import type { AuditEntry } from '../../../../shared/contract/audit.ts';
import type { OpInput } from '../../../../shared/contract/index.ts';
import { plusDays, zonedInstant } from '../../../../shared/time.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/hooks.ts';
import type { ApiError } from '../../api/errors.ts';
import { useDatePickerLabels } from '../../components/datePickerLabels.ts';
import { errorText } from '../../components/errors.ts';
import { formatDateTimeSeconds, storeTimeZone } from '../../format.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { originText } from './origin.ts';

const PAGE = 50;

/** The label of an action the services write; rows from older versions may carry others, shown as written. */
function actionLabel(labels: Record<AuditAction, string>, action: string): string | undefined {
  return isAuditAction(action) ? labels[action] : undefined;
}

export function AuditScreen() {
  const { t, i18n } = useTranslation('audit');
  const labels = useDatePickerLabels();
  const [dates, setDates] = useState<DatesRangeValue<string>>([null, null]);
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const staff = useOp('staff.list', { includeInactive: true });

  const actionLabels = t('actions', { returnObjects: true }) as Record<AuditAction, string>;
  const actionChoices = AUDIT_ACTIONS.map((value) => ({ value, label: actionLabels[value] })).sort((a, b) =>
    a.label.localeCompare(b.label, i18n.language),
  );
  const entityLabels = t('entities', { returnObjects: true }) as Record<string, string>;

  const filters = useMemo(() => {
    const zone = storeTimeZone();
    const query: OpInput<'audit.list'> = { limit: PAGE };
    const startOf = (day: string) => new Date(zonedInstant(day, '00:00', zone)).toISOString();
    if (dates[0]) query.from = startOf(dates[0]);
    const last = dates[1] ?? dates[0];
    if (last) query.to = startOf(plusDays(last, 1));
    if (actorId) query.actorId = Number(actorId);
    if (action) query.action = action;
    if (entity) query.entity = entity;
    if (debouncedText) query.text = debouncedText;
    return query;
  }, [dates, actorId, action, entity, debouncedText]);

  const log = useInfiniteQuery<{ rows: AuditEntry[]; nextBeforeId: number | null }, ApiError>({
    queryKey: ['audit.list', filters],
    queryFn: ({ pageParam }) => api.call('audit.list', { ...filters, ...(pageParam ? { beforeId: pageParam as number } : {}) }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.rows) ?? [];
  const anyFilter = dates[0] || actorId || action || entity || text;

  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('nav:audit')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, lg: 5 }} spacing="sm">
          <DatePickerInput
            {...labels.calendar}
            type="range"
            label={t('filters.dates')}
            placeholder={t('filters.datesPlaceholder')}
            value={dates}
            onChange={setDates}
            clearable
            allowSingleDateInRange
            valueFormatter={labels.valueFormatter('iso')}
          />
          <Select
            label={t('filters.staff')}
            placeholder={t('filters.staffPlaceholder')}
            data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            value={actorId}
            onChange={setActorId}
            clearable
            searchable
          />
          <Select
            label={t('filters.action')}
            placeholder={t('filters.actionPlaceholder')}
            data={actionChoices}
            value={action}
            onChange={(value) => setAction(value && isAuditAction(value) ? value : null)}
            clearable
            searchable
          />
          <Select
            label={t('filters.entity')}
            placeholder={t('filters.entityPlaceholder')}
            data={Object.entries(entityLabels).map(([value, label]) => ({ value, label }))}
            value={entity}
            onChange={setEntity}
            clearable
          />
          <TextInput
            label={t('filters.text')}
            placeholder={t('filters.textPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </SimpleGrid>
        {anyFilter && (
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconX size={14} />}
              onClick={() => {
                setDates([null, null]);
                setActorId(null);
                setAction(null);
                setEntity(null);
                setText('');
              }}
            >
              {t('filters.clear')}
            </Button>
          </Group>
        )}
      </Paper>

      <Paper withBorder>
        <Table data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th w={190}>{t('columns.at')}</Table.Th>
              <Table.Th>{t('columns.actor')}</Table.Th>
              <Table.Th>{t('columns.action')}</Table.Th>
              <Table.Th>{t('columns.entity')}</Table.Th>
              <Table.Th>{t('columns.approver')}</Table.Th>
              <Table.Th>{t('columns.origin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const expanded = open.has(row.id);
              const label = actionLabel(actionLabels, row.action);
              return (
                <Fragment key={row.id}>
                  <Table.Tr onClick={() => toggle(row.id)} style={{ cursor: 'pointer' }} data-testid="audit-row" aria-expanded={expanded}>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('expand')}>
                        {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td ff="monospace" fz="sm">
                      {formatDateTimeSeconds(row.at)}
                    </Table.Td>
                    <Table.Td>
                      {row.actorName ?? (
                        <Text c="dimmed" size="sm">
                          {t('system')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        fw={500}
                        data-action={row.action}
                        c={
                          row.action === 'access.denied' || row.action.endsWith('wrongPin') || row.action === 'staff.locked'
                            ? 'red.8'
                            : undefined
                        }
                      >
                        {label ?? row.action}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entityLabels[row.entity] ?? row.entity}</Text>
                      {row.entityId && (
                        <Text size="xs" c="dimmed" ff="monospace" lineClamp={1}>
                          {row.entityId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {row.approverName ? (
                        <Badge variant="light" color="violet">
                          {row.approverName}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {originText(t, row.origin)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr bg="var(--mantine-color-gray-0)">
                      <Table.Td />
                      <Table.Td colSpan={6} py="md">
                        <AuditDiff before={row.before} after={row.after} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
        {log.isPending && (
          <Center p="lg">
            <Loader />
          </Center>
        )}
        {log.isError && (
          <Text c="red" ta="center" p="lg">
            {errorText(t, log.error)}
          </Text>
        )}
        {log.isSuccess && rows.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('empty')}
          </Text>
        )}
        {log.isSuccess && rows.length > 0 && (
          <Center p="md">
            {log.hasNextPage ? (
              <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('common:actions.loadMore')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('end')}
              </Text>
            )}
          </Center>
        )}
      </Paper>
    </Stack>
  );
}
