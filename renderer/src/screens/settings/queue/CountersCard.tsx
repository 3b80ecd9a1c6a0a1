import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../../shared/contract/queue.ts';
import { STATUS } from '../../../theme.ts';
import { useLocalName } from '../../queue/names.ts';
import { ServiceBadge } from '../../queue/ServiceBadge.tsx';

interface CountersCardProps {
  counters: Counter[];
  services: Service[];
  canEdit: boolean;
  onAdd(): void;
  onEdit(counter: Counter): void;
}

/** The windows, desks and bays that call numbers, and the services each serves. */
export function CountersCard({ counters, services, canEdit, onAdd, onEdit }: CountersCardProps) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const c = (key: string) => t(`settings.counters.${key}`);
  const byId = new Map(services.map((s) => [s.id, s]));
  return (
    <Paper withBorder>
      <Group justify="space-between" p="lg" pb="sm">
        <Title order={4}>{c('title')}</Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={18} />} onClick={onAdd} disabled={services.length === 0}>
            {c('add')}
          </Button>
        )}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c('columns.name')}</Table.Th>
            <Table.Th>{c('columns.kind')}</Table.Th>
            <Table.Th>{c('columns.services')}</Table.Th>
            <Table.Th>{c('columns.openBy')}</Table.Th>
            <Table.Th>{c('columns.status')}</Table.Th>
            {canEdit && <Table.Th ta="right">{c('columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counters.map((counter) => (
            <Table.Tr key={counter.id} data-testid="counter-row" opacity={counter.active ? 1 : 0.6}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {name(counter)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`kinds.${counter.kind}`)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {counter.serviceIds.map((id) => {
                    const service = byId.get(id);
                    return service ? (
                      <Tooltip key={id} label={name(service)}>
                        <span>
                          <ServiceBadge prefix={service.prefix} size={26} />
                        </span>
                      </Tooltip>
                    ) : null;
                  })}
                </Group>
              </Table.Td>
              <Table.Td>{counter.openStaffName ?? <Text c="dimmed" size="sm" span>{c('nobody')}</Text>}</Table.Td>
              <Table.Td>
                <Badge color={counter.active ? STATUS.ok : STATUS.neutral} variant="light">
                  {t(counter.active ? 'settings.active' : 'settings.inactive')}
                </Badge>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group justify="flex-end">
                    <Tooltip label={t('settings.edit')}>
                      <ActionIcon variant="subtle" size="lg" aria-label={`${t('settings.edit')}: ${name(counter)}`} onClick={() => onEdit(counter)}>
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {counters.length === 0 && (
        <Text c="dimmed" ta="center" p="lg">
          {c('empty')}
        </Text>
      )}
    </Paper>
  );
}
