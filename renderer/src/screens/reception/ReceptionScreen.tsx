import { useState } from 'react';
import { Anchor, Center, Grid, Group, Kbd, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { useOp } from '../../api/hooks.ts';
import { useSignedIn } from '../../session/session.tsx';
import { AppointmentsPanel } from './AppointmentsPanel.tsx';
import { BusyDialog } from './BusyDialog.tsx';
import { CustomerSlot } from './CustomerSlot.tsx';
import { IssuedPanel } from './IssuedPanel.tsx';
import { SlipPrinterWarning } from './SlipPrinterWarning.tsx';
import { PRIORITY_HOTKEY, PriorityToggle } from './PriorityToggle.tsx';
import { ServiceTile } from './ServiceTile.tsx';
import { useIssueNumber } from './useIssueNumber.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';

/**
 * Reception (F1): a walk-in's number in one key press, the service's letter. A customer and the green
 * channel are optional and chosen first; the panel on the right confirms what was issued and printed.
 */
export function ReceptionScreen() {
  const { t } = useTranslation('queue');
  const { staff } = useSignedIn();
  const services = useOp('queue.services.list', { includeInactive: false });
  const overview = useOp('queue.overview', {});
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [priority, setPriority] = useState(false);
  const issuing = useIssueNumber({
    customer,
    priority,
    onIssued: () => {
      setCustomer(null);
      setPriority(false);
    },
  });
  const list = services.data ?? [];
  const loads = new Map((overview.data?.services ?? []).map((l) => [l.serviceId, l]));
  const keysLive = issuing.busy === null;

  useScreenHotkeys([
    ...list.map(
      (service) =>
        [
          service.prefix.toLowerCase(),
          (event: KeyboardEvent) => {
            if (keysLive && !event.repeat) issuing.issue(service);
          },
        ] as [string, (event: KeyboardEvent) => void],
    ),
    [PRIORITY_HOTKEY, () => keysLive && setPriority((on) => !on)],
  ]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('reception.title')}</Title>
          <Text c="dimmed">{t('reception.subtitle')}</Text>
        </Stack>
      </Group>
      <Grid gap="xl">
        <Grid.Col span={7}>
          <Stack gap="lg">
            <Paper withBorder radius="lg" p="lg">
              <Group align="flex-start" wrap="nowrap" gap="lg">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <CustomerSlot value={customer} onChange={setCustomer} />
                </div>
                <div style={{ flex: 'none', width: 330, paddingTop: 25 }}>
                  <PriorityToggle checked={priority} vip={customer?.vip ?? false} onChange={setPriority} />
                </div>
              </Group>
            </Paper>
            {services.isPending ? (
              <Center h={200}>
                <Loader />
              </Center>
            ) : list.length === 0 ? (
              <Paper withBorder radius="lg" p="xl">
                <Stack align="center" gap="xs">
                  <Text fw={600}>{t('reception.noServices')}</Text>
                  {staff.role === 'admin' && <Anchor href="#/settings/queue">{t('reception.setUpServices')}</Anchor>}
                </Stack>
              </Paper>
            ) : (
              <SimpleGrid cols={list.length > 4 ? 2 : 1} spacing="md">
                {list.map((service) => (
                  <ServiceTile
                    key={service.id}
                    service={service}
                    load={loads.get(service.id)}
                    issuing={issuing.pendingServiceId === service.id}
                    onIssue={() => issuing.issue(service)}
                  />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="lg">
            <SlipPrinterWarning />
            {issuing.outcome ? (
              <IssuedPanel outcome={issuing.outcome} />
            ) : (
              <Paper withBorder radius="lg" p="xl" bg="gray.0" style={{ borderStyle: 'dashed' }}>
                <Stack align="center" gap="sm" py="lg">
                  <IconTicket size={40} stroke={1.4} color="var(--mantine-color-gray-5)" />
                  <Text c="dimmed" ta="center">
                    {t('reception.subtitle')}
                  </Text>
                  <Group gap={6}>
                    {list.map((s) => (
                      <Kbd key={s.id} size="lg">
                        {s.prefix}
                      </Kbd>
                    ))}
                  </Group>
                </Stack>
              </Paper>
            )}
            {overview.data && (
              <AppointmentsPanel
                businessDay={overview.data.businessDay}
                services={list}
                onCheckedIn={(issued) => issuing.setOutcome({ kind: 'issued', issued })}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <BusyDialog warning={issuing.busy} onConfirm={issuing.confirmBusy} onCancel={issuing.cancelBusy} />
    </Stack>
  );
}
