import { Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { staffChangeOwnPinInput } from '../../../../shared/contract/staff.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { PinPairFields } from '../../components/PinPairFields.tsx';

const myPinForm = staffChangeOwnPinInput
  .extend({ confirmPin: z.string() })
  .refine((v) => v.newPin === v.confirmPin, { path: ['confirmPin'], message: 'validation:pinsDiffer' });

export function MyPinTab() {
  const { t } = useTranslation('settings');
  const errorText = useFieldErrorText();
  const empty = { currentPin: '', newPin: '', confirmPin: '' };
  const form = useForm<z.input<typeof myPinForm>, unknown, z.output<typeof myPinForm>>({
    resolver: zodResolver(myPinForm),
    defaultValues: empty,
  });
  const change = useOpMutation('staff.changeOwnPin', {
    onSuccess: () => {
      form.reset(empty);
      notifySuccess(t('myPin.changed'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  const { errors } = form.formState;
  return (
    <Stack maw={520}>
      <Text c="dimmed">{t('myPin.intro')}</Text>
      <Paper withBorder p="xl">
        <form noValidate onSubmit={(e) => void form.handleSubmit((v) => change.mutate({ currentPin: v.currentPin, newPin: v.newPin }))(e)}>
          <Stack>
            <PasswordInput
              label={t('myPin.current')}
              inputMode="numeric"
              maxLength={8}
              autoComplete="current-password"
              autoFocus
              error={errorText(errors.currentPin)}
              {...form.register('currentPin')}
            />
            <PinPairFields
              pin={{ label: t('myPin.next'), error: errorText(errors.newPin), ...form.register('newPin') }}
              confirm={{ label: t('myPin.confirm'), error: errorText(errors.confirmPin), ...form.register('confirmPin') }}
            />
            <FormActions loading={change.isPending} submitLabel={t('myPin.submit')} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
