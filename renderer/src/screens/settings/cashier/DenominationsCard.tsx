import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Controller, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../../shared/contract/cashier-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { MoneyInput } from '../../cashier/MoneyInput.tsx';
import { listError } from '../jobs/listError.ts';
import { RowActions } from '../jobs/RowActions.tsx';
import { CashierCard } from './CashierCard.tsx';
import { useCashierSettingsForm } from './useCashierSettingsForm.ts';

/** The notes and coins a drawer is counted in, largest first. */
export function DenominationsCard({ settings }: { settings: CashierSettings }) {
  const { t } = useTranslation('cashierSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useCashierSettingsForm(settings, ['denominations']);
  // A list of plain numbers (useFieldArray keeps objects): edited through its index paths, rows keyed by place.
  const values = form.watch('denominations');
  const set = (next: number[]) => form.setValue('denominations', next, { shouldDirty: true });
  const remove = (i: number) => set(values.filter((_, j) => j !== i));
  const errors = form.formState.errors.denominations as (FieldError | undefined)[] | undefined;
  return (
    <CashierCard
      title={t('denominations.title')}
      intro={t('denominations.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="cashier-settings-denominations"
    >
      <SimpleGrid cols={4} spacing="sm">
        {values.map((_, i) => (
          <Group key={i} gap={4} wrap="nowrap" align="flex-start">
            <Controller
              control={form.control}
              name={`denominations.${i}`}
              render={({ field }) => (
                <MoneyInput
                  aria-label={`${t('denominations.value')} ${i + 1}`}
                  valueMinor={Number.isFinite(field.value) ? field.value : null}
                  onChangeMinor={(v) => field.onChange(v ?? Number.NaN)}
                  error={errorText(errors?.[i])}
                  style={{ flex: 1 }}
                />
              )}
            />
            <RowActions what={String((values[i] ?? 0) / 100)} index={i} count={values.length} onRemove={remove} />
          </Group>
        ))}
      </SimpleGrid>
      {listError(form.formState.errors.denominations) && (
        <Text c="red" size="sm" data-testid="denominations-error">
          {errorText(listError(form.formState.errors.denominations))}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => set([...values, Number.NaN])}>
          {t('denominations.add')}
        </Button>
      </Group>
    </CashierCard>
  );
}
