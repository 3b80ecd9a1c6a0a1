import { useEffect } from 'react';
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { storeProfileInput } from '../../../../shared/contract/profile.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { applyServerErrors, notifySuccess } from '../../components/errors.ts';
import { StoreProfileFields } from '../../components/StoreProfileFields.tsx';
import { RealShopCard } from './RealShopCard.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';

type ProfileValues = z.input<typeof storeProfileInput>;

export function StoreProfileTab() {
  const { t } = useTranslation('settings');
  const { staff } = useSignedIn();
  const profile = useOp('store.profile.get');
  const canEdit = staff.role === 'admin';
  const form = useForm<ProfileValues, unknown, z.output<typeof storeProfileInput>>({
    resolver: zodResolver(storeProfileInput),
    mode: 'onTouched',
  });
  const save = useOpMutation('store.profile.update', {
    onSuccess: (saved) => {
      form.reset({
        name: saved.name,
        address: saved.address,
        phone: saved.phone,
        currency: saved.currency,
        taxMode: saved.taxMode,
        taxRateBp: saved.taxRateBp,
        locale: saved.locale,
        timeZone: saved.timeZone,
      });
      notifySuccess(t('common:saved'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });

  const data = profile.data;
  useEffect(() => {
    if (data && !form.formState.isDirty) {
      form.reset({
        name: data.name,
        address: data.address,
        phone: data.phone,
        currency: data.currency,
        taxMode: data.taxMode,
        taxRateBp: data.taxRateBp,
        locale: data.locale,
        timeZone: data.timeZone,
      });
    }
  }, [data, form]);

  if (!data) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
    <Stack maw={860}>
      <Text c="dimmed">{t('profile.intro')}</Text>
      {data.demo && (
        <Alert color={STATUS.demo} variant="light">
          {t('profile.demoNote')}
        </Alert>
      )}
      {data.demo && canEdit && <RealShopCard />}
      {!canEdit && <Alert color={STATUS.neutral}>{t('readOnly')}</Alert>}
      <Paper withBorder p="xl">
        <FormProvider {...form}>
          <form noValidate onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}>
            <StoreProfileFields readOnly={!canEdit} />
            {canEdit && (
              <Group justify="flex-end" mt="xl">
                <Button variant="default" disabled={!form.formState.isDirty} onClick={() => form.reset()}>
                  {t('common:actions.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
                  {t('common:actions.save')}
                </Button>
              </Group>
            )}
          </form>
        </FormProvider>
      </Paper>
    </Stack>
  );
}
