import { NumberInput, SimpleGrid, Switch } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../../shared/contract/cashier-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { MoneyInput } from '../../cashier/MoneyInput.tsx';
import { CashierCard } from './CashierCard.tsx';
import { useCashierSettingsForm } from './useCashierSettingsForm.ts';

/** How far a cashier may discount alone (kept in basis points, typed as a percent), cash rounding, and the drawer close's limits. */
export function MoneyRulesCard({ settings }: { settings: CashierSettings }) {
  const { t } = useTranslation('cashierSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useCashierSettingsForm(settings, [
    'discountLimitBp',
    'cashRounding',
    'varianceNoteMinor',
    'varianceApprovalMinor',
  ]);
  const errors = form.formState.errors;
  return (
    <CashierCard title={t('money.title')} dirty={form.formState.isDirty} saving={saving} onSubmit={submit} testId="cashier-settings-money">
      <SimpleGrid cols={2} spacing="lg">
        <Controller
          control={form.control}
          name="discountLimitBp"
          render={({ field }) => (
            <NumberInput
              label={t('money.discountLimit')}
              description={t('money.discountLimitHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={0}
              max={100}
              decimalScale={2}
              suffix="%"
              hideControls
              value={Number.isFinite(field.value) ? field.value / 100 : ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? Math.round(v * 100) : Number.NaN)}
              error={errorText(errors.discountLimitBp)}
              data-testid="cashier-discount-limit"
            />
          )}
        />
        <Switch mt="lg" label={t('money.cashRounding')} description={t('money.cashRoundingHint')} {...form.register('cashRounding')} />
        {(['varianceNoteMinor', 'varianceApprovalMinor'] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <MoneyInput
                label={t(name === 'varianceNoteMinor' ? 'money.varianceNote' : 'money.varianceApproval')}
                valueMinor={Number.isFinite(field.value) ? field.value : null}
                onChangeMinor={(v) => field.onChange(v ?? Number.NaN)}
                error={errorText(errors[name])}
                data-testid={`cashier-${name}`}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </CashierCard>
  );
}
