import { useEffect } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { settings as settingsSchema } from '../../../../shared/contract/settings.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';

const securityForm = settingsSchema.pick({ lockoutMinutes: true, autoLockMinutes: true });
type SecurityValues = z.input<typeof securityForm>;

export function SecurityTab() {
  const { t } = useTranslation('settings');
  const errorText = useFieldErrorText();
  const { staff } = useSignedIn();
  const canEdit = staff.role === 'admin';
  const current = useOp('store.settings.get');
  const form = useForm<SecurityValues>({ resolver: zodResolver(securityForm) });
  const save = useOpMutation('store.settings.update', {
    onSuccess: (saved) => {
      form.reset({ lockoutMinutes: saved.lockoutMinutes, autoLockMinutes: saved.autoLockMinutes });
      notifySuccess(t('common:saved'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  const data = current.data;
  useEffect(() => {
    if (data && !form.formState.isDirty) form.reset({ lockoutMinutes: data.lockoutMinutes, autoLockMinutes: data.autoLockMinutes });
  }, [data, form]);
  const { errors } = form.formState;

  const minutesField = (name: keyof SecurityValues, label: string, hint: string, min: number, max: number) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={hint}
          value={Number.isFinite(field.value) ? field.value : ''}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
          onBlur={field.onBlur}
          min={min}
          max={max}
          allowDecimal={false}
          suffix={` ${t('security.minutes')}`}
          readOnly={!canEdit}
          error={errorText(errors[name])}
          maw={360}
        />
      )}
    />
  );

  return (
    <Stack maw={720}>
      <Text c="dimmed">{t('security.intro')}</Text>
      {!canEdit && <Alert color={STATUS.neutral}>{t('readOnly')}</Alert>}
      <Paper withBorder p="xl">
        <form noValidate onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}>
          <Stack gap="lg">
            {minutesField('lockoutMinutes', t('security.lockoutMinutes'), t('security.lockoutHint'), 1, 1440)}
            {minutesField('autoLockMinutes', t('security.autoLockMinutes'), t('security.autoLockHint'), 1, 720)}
          </Stack>
          {canEdit && (
            <Group justify="flex-end" mt="xl">
              <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
                {t('common:actions.save')}
              </Button>
            </Group>
          )}
        </form>
      </Paper>
    </Stack>
  );
}
