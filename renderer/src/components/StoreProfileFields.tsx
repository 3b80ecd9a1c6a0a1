import { useMemo } from 'react';
import { NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { Controller, useFormContext, useWatch, type FieldError, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LOCALES, TAX_MODES } from '../../../shared/contract/fields.ts';
import { CURRENCY_CODES } from '../../../shared/money.ts';
import { formatInstant } from '../../../shared/time.ts';
import { useFieldErrorText } from './errors.ts';

/** A zone's UTC offset now ("+08:00"), or nothing for a name this browser does not know. */
function offsetNow(now: number, zone: string): string {
  try {
    return formatInstant(now, zone, 'xxx');
  } catch {
    return '';
  }
}

/** Every IANA zone the browser knows, with its current UTC offset, for a searchable list. */
function timeZoneOptions(extra: string): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  if (extra) zones.add(extra);
  const now = Date.now();
  return [...zones].sort().map((zone) => {
    const offset = offsetNow(now, zone);
    return { value: zone, label: offset ? `${zone} (UTC${offset})` : zone };
  });
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
}

/**
 * The store profile's fields (name, address, phone, currency, tax, language, time zone) inside a
 * react-hook-form FormProvider, under `prefix` (`profile.` at setup, nothing in Settings). The tax
 * rate is shown as a percentage and kept in basis points, as the contract has it.
 */
export function StoreProfileFields({
  prefix = '',
  readOnly = false,
  autoFocus = false,
}: {
  prefix?: string;
  readOnly?: boolean;
  autoFocus?: boolean;
}) {
  const { t, i18n } = useTranslation('setup');
  const form = useFormContext<FieldValues>();
  const errorText = useFieldErrorText();
  const path = (name: string) => `${prefix}${name}`;
  const errorOf = (name: string) => {
    let node: unknown = form.formState.errors;
    for (const part of path(name).split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return errorText(node as FieldError | undefined);
  };
  const taxMode = useWatch({ control: form.control, name: path('taxMode') }) as string;
  const currentZone = useWatch({ control: form.control, name: path('timeZone') }) as string;

  const zones = useMemo(() => timeZoneOptions(currentZone), [currentZone]);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return CURRENCY_CODES.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [i18n.language]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={5} mb="xs">
          {t('sections.contact')}
        </Title>
        <Stack gap="sm">
          <TextInput
            label={t('fields.name')}
            placeholder={t('fields.namePlaceholder')}
            withAsterisk
            readOnly={readOnly}
            data-autofocus={autoFocus || undefined}
            autoFocus={autoFocus}
            error={errorOf('name')}
            {...form.register(path('name'))}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('fields.address')}
              placeholder={t('fields.addressPlaceholder')}
              readOnly={readOnly}
              error={errorOf('address')}
              {...form.register(path('address'))}
            />
            <TextInput
              label={t('fields.phone')}
              placeholder={t('fields.phonePlaceholder')}
              readOnly={readOnly}
              error={errorOf('phone')}
              {...form.register(path('phone'))}
            />
          </SimpleGrid>
        </Stack>
      </div>

      <div>
        <Title order={5} mb="xs">
          {t('sections.money')}
        </Title>
        <SimpleGrid cols={3}>
          <Controller
            control={form.control}
            name={path('currency')}
            render={({ field }) => (
              <Select
                label={t('fields.currency')}
                data={currencies}
                value={field.value as string}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                allowDeselect={false}
                readOnly={readOnly}
                error={errorOf('currency')}
                withAsterisk
              />
            )}
          />
          <Controller
            control={form.control}
            name={path('taxMode')}
            render={({ field }) => (
              <Select
                label={t('fields.taxMode')}
                data={TAX_MODES.map((mode) => ({ value: mode, label: t(`taxModes.${mode}`) }))}
                value={field.value as string}
                onChange={(v) => {
                  field.onChange(v ?? 'none');
                  if (v === 'none') form.setValue(path('taxRateBp'), 0, { shouldValidate: true });
                }}
                allowDeselect={false}
                readOnly={readOnly}
                error={errorOf('taxMode')}
                withAsterisk
              />
            )}
          />
          <Controller
            control={form.control}
            name={path('taxRateBp')}
            render={({ field }) => (
              <NumberInput
                label={t('fields.taxRate')}
                value={typeof field.value === 'number' && Number.isFinite(field.value) ? field.value / 100 : ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? Math.round(v * 100) : Number.NaN)}
                onBlur={field.onBlur}
                min={0}
                max={100}
                decimalScale={2}
                step={0.5}
                suffix="%"
                disabled={taxMode === 'none'}
                readOnly={readOnly}
                error={errorOf('taxRateBp')}
              />
            )}
          />
        </SimpleGrid>
      </div>

      <div>
        <Title order={5} mb="xs">
          {t('sections.region')}
        </Title>
        <SimpleGrid cols={2}>
          <Controller
            control={form.control}
            name={path('locale')}
            render={({ field }) => (
              <Select
                label={t('fields.locale')}
                description={t('fields.localeHint')}
                data={LOCALES.map((locale) => ({ value: locale, label: t(`common:language.${locale}`) }))}
                value={field.value as string}
                onChange={(v) => field.onChange(v ?? 'zh-CN')}
                allowDeselect={false}
                readOnly={readOnly}
                error={errorOf('locale')}
                withAsterisk
              />
            )}
          />
          <Controller
            control={form.control}
            name={path('timeZone')}
            render={({ field }) => (
              <Select
                label={t('fields.timeZone')}
                description={t('fields.timeZoneHint')}
                placeholder={t('fields.timeZoneSearch')}
                data={zones}
                searchable
                limit={60}
                nothingFoundMessage={t('palette:nothingFound')}
                value={field.value as string}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                allowDeselect={false}
                readOnly={readOnly}
                error={errorOf('timeZone')}
                withAsterisk
              />
            )}
          />
        </SimpleGrid>
      </div>
    </Stack>
  );
}
