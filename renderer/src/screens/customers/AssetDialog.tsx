import { useEffect, useState } from 'react';
import { Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCar, IconDeviceMobile } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ASSET_KINDS, assetLabel, assetSaveInput, PROOFS, type Asset } from '../../../../shared/contract/customers.ts';
import { businessDate } from '../../../../shared/time.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { useDatePickerLabels } from '../../components/datePickerLabels.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { storeTimeZone } from '../../format.ts';

type FormIn = z.input<typeof assetSaveInput>;
type FormOut = z.output<typeof assetSaveInput>;

function initialValues(customerId: number, a: Asset | undefined): FormIn {
  return {
    id: a?.id,
    customerId,
    kind: a?.kind ?? 'device',
    brand: a?.brand ?? '',
    model: a?.model ?? '',
    serial: a?.serial ?? '',
    imei: a?.imei ?? '',
    plate: a?.plate ?? '',
    vin: a?.vin ?? '',
    mileageKm: a?.mileageKm ?? null,
    purchaseDate: a?.purchaseDate ?? null,
    proof: a?.proof ?? 'none',
    proofNote: a?.proofNote ?? '',
    notes: a?.notes ?? '',
  };
}

/** IMEI and VIN are read digit by digit: a fixed-width font in the box only. */
const CODE = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Typed dates are read as YYYY-MM-DD only; anything else is left for the check to refuse. */
const parseDay = (typed: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(typed.trim()) ? typed.trim() : null);

/**
 * Add or edit a device (brand, model, serial, IMEI) or a vehicle (plate, VIN, mileage), with purchase
 * date and proof of purchase. IMEI and VIN check digits are checked as soon as the field is left.
 */
export function AssetDialog({
  customerId,
  asset,
  opened,
  onClose,
  onSaved,
}: {
  customerId: number;
  asset?: Asset;
  opened: boolean;
  onClose: () => void;
  /** Told the saved asset (intake chooses the one just added). */
  onSaved?: (saved: Asset) => void;
}) {
  const { t } = useTranslation('customers');
  const labels = useDatePickerLabels();
  const errorText = useFieldErrorText();
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(assetSaveInput),
    mode: 'onTouched',
    defaultValues: initialValues(customerId, asset),
  });
  const save = useOpMutation('assets.save', {
    onSuccess: (saved) => {
      notifySuccess(t('assets.saved', { label: assetLabel(saved) }));
      onSaved?.(saved);
      onClose();
    },
    // The station's field names are the form's; the form's checked output differs only in types.
    onError: (error) => applyServerErrors(t, error, form as unknown as UseFormReturn<FormIn>),
  });
  useEffect(() => {
    if (opened) form.reset(initialValues(customerId, asset));
  }, [opened, customerId, asset, form]);

  const kind = useWatch({ control: form.control, name: 'kind' });
  const proof = useWatch({ control: form.control, name: 'proof' });
  const { errors } = form.formState;
  const [today] = useState(() => businessDate(Date.now(), storeTimeZone()));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={asset ? t('assets.form.editTitle', { label: assetLabel(asset) }) : t('assets.form.addTitle')}
      size="lg"
      data-testid="asset-dialog"
    >
      <form noValidate onSubmit={(e) => void form.handleSubmit(() => save.mutate(form.getValues()))(e)}>
        <Stack>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <SegmentedControl
                aria-label={t('assets.form.kind')}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                data={ASSET_KINDS.map((k) => ({
                  value: k,
                  label: (
                    <Group gap={6} justify="center" wrap="nowrap">
                      {k === 'device' ? <IconDeviceMobile size={16} /> : <IconCar size={16} />}
                      {t(`assets.kinds.${k}`)}
                    </Group>
                  ),
                }))}
              />
            )}
          />
          <SimpleGrid cols={2}>
            <TextInput label={t('assets.form.brand')} data-autofocus error={errorText(errors.brand)} {...form.register('brand')} />
            <TextInput
              label={t('assets.form.model')}
              withAsterisk={kind === 'device'}
              error={errorText(errors.model)}
              {...form.register('model')}
            />
          </SimpleGrid>
          {kind === 'device' ? (
            <SimpleGrid cols={2}>
              <TextInput
                label={t('assets.form.imei')}
                description={t('assets.form.imeiHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                inputMode="numeric"
                styles={CODE}
                error={errorText(errors.imei)}
                {...form.register('imei')}
              />
              <TextInput label={t('assets.form.serial')} error={errorText(errors.serial)} {...form.register('serial')} />
            </SimpleGrid>
          ) : (
            <>
              <SimpleGrid cols={2}>
                <TextInput label={t('assets.form.plate')} error={errorText(errors.plate)} {...form.register('plate')} />
                <Controller
                  control={form.control}
                  name="mileageKm"
                  render={({ field }) => (
                    <NumberInput
                      label={t('assets.form.mileage')}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator=","
                      value={field.value ?? ''}
                      onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                      onBlur={field.onBlur}
                      error={errorText(errors.mileageKm)}
                    />
                  )}
                />
              </SimpleGrid>
              <TextInput
                label={t('assets.form.vin')}
                description={t('assets.form.vinHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                styles={CODE}
                error={errorText(errors.vin)}
                {...form.register('vin')}
              />
            </>
          )}
          <SimpleGrid cols={2}>
            <Controller
              control={form.control}
              name="purchaseDate"
              render={({ field }) => (
                <DateInput
                  {...labels.calendar}
                  label={t('assets.form.purchaseDate')}
                  placeholder={t('common:calendar.dayPlaceholder')}
                  valueFormat={labels.dayText('iso')}
                  dateParser={parseDay}
                  maxDate={today}
                  clearable
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v)}
                  onBlur={field.onBlur}
                  error={errorText(errors.purchaseDate)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="proof"
              render={({ field }) => (
                <Select
                  label={t('assets.form.proof')}
                  data={PROOFS.map((p) => ({ value: p, label: t(`assets.proofs.${p}`) }))}
                  value={field.value ?? 'none'}
                  onChange={(v) => field.onChange(v ?? 'none')}
                  allowDeselect={false}
                  error={errorText(errors.proof)}
                />
              )}
            />
          </SimpleGrid>
          {proof !== 'none' && (
            <TextInput label={t('assets.form.proofNote')} error={errorText(errors.proofNote)} {...form.register('proofNote')} />
          )}
          <Textarea
            label={t('assets.form.notes')}
            autosize
            minRows={2}
            maxRows={4}
            error={errorText(errors.notes)}
            {...form.register('notes')}
          />
          <FormActions onCancel={onClose} loading={save.isPending} submitLabel={t('assets.form.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
