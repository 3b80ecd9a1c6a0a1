import { useEffect } from 'react';
import { Modal, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Device } from '../../../../../shared/contract/devices.ts';
import { text } from '../../../../../shared/contract/fields.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';

const renameForm = z.object({ name: text(40) });

export function RenameDeviceModal({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useTranslation('display');
  const errorText = useFieldErrorText();
  const form = useForm<z.input<typeof renameForm>, unknown, z.output<typeof renameForm>>({
    resolver: zodResolver(renameForm),
    defaultValues: { name: '' },
  });
  useEffect(() => {
    if (device) form.reset({ name: device.name });
  }, [device, form]);
  const rename = useOpMutation('devices.rename', {
    onSuccess: () => {
      notifySuccess(t('common:saved'));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  return (
    <Modal opened={device !== null} onClose={onClose} title={t('settings.renameTitle')}>
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => device && rename.mutate({ id: device.id, name: v.name }))(e)}>
        <Stack>
          <TextInput
            label={t('settings.columns.name')}
            maxLength={40}
            data-autofocus
            error={errorText(form.formState.errors.name)}
            {...form.register('name')}
          />
          <FormActions submitLabel={t('settings.save')} loading={rename.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
