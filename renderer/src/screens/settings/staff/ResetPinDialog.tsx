import { useEffect } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { StaffMember } from '../../../../../shared/contract/staff.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { PinPairFields } from '../../../components/PinPairFields.tsx';
import { pinForm } from './staffForms.tsx';

export function ResetPinDialog({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const form = useForm<z.input<typeof pinForm>, unknown, z.output<typeof pinForm>>({
    resolver: zodResolver(pinForm),
    defaultValues: { pin: '', pinConfirm: '' },
  });
  const setPin = useOpMutation('staff.setPin', {
    onSuccess: () => {
      notifySuccess(t('resetPinForm.done', { name: member?.name ?? '' }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (member) form.reset({ pin: '', pinConfirm: '' });
  }, [member, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('resetPinForm.title', { name: member?.name ?? '' })}>
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => member && setPin.mutate({ id: member.id, pin: v.pin }))(e)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('resetPinForm.intro')}
          </Text>
          <PinPairFields
            withAsterisk
            pin={{ label: t('resetPinForm.pin'), 'data-autofocus': true, error: errorText(errors.pin), ...form.register('pin') }}
            confirm={{ label: t('resetPinForm.pinConfirm'), error: errorText(errors.pinConfirm), ...form.register('pinConfirm') }}
          />
          <FormActions onCancel={onClose} loading={setPin.isPending} submitLabel={t('resetPinForm.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
