import { useEffect } from 'react';
import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';

/** Cancels a booking with the reason; the booking is kept, its place freed. */
export function CancelDialog({ appointment, onClose }: { appointment: Appointment | null; onClose: (cancelled?: Appointment) => void }) {
  const { t } = useTranslation('appointments');
  const errorText = useFieldErrorText();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const cancel = useOpMutation('appointments.cancel', {
    onSuccess: (a) => {
      notifySuccess(t('cancel.done', { name: a.customerName }));
      onClose(a);
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (appointment) form.reset({ reason: '' });
  }, [appointment, form]);

  return (
    <Modal
      opened={appointment !== null}
      onClose={() => onClose()}
      title={appointment ? t('cancel.title', { name: appointment.customerName }) : ''}
    >
      <form
        noValidate
        onSubmit={(e) => void form.handleSubmit((v) => appointment && cancel.mutate({ id: appointment.id, reason: v.reason }))(e)}
      >
        <Stack>
          <Textarea
            label={t('cancel.reason')}
            placeholder={t('cancel.reasonPlaceholder')}
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
            maxLength={200}
            error={errorText(form.formState.errors.reason)}
            {...form.register('reason', { validate: (v) => (v.trim() ? true : 'validation:required') })}
          />
          <FormActions
            onCancel={() => onClose()}
            cancelLabel={t('cancel.keep')}
            loading={cancel.isPending}
            submitLabel={t('cancel.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
