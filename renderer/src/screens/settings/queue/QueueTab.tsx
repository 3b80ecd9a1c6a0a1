import { useState } from 'react';
import { Alert, Group, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { STATUS } from '../../../theme.ts';
import { CounterDialog, type CounterDialogState } from './CounterDialog.tsx';
import { CountersCard } from './CountersCard.tsx';
import { ServiceDialog, type ServiceDialogState } from './ServiceDialog.tsx';
import { ServicesCard } from './ServicesCard.tsx';
import { SlipNoticeCard } from './SlipNoticeCard.tsx';

const nextPosition = (items: { position: number }[]) => items.reduce((max, i) => Math.max(max, i.position + 1), 1);

/** Settings, Queue: the services numbers are issued for, the counters that call them, the slip's notice. */
export function QueueTab() {
  const { t } = useTranslation('queue');
  const { staff } = useSignedIn();
  const canEdit = staff.role === 'admin';
  const [showInactive, setShowInactive] = useState(false);
  const services = useOp('queue.services.list', { includeInactive: showInactive });
  // Counters name their services by id, inactive ones too.
  const allServices = useOp('queue.services.list', { includeInactive: true });
  const counters = useOp('queue.counters.list', { includeInactive: showInactive });
  const [serviceDialog, setServiceDialog] = useState<ServiceDialogState>(null);
  const [counterDialog, setCounterDialog] = useState<CounterDialogState>(null);
  const serviceList = services.data ?? [];
  const counterList = counters.data ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" maw={680}>
          {t('settings.intro')}
        </Text>
        <Switch
          label={t('settings.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
          style={{ flex: 'none' }}
        />
      </Group>
      {!canEdit && <Alert color={STATUS.neutral}>{t('settings.readOnly')}</Alert>}
      <ServicesCard
        services={serviceList}
        canEdit={canEdit}
        onAdd={() => setServiceDialog({ service: null, nextPosition: nextPosition(allServices.data ?? []) })}
        onEdit={(service) => setServiceDialog({ service, nextPosition: service.position })}
      />
      <CountersCard
        counters={counterList}
        services={allServices.data ?? []}
        canEdit={canEdit}
        onAdd={() => setCounterDialog({ counter: null, nextPosition: nextPosition(counterList) })}
        onEdit={(counter) => setCounterDialog({ counter, nextPosition: counter.position })}
      />
      <SlipNoticeCard canEdit={canEdit} />
      <ServiceDialog state={serviceDialog} onClose={() => setServiceDialog(null)} />
      <CounterDialog state={counterDialog} services={allServices.data ?? []} onClose={() => setCounterDialog(null)} />
    </Stack>
  );
}
