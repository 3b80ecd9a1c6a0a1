import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../../shared/contract/index.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import { useLocalName } from '../queue/names.ts';
import { PrintStatus } from '../../components/PrintStatus.tsx';
import { localTime } from './time.ts';
import { waitText } from '../../components/waitText.ts';

export type CheckedIn = OpOutput<'appointments.checkIn'>;

/** After a check-in: the number large to read out, whether it is called first, and the slip's printing. */
export function CheckInResult({ result, services, onClose }: { result: CheckedIn | null; services: Service[]; onClose: () => void }) {
  const { t } = useTranslation('appointments');
  const localName = useLocalName();
  const service = result ? services.find((s) => s.id === result.ticket.serviceId) : undefined;
  return (
    <Modal
      opened={result !== null}
      onClose={onClose}
      title={result ? t('checkIn.title', { name: result.appointment.customerName }) : ''}
      size="md"
    >
      {result && (
        <Stack align="center" gap="md" data-testid="check-in-result">
          {service && (
            <Group gap="xs">
              <ServiceBadge prefix={service.prefix} size={26} />
              <Text fw={600}>{localName(service)}</Text>
            </Group>
          )}
          <Stack gap={0} align="center">
            <Text size="sm" c="dimmed">
              {t('checkIn.number')}
            </Text>
            <Text fz={84} fw={800} ff="monospace" lh={1} data-testid="check-in-number">
              {result.ticket.number}
            </Text>
          </Stack>
          <Text c="dimmed">{t('checkIn.ahead', { count: result.ahead, wait: waitText(t, result.estimatedMinutes) })}</Text>
          {result.late ? (
            <Alert color="orange" icon={<IconClockExclamation size={18} />} w="100%" data-testid="check-in-late">
              {t('checkIn.late')}
            </Alert>
          ) : (
            <Alert color="green" icon={<IconStarFilled size={16} />} w="100%">
              {t('checkIn.onTime', { time: result.ticket.windowEnd ? localTime(result.ticket.windowEnd) : '' })}
            </Alert>
          )}
          <PrintStatus printJobId={result.printJobId} document="queueSlip" />
          <Group justify="flex-end" w="100%">
            <Button onClick={onClose} data-autofocus>
              {t('checkIn.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
