import { useEffect } from 'react';
import { Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { serviceInput, type Service } from '../../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { notifySuccess } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { NumberField } from './NumberField.tsx';
import { applyQueueErrors, queueErrorText } from './fields.ts';

/** Hints under the boxes, so boxes in a row line up whatever their hints' length. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

type ServiceValues = z.input<typeof serviceInput>;

export type ServiceDialogState = { service: Service | null; nextPosition: number } | null;

function valuesOf(service: Service | null, nextPosition: number): ServiceValues {
  if (!service) {
    return {
      prefix: '',
      nameZh: '',
      nameEn: '',
      typicalMinutes: 10,
      dailyCap: null,
      busyThreshold: null,
      opensAt: '00:00',
      closesAt: '24:00',
      slotMinutes: 30,
      slotCapacity: 1,
      position: nextPosition,
      active: true,
    };
  }
  const { id: _id, ...values } = service;
  return values;
}

/** Adds or edits a service: its letter, names, typical time, cap and warning, hours, booking slots. */
export function ServiceDialog({ state, onClose }: { state: ServiceDialogState; onClose: () => void }) {
  const { t } = useTranslation('queue');
  const form = useForm<ServiceValues, unknown, z.output<typeof serviceInput>>({ resolver: zodResolver(serviceInput) });
  const save = useOpMutation('queue.services.save', {
    onSuccess: (saved) => {
      notifySuccess(t('settings.serviceDialog.saved', { prefix: saved.prefix }));
      onClose();
    },
    onError: (error) => applyQueueErrors(t, error, form),
  });
  const service = state?.service ?? null;
  useEffect(() => {
    if (state) form.reset(valuesOf(state.service, state.nextPosition));
  }, [state, form]);
  const { errors } = form.formState;
  const err = (e: Parameters<typeof queueErrorText>[1]) => queueErrorText(t, e);
  const d = (key: string) => t(`settings.serviceDialog.${key}`);
  const minutes = d('minutesSuffix');

  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={service ? t('settings.serviceDialog.editTitle', { prefix: service.prefix }) : d('addTitle')}
      size="xl"
    >
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => save.mutate({ ...(service ? { id: service.id } : {}), ...v }))(e)}>
        <Stack>
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="nowrap">
            <TextInput
              inputWrapperOrder={BELOW}
              label={d('prefix')}
              description={d('prefixHint')}
              withAsterisk
              maxLength={1}
              data-autofocus
              styles={{ input: { fontSize: 22, fontWeight: 700, textTransform: 'uppercase', width: 64, textAlign: 'center' } }}
              style={{ flex: '0 0 190px' }}
              error={err(errors.prefix)}
              {...form.register('prefix')}
            />
            <TextInput label={d('nameZh')} error={err(errors.nameZh)} {...form.register('nameZh')} />
            <TextInput label={d('nameEn')} error={err(errors.nameEn)} {...form.register('nameEn')} />
          </Group>
          <Text size="xs" c="dimmed" mt={-8}>
            {d('nameHint')}
          </Text>
          <SimpleGrid cols={3}>
            <NumberField
              control={form.control}
              name="typicalMinutes"
              label={d('typicalMinutes')}
              description={d('typicalHint')}
              min={1}
              max={480}
              suffix={minutes}
              withAsterisk
              error={err(errors.typicalMinutes)}
            />
            <NumberField
              control={form.control}
              name="dailyCap"
              label={d('dailyCap')}
              description={d('dailyCapHint')}
              min={1}
              max={999}
              nullable
              placeholder={t('settings.services.noCap')}
              error={err(errors.dailyCap)}
            />
            <NumberField
              control={form.control}
              name="busyThreshold"
              label={d('busyThreshold')}
              description={d('busyHint')}
              min={1}
              max={999}
              nullable
              placeholder={t('settings.services.noWarning')}
              error={err(errors.busyThreshold)}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput
              inputWrapperOrder={BELOW}
              label={d('opensAt')}
              description={d('hoursHint')}
              placeholder="08:30"
              maxLength={5}
              error={err(errors.opensAt)}
              {...form.register('opensAt')}
            />
            <TextInput
              inputWrapperOrder={BELOW}
              label={d('closesAt')}
              placeholder="18:00"
              maxLength={5}
              error={err(errors.closesAt)}
              {...form.register('closesAt')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberField
              control={form.control}
              name="slotMinutes"
              label={d('slotMinutes')}
              min={5}
              max={480}
              suffix={minutes}
              error={err(errors.slotMinutes)}
            />
            <NumberField
              control={form.control}
              name="slotCapacity"
              label={d('slotCapacity')}
              description={d('slotHint')}
              min={0}
              max={50}
              error={err(errors.slotCapacity)}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberField
              control={form.control}
              name="position"
              label={d('position')}
              description={d('positionHint')}
              min={0}
              max={999}
              error={err(errors.position)}
            />
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <Switch
                  mt={30}
                  label={t('settings.active')}
                  description={d('activeHint')}
                  checked={field.value ?? true}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                  style={{ gridColumn: 'span 2' }}
                />
              )}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} loading={save.isPending} submitLabel={t('settings.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
