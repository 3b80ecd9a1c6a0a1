import { Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../../shared/contract/queue.ts';
import { useLocalName } from '../../queue/names.ts';
import { ServiceBadge } from '../../queue/ServiceBadge.tsx';
import { ActiveCell, EditCell } from './RowCells.tsx';
import { SettingsTableCard } from './SettingsTableCard.tsx';

interface CountersCardProps {
  counters: Counter[];
  services: Service[];
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (counter: Counter) => void;
}

/** The windows, desks and bays that call numbers, and the services each serves. */
export function CountersCard({ counters, services, canEdit, onAdd, onEdit }: CountersCardProps) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const c = (key: string) => t(`settings.counters.${key}`);
  const byId = new Map(services.map((s) => [s.id, s]));
  return (
    <SettingsTableCard
      title={c('title')}
      addLabel={c('add')}
      canEdit={canEdit}
      addDisabled={services.length === 0}
      onAdd={onAdd}
      emptyText={counters.length === 0 ? c('empty') : null}
    >
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
            <Table.Td>
              {counter.openStaffName ?? (
                <Text c="dimmed" size="sm" span>
                  {c('nobody')}
                </Text>
              )}
            </Table.Td>
            <ActiveCell active={counter.active} />
            {canEdit && <EditCell what={name(counter)} onEdit={() => onEdit(counter)} />}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </SettingsTableCard>
  );
}
