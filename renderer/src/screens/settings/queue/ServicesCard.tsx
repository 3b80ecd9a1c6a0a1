import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../../shared/contract/queue.ts';
import { useLocalName } from '../../queue/names.ts';
import { ServiceBadge } from '../../queue/ServiceBadge.tsx';
import { ActiveCell, EditCell } from './RowCells.tsx';
import { SettingsTableCard } from './SettingsTableCard.tsx';
import { otherNameIn } from '../../../../../shared/names.ts';

interface ServicesCardProps {
  services: Service[];
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (service: Service) => void;
}

/** The services customers take numbers for, one row each. */
export function ServicesCard({ services, canEdit, onAdd, onEdit }: ServicesCardProps) {
  const { t, i18n } = useTranslation('queue');
  const name = useLocalName();
  const otherName = (service: Service) => otherNameIn(i18n.language, service);
  const s = (key: string, params: Record<string, unknown> = {}) => t(`settings.services.${key}`, params);
  return (
    <SettingsTableCard
      title={s('title')}
      addLabel={s('add')}
      canEdit={canEdit}
      onAdd={onAdd}
      emptyText={services.length === 0 ? s('empty') : null}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{s('columns.prefix')}</Table.Th>
          <Table.Th>{s('columns.name')}</Table.Th>
          <Table.Th>{s('columns.typical')}</Table.Th>
          <Table.Th>{s('columns.cap')}</Table.Th>
          <Table.Th>{s('columns.busy')}</Table.Th>
          <Table.Th>{s('columns.hours')}</Table.Th>
          <Table.Th>{s('columns.slots')}</Table.Th>
          <Table.Th>{s('columns.status')}</Table.Th>
          {canEdit && <Table.Th ta="right">{s('columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {services.map((service) => (
          <Table.Tr key={service.id} data-testid="service-row" opacity={service.active ? 1 : 0.6}>
            <Table.Td>
              <ServiceBadge prefix={service.prefix} />
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Text fw={500} size="sm">
                  {name(service)}
                </Text>
                <Text size="xs" c="dimmed">
                  {otherName(service)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{t('minutes', { count: service.typicalMinutes })}</Table.Td>
            <Table.Td>
              {service.dailyCap ?? (
                <Text c="dimmed" size="sm" span>
                  {s('noCap')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {service.busyThreshold ? (
                s('busyAt', { count: service.busyThreshold })
              ) : (
                <Text c="dimmed" size="sm" span>
                  {s('noWarning')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {service.opensAt === '00:00' && service.closesAt === '24:00' ? s('allDay') : `${service.opensAt}–${service.closesAt}`}
            </Table.Td>
            <Table.Td>
              {service.slotCapacity > 0 ? (
                s('slots', { capacity: service.slotCapacity, minutes: service.slotMinutes })
              ) : (
                <Text c="dimmed" size="sm" span>
                  {s('noBooking')}
                </Text>
              )}
            </Table.Td>
            <ActiveCell active={service.active} />
            {canEdit && <EditCell what={service.prefix} onEdit={() => onEdit(service)} />}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </SettingsTableCard>
  );
}
