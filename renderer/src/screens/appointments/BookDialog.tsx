import { useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/contract/appointments.ts';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import type { OpInput } from '../../../../shared/contract/index.ts';
import { isApiError } from '../../api/errors.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { AssetSelect } from '../../components/AssetSelect.tsx';
import { CustomerPicker } from '../../components/CustomerPicker.tsx';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { dayLabel, localTime } from './time.ts';
import { WhenFields, type WhenValues } from './WhenFields.tsx';

interface BookValues extends WhenValues {
  customer: CustomerSummary | null;
  assetId: number | null;
  note: string;
}

/** Where a new booking starts from: the day on screen, a clicked slot, the filters. */
export interface BookDraft {
  day: string;
  serviceId: number | null;
  counterId: number | null;
  startsAt: string | null;
  /** The customer, when the booking starts from one. */
  customer: CustomerSummary | null;
}

/** Books a customer (found or added on the spot) and their item into a slot with a place left. */
export function BookDialog({
  draft,
  services,
  counters,
  onClose,
}: {
  draft: BookDraft | null;
  services: Service[];
  counters: Counter[];
  onClose: (booked?: Appointment) => void;
}) {
  const { t, i18n } = useTranslation('appointments');
  const errorText = useFieldErrorText();
  const form = useForm<BookValues>({
    defaultValues: { customer: null, assetId: null, serviceId: null, counterId: null, day: '', startsAt: null, note: '' },
  });
  // A second booking the same day for the customer: the station names the one they have, and asks.
  const [sameDay, setSameDay] = useState<{ startsAt: string; day: string } | null>(null);
  const lastAsked = useRef<OpInput<'appointments.book'> | null>(null);
  const book = useOpMutation('appointments.book', {
    onSuccess: (a) => {
      setSameDay(null);
      notifySuccess(t('book.booked', { name: a.customerName, time: `${dayLabel(a.businessDay, i18n.language)} ${localTime(a.startsAt)}` }));
      onClose(a);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'ALREADY_BOOKED') {
        setSameDay({ startsAt: String(error.params.startsAt), day: String(error.params.day) });
        return;
      }
      applyServerErrors(t, error, form, { customerId: 'customer' });
    },
  });
  const submit = (input: OpInput<'appointments.book'>) => {
    lastAsked.current = input;
    book.mutate(input);
  };
  useEffect(() => {
    if (draft) form.reset({ assetId: null, note: '', ...draft, serviceId: draft.serviceId ?? services[0]?.id ?? null });
  }, [draft, form, services]);
  const customer = useWatch({ control: form.control, name: 'customer' });

  return (
    <Modal
      opened={draft !== null}
      onClose={() => onClose()}
      title={t('book.title')}
      size="xl"
      // The customer search gets the first focus (Esc still closes the dialog).
      closeButtonProps={{ tabIndex: -1 }}
    >
      <form
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) =>
            submit({
              customerId: v.customer!.id,
              assetId: v.assetId,
              serviceId: v.serviceId!,
              counterId: v.counterId,
              startsAt: v.startsAt!,
              note: v.note,
            }),
          )(e)
        }
      >
        <Stack>
          <Controller
            control={form.control}
            name="customer"
            rules={{ validate: (c) => (c ? true : 'validation:required') }}
            render={({ field, fieldState }) => (
              <Stack gap={4}>
                <CustomerPicker
                  label={t('book.customer')}
                  value={field.value}
                  onChange={(c) => {
                    field.onChange(c);
                    form.setValue('assetId', null);
                  }}
                  autoFocus
                  allowCreate
                />
                {fieldState.error && (
                  <div style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}>
                    {errorText(fieldState.error)}
                  </div>
                )}
              </Stack>
            )}
          />
          <Controller
            control={form.control}
            name="assetId"
            render={({ field }) => <AssetSelect customerId={customer?.id ?? null} value={field.value} onChange={field.onChange} />}
          />
          <WhenFields form={form} services={services} counters={counters} />
          <Textarea
            label={t('book.note')}
            placeholder={t('book.notePlaceholder')}
            autosize
            minRows={2}
            maxLength={200}
            error={errorText(form.formState.errors.note)}
            {...form.register('note')}
          />
          <FormActions onCancel={() => onClose()} loading={book.isPending} submitLabel={t('book.submit')} />
        </Stack>
      </form>
      <Modal
        opened={sameDay !== null}
        onClose={() => setSameDay(null)}
        title={<Text fw={700}>{t('book.sameDayTitle', { name: customer?.name ?? '' })}</Text>}
        size="md"
      >
        {sameDay && (
          <Stack data-testid="same-day-booking">
            <Text>
              {t('book.sameDayBody', {
                name: customer?.name ?? '',
                time: `${dayLabel(sameDay.day, i18n.language)} ${localTime(sameDay.startsAt)}`,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSameDay(null)}>
                {t('book.sameDayCancel')}
              </Button>
              <Button
                loading={book.isPending}
                onClick={() => lastAsked.current && submit({ ...lastAsked.current, confirmDuplicate: true })}
              >
                {t('book.sameDayConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Modal>
  );
}
