import { Group, Stack, Switch, Text } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WarrantyRule } from '../../../../../shared/contract/warranty-rules.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { NumberField } from '../queue/NumberField.tsx';

/** A return or exchange window: whether the rule has one, its days and its distance limit. */
export function WindowFields({ form, name }: { form: UseFormReturn<WarrantyRule>; name: 'returnWindow' | 'exchangeWindow' }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const errors = form.formState.errors[name];
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={500} size="sm">
              {t(`warranty.dialog.${name}`)}
            </Text>
            <Switch
              label={t('warranty.dialog.windowOn')}
              checked={field.value !== null}
              onChange={(e) => field.onChange(e.currentTarget.checked ? { days: name === 'returnWindow' ? 7 : 15, km: null } : null)}
              data-testid={`rule-${name}-on`}
            />
          </Group>
          {field.value !== null && (
            <Group grow align="flex-start">
              <NumberField
                control={form.control}
                name={`${name}.days`}
                label={t('warranty.dialog.days')}
                min={1}
                max={3650}
                error={errorText(errors?.days)}
              />
              <NumberField
                control={form.control}
                name={`${name}.km`}
                label={t('warranty.dialog.km')}
                suffix={t('warranty.kmSuffix')}
                nullable
                placeholder={t('warranty.dialog.noLimit')}
                min={1}
                max={10_000_000}
                error={errorText(errors?.km)}
              />
            </Group>
          )}
        </Stack>
      )}
    />
  );
}
