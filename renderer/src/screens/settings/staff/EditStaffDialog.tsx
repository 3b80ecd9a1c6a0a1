import { useEffect } from 'react';
import { Modal, Stack, Switch, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { StaffMember } from '../../../../../shared/contract/staff.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { RoleSelect, editForm } from './staffForms.tsx';

export function EditStaffDialog({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const form = useForm<z.input<typeof editForm>, unknown, z.output<typeof editForm>>({ resolver: zodResolver(editForm) });
  const update = useOpMutation('staff.update', {
    onSuccess: (saved) => {
      notifySuccess(t('form.updated', { name: saved.name }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (member) form.reset({ name: member.name, role: member.role, active: member.active });
  }, [member, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('form.editTitle', { name: member?.name ?? '' })} size="lg">
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => member && update.mutate({ id: member.id, ...v }))(e)}>
        <Stack>
          <TextInput label={t('form.name')} withAsterisk data-autofocus error={errorText(errors.name)} {...form.register('name')} />
          <RoleSelect control={form.control} error={errorText(errors.role)} />
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Switch
                label={t('form.active')}
                description={t('form.activeHint')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                error={errorText(errors.active)}
              />
            )}
          />
          <FormActions onCancel={onClose} loading={update.isPending} submitLabel={t('common:actions.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
