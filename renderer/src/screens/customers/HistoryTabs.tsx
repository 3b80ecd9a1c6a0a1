import { Badge, Paper, Table, Tabs, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { assetLabel, type Asset, type CustomerHistory } from '../../../../shared/contract/customers.ts';
import { useOp } from '../../api/hooks.ts';
import { formatDateTime } from '../../format.ts';
import { nameIn } from '../../../../shared/names.ts';

const TICKET_COLORS: Record<string, string> = {
  done: 'green',
  no_show: 'red',
  cancelled: 'gray',
  waiting: 'blue',
  called: 'yellow',
  serving: 'yellow',
  parked: 'orange',
};
const APPOINTMENT_COLORS: Record<string, string> = {
  checkedIn: 'green',
  noShow: 'red',
  cancelled: 'gray',
  booked: 'blue',
  confirmed: 'teal',
};

/**
 * The customer's history, one tab per area, newest first. Jobs, payments and complaints add their
 * tabs here as their sections appear in `customers.history`.
 */
export function HistoryTabs({ customerId, assets }: { customerId: number; assets: Asset[] }) {
  const { t, i18n } = useTranslation('customers');
  const history = useOp('customers.history', { id: customerId, limit: 100 });
  const zh = i18n.language === 'zh-CN';
  const assetName = (id: number | null) => {
    const found = id === null ? undefined : assets.find((a) => a.id === id);
    return found ? assetLabel(found) : '';
  };
  const h: CustomerHistory | undefined = history.data;

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('history.title')}
      </Title>
      <Tabs defaultValue="tickets" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tickets" leftSection={<IconTicket size={16} />} data-testid="history-tickets-tab">
            {t('history.tickets')} {h ? `(${h.tickets.entries.length})` : ''}
          </Tabs.Tab>
          <Tabs.Tab value="appointments" leftSection={<IconCalendarEvent size={16} />} data-testid="history-appointments-tab">
            {t('history.appointments')} {h ? `(${h.appointments.entries.length})` : ''}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tickets" pt="sm">
          {h && h.tickets.entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.noTickets')}
            </Text>
          ) : (
            <Table data-testid="history-tickets">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.columns.number')}</Table.Th>
                  <Table.Th>{t('history.columns.when')}</Table.Th>
                  <Table.Th>{t('history.columns.service')}</Table.Th>
                  <Table.Th>{t('history.columns.counter')}</Table.Th>
                  <Table.Th>{t('history.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h?.tickets.entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Text fw={700} ff="monospace">
                        {e.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(e.issuedAt)}</Table.Td>
                    <Table.Td>
                      {nameIn(zh ? 'zh-CN' : 'en', { nameZh: e.serviceNameZh, nameEn: e.serviceNameEn })}
                      {e.source === 'appointment' && (
                        <Badge ml={6} size="xs" variant="light">
                          {t('history.sources.appointment')}
                        </Badge>
                      )}
                      {e.assetId !== null && (
                        <Text size="xs" c="dimmed">
                          {assetName(e.assetId)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {e.counterNameZh === null || e.counterNameEn === null
                        ? t('common:none')
                        : nameIn(zh ? 'zh-CN' : 'en', { nameZh: e.counterNameZh, nameEn: e.counterNameEn })}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={TICKET_COLORS[e.status] ?? 'gray'}>
                        {t(`history.ticketStatuses.${e.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {h?.tickets.more && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('history.more', { count: h.tickets.entries.length })}
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="appointments" pt="sm">
          {h && h.appointments.entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.noAppointments')}
            </Text>
          ) : (
            <Table data-testid="history-appointments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.columns.when')}</Table.Th>
                  <Table.Th>{t('history.columns.service')}</Table.Th>
                  <Table.Th>{t('history.columns.note')}</Table.Th>
                  <Table.Th>{t('history.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h?.appointments.entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateTime(e.startsAt)}</Table.Td>
                    <Table.Td>
                      {nameIn(zh ? 'zh-CN' : 'en', { nameZh: e.serviceNameZh, nameEn: e.serviceNameEn })}
                      {e.assetId !== null && (
                        <Text size="xs" c="dimmed">
                          {assetName(e.assetId)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {e.note}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={APPOINTMENT_COLORS[e.status] ?? 'gray'}>
                        {t(`history.appointmentStatuses.${e.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {h?.appointments.more && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('history.more', { count: h.appointments.entries.length })}
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
