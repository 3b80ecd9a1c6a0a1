import { Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { Controller, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { useDatePickerLabels } from '../../components/datePickerLabels.ts';
import { useFieldErrorText } from '../../components/errors.ts';
import { useLocalName } from '../queue/names.ts';
import { SlotPicker } from './SlotPicker.tsx';
import { storeToday } from './time.ts';

/** The part of a booking form that says when and where: service, counter, date, time. */
export interface WhenValues extends FieldValues {
  serviceId: number | null;
  counterId: number | null;
  day: string;
  startsAt: string | null;
}

const required = (v: unknown) => (v !== null && v !== '' ? true : 'validation:required');

export function WhenFields<T extends WhenValues>({
  form,
  services,
  counters,
  exceptId,
}: {
  form: UseFormReturn<T>;
  services: Service[];
  counters: Counter[];
  exceptId?: number;
}) {
  const { t } = useTranslation('appointments');
  const labels = useDatePickerLabels();
  const localName = useLocalName();
  const errorText = useFieldErrorText();
  const path = (name: keyof WhenValues & string) => name as Path<T>;
  const set = (name: keyof WhenValues & string, value: unknown) =>
    form.setValue(path(name), value as PathValue<T, Path<T>>, { shouldValidate: form.formState.isSubmitted });
  const serviceId = form.watch(path('serviceId')) as number | null;
  const counterId = form.watch(path('counterId')) as number | null;
  const day = form.watch(path('day')) as string;
  const errors = form.formState.errors as Partial<Record<keyof WhenValues, { message?: string; type: string }>>;
  const serving = counters.filter((c) => serviceId !== null && c.serviceIds.includes(serviceId));

  return (
    <>
      <SimpleGrid cols={3}>
        <Controller
          control={form.control}
          name={path('serviceId')}
          rules={{ validate: required }}
          render={({ field }) => (
            <Select
              label={t('book.service')}
              withAsterisk
              data={services.map((s) => ({ value: String(s.id), label: `${s.prefix} · ${localName(s)}` }))}
              value={field.value === null ? null : String(field.value)}
              onChange={(v) => {
                const next = v === null ? null : Number(v);
                field.onChange(next);
                if (counterId !== null && !counters.find((c) => c.id === counterId)?.serviceIds.includes(next ?? 0)) set('counterId', null);
                set('startsAt', null);
              }}
              allowDeselect={false}
              error={errorText(errors.serviceId)}
            />
          )}
        />
        <Controller
          control={form.control}
          name={path('counterId')}
          render={({ field }) => (
            <Select
              label={t('book.counter')}
              placeholder={t('book.anyCounter')}
              data={serving.map((c) => ({ value: String(c.id), label: localName(c) }))}
              value={field.value === null ? null : String(field.value)}
              onChange={(v) => field.onChange(v === null ? null : Number(v))}
              clearable
              disabled={serviceId === null}
              error={errorText(errors.counterId)}
            />
          )}
        />
        <Controller
          control={form.control}
          name={path('day')}
          render={({ field }) => (
            <DatePickerInput
              {...labels.calendar}
              label={t('book.date')}
              leftSection={<IconCalendar size={16} />}
              valueFormatter={labels.valueFormatter('weekday')}
              minDate={storeToday()}
              value={field.value}
              onChange={(v) => {
                if (!v) return;
                field.onChange(v);
                set('startsAt', null);
              }}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name={path('startsAt')}
        rules={{ validate: required }}
        render={({ field }) => (
          <SlotPicker
            serviceId={serviceId}
            day={day}
            counterId={counterId}
            {...(exceptId !== undefined ? { exceptId } : {})}
            value={field.value}
            onChange={field.onChange}
            error={errorText(errors.startsAt)}
          />
        )}
      />
    </>
  );
}
