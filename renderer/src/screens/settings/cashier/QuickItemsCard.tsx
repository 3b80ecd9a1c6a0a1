import { Checkbox, Table, Text } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../../shared/contract/cashier-settings.ts';
import { nameIn } from '../../../../../shared/names.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { MoneyInput } from '../../cashier/MoneyInput.tsx';
import { listError } from '../jobs/listError.ts';
import { CashierCard } from './CashierCard.tsx';
import { NamedRows } from './NamedRows.tsx';
import { nextKey } from './newKey.ts';
import { useCashierSettingsForm } from './useCashierSettingsForm.ts';

/** What the till sells in a tap: each item's code, names, price and whether it is taxed, in the till's order. */
export function QuickItemsCard({ settings }: { settings: CashierSettings }) {
  const { t, i18n } = useTranslation('cashierSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useCashierSettingsForm(settings, ['quickItems']);
  const { fields, append, move, remove } = useFieldArray({ control: form.control, name: 'quickItems' });
  const items = form.watch('quickItems');
  const errors = form.formState.errors.quickItems;
  return (
    <CashierCard
      title={t('items.title')}
      intro={t('items.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="cashier-settings-items"
    >
      <NamedRows
        testId="cashier-items"
        rows={fields}
        saved={new Set(settings.quickItems.map((s) => s.key))}
        keyOf={(i) => items[i]?.key ?? ''}
        names={(i) => nameIn(i18n.language, items[i] ?? { nameZh: '', nameEn: '' })}
        register={(i, field) => form.register(`quickItems.${i}.${field}`)}
        errors={(i) => errors?.[i]}
        extraHeads={
          <>
            <Table.Th w={150}>{t('items.price')}</Table.Th>
            <Table.Th w={70}>{t('items.taxable')}</Table.Th>
          </>
        }
        extra={(i) => (
          <>
            <Table.Td valign="top">
              <Controller
                control={form.control}
                name={`quickItems.${i}.unitPriceMinor`}
                render={({ field }) => (
                  <MoneyInput
                    aria-label={`${t('items.price')} ${i + 1}`}
                    valueMinor={Number.isFinite(field.value) ? field.value : null}
                    onChangeMinor={(v) => field.onChange(v ?? Number.NaN)}
                    error={errorText(errors?.[i]?.unitPriceMinor)}
                  />
                )}
              />
            </Table.Td>
            <Table.Td valign="top" pt={14}>
              <Checkbox aria-label={`${t('items.taxable')} ${i + 1}`} {...form.register(`quickItems.${i}.taxable`)} />
            </Table.Td>
          </>
        )}
        addLabel={t('items.add')}
        onAdd={() =>
          append({
            key: nextKey(
              'item',
              items.map((s) => s.key),
            ),
            nameZh: '',
            nameEn: '',
            unitPriceMinor: 0,
            taxable: true,
          })
        }
        onMove={move}
        onRemove={remove}
      />
      {listError(errors) && (
        <Text c="red" size="sm">
          {errorText(listError(errors))}
        </Text>
      )}
    </CashierCard>
  );
}
