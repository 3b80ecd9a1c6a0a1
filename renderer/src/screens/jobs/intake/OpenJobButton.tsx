import { Button } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Appointment } from '../../../../../shared/contract/appointments.ts';
import type { IntakeStart } from './draft.ts';

/** A checked-in booking's item taken in: the intake starts with its customer, item and service. */
export function OpenJobButton({ appointment: a }: { appointment: Appointment }) {
  const { t } = useTranslation('jobIntake');
  const navigate = useNavigate();
  const start: IntakeStart = {
    source: { kind: 'appointment', appointmentId: a.id },
    customerId: a.customerId,
    assetId: a.assetId,
    serviceId: a.serviceId,
  };
  return (
    <Button
      variant="light"
      color="grape"
      leftSection={<IconTool size={16} />}
      onClick={() => void navigate('/jobs/new', { state: start })}
      data-testid="booking-open-job"
    >
      {t('openJob')}
    </Button>
  );
}
