import { useEffect } from 'react';
import { Modal, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { applyServerErrors, notifySuccess } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { dayLabel, localTime } from './time.ts';
import { WhenFields, type WhenValues } from './WhenFields.tsx';

/** Moves a booking to another time (or service, or counter); its own place counts as free. */
export function RescheduleDialog({
  appointment,
  services,
  counters,
  onClose,
}: {
  appointment: Appointment | null;
  services: Service[];
  counters: Counter[];
  onClose: (moved?: Appointment) => void;
}) {
  const { t, i18n } = useTranslation('appointments');
  const form = useForm<WhenValues>({ defaultValues: { serviceId: null, counterId: null, day: '', startsAt: null } });
  const move = useOpMutation('appointments.reschedule', {
    onSuccess: (a) => {
      notifySuccess(t('reschedule.moved', { time: `${dayLabel(a.businessDay, i18n.language)} ${localTime(a.startsAt)}` }));
      onClose(a);
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (appointment)
      form.reset({
        serviceId: appointment.serviceId,
        counterId: appointment.counterId,
        day: appointment.businessDay,
        startsAt: appointment.startsAt,
      });
  }, [appointment, form]);

  return (
    <Modal
      opened={appointment !== null}
      onClose={() => onClose()}
      title={appointment ? t('reschedule.title', { name: appointment.customerName }) : ''}
      size="xl"
    >
      <form
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit(
            (v) =>
              appointment && move.mutate({ id: appointment.id, serviceId: v.serviceId!, counterId: v.counterId, startsAt: v.startsAt! }),
          )(e)
        }
      >
        <Stack>
          {appointment && <WhenFields form={form} services={services} counters={counters} exceptId={appointment.id} />}
          <FormActions onCancel={() => onClose()} loading={move.isPending} submitLabel={t('reschedule.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
