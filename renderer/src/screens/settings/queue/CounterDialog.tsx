import { useEffect, useEffectEvent } from 'react';
import { Group, Modal, MultiSelect, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { COUNTER_KINDS, counterInput, type Counter, type Service } from '../../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { notifySuccess } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { useLocalName } from '../../queue/names.ts';
import { NumberField } from './NumberField.tsx';
import { applyQueueErrors, queueErrorText } from './fields.ts';

type CounterValues = z.input<typeof counterInput>;

export type CounterDialogState = { counter: Counter | null; nextPosition: number } | null;

function valuesOf(counter: Counter | null, nextPosition: number, services: Service[]): CounterValues {
  if (!counter)
    return {
      nameZh: '',
      nameEn: '',
      kind: 'window',
      serviceIds: services.filter((s) => s.active).map((s) => s.id),
      position: nextPosition,
      active: true,
    };
  return {
    nameZh: counter.nameZh,
    nameEn: counter.nameEn,
    kind: counter.kind,
    serviceIds: counter.serviceIds,
    position: counter.position,
    active: counter.active,
  };
}

/** Adds or edits a counter: its names, what kind it is, and the services whose numbers it calls. */
export function CounterDialog({ state, services, onClose }: { state: CounterDialogState; services: Service[]; onClose: () => void }) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const form = useForm<CounterValues, unknown, z.output<typeof counterInput>>({ resolver: zodResolver(counterInput) });
  const save = useOpMutation('queue.counters.save', {
    onSuccess: (saved) => {
      notifySuccess(t('settings.counterDialog.saved', { name: name(saved) }));
      onClose();
    },
    onError: (error) => applyQueueErrors(t, error, form),
  });
  const counter = state?.counter ?? null;
  // The services only seed a new counter's choice when the dialog opens; a later refetch keeps the edits.
  const fill = useEffectEvent((opening: NonNullable<CounterDialogState>) =>
    form.reset(valuesOf(opening.counter, opening.nextPosition, services)),
  );
  useEffect(() => {
    if (state) fill(state);
  }, [state]);
  const { errors } = form.formState;
  const err = (e: Parameters<typeof queueErrorText>[1]) => queueErrorText(t, e);
  const d = (key: string) => t(`settings.counterDialog.${key}`);
  const serviceOptions = services
    .filter((s) => s.active || counter?.serviceIds.includes(s.id))
    .map((s) => ({ value: String(s.id), label: `${s.prefix} · ${name(s)}` }));

  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={counter ? t('settings.counterDialog.editTitle', { name: name(counter) }) : d('addTitle')}
      size="lg"
    >
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => save.mutate({ ...(counter ? { id: counter.id } : {}), ...v }))(e)}>
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              label={d('nameZh')}
              description={d('nameZhHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder="2号窗口"
              data-autofocus
              error={err(errors.nameZh)}
              {...form.register('nameZh')}
            />
            <TextInput
              label={d('nameEn')}
              description={d('nameEnHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder="Counter 2"
              error={err(errors.nameEn)}
              {...form.register('nameEn')}
            />
          </Group>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {d('kind')}
                </Text>
                <SegmentedControl
                  value={field.value}
                  onChange={field.onChange}
                  data={COUNTER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  w="fit-content"
                />
                {errors.kind && (
                  <Text size="xs" c="red">
                    {err(errors.kind)}
                  </Text>
                )}
              </Stack>
            )}
          />
          <Controller
            control={form.control}
            name="serviceIds"
            render={({ field }) => (
              <MultiSelect
                label={d('services')}
                description={d('servicesHint')}
                withAsterisk
                data={serviceOptions}
                value={(field.value ?? []).map(String)}
                onChange={(v) => field.onChange(v.map(Number))}
                onBlur={field.onBlur}
                error={err(errors.serviceIds as Parameters<typeof queueErrorText>[1])}
                hidePickedOptions={false}
                clearable
              />
            )}
          />
          <Group align="flex-end" justify="space-between">
            <NumberField control={form.control} name="position" label={d('position')} min={0} max={999} error={err(errors.position)} />
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <Switch
                  label={t('settings.active')}
                  description={d('activeHint')}
                  checked={field.value ?? true}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
          </Group>
          <FormActions onCancel={onClose} loading={save.isPending} submitLabel={t('settings.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
