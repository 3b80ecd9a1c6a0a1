import { useEffect } from 'react';
import { Modal, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { PinPairFields } from '../../../components/PinPairFields.tsx';
import { RoleSelect, createForm } from './staffForms.tsx';

export function AddStaffDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const form = useForm<z.input<typeof createForm>, unknown, z.output<typeof createForm>>({
    resolver: zodResolver(createForm),
    defaultValues: { name: '', role: 'reception', pin: '', pinConfirm: '' },
  });
  const create = useOpMutation('staff.create', {
    onSuccess: (member) => {
      notifySuccess(t('form.created', { name: member.name }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (opened) form.reset({ name: '', role: 'reception', pin: '', pinConfirm: '' });
  }, [opened, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.addTitle')} size="lg">
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => create.mutate({ name: v.name, role: v.role, pin: v.pin }))(e)}>
        <Stack>
          <TextInput label={t('form.name')} withAsterisk data-autofocus error={errorText(errors.name)} {...form.register('name')} />
          <RoleSelect control={form.control} error={errorText(errors.role)} />
          <PinPairFields
            withAsterisk
            pin={{ label: t('form.pin'), description: t('form.pinHint'), error: errorText(errors.pin), ...form.register('pin') }}
            confirm={{ label: t('form.pinConfirm'), error: errorText(errors.pinConfirm), ...form.register('pinConfirm') }}
          />
          <FormActions onCancel={onClose} loading={create.isPending} submitLabel={t('add')} />
        </Stack>
      </form>
    </Modal>
  );
}
