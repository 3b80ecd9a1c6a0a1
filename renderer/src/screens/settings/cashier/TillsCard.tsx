import { Text } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../../shared/contract/cashier-settings.ts';
import { nameIn } from '../../../../../shared/names.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { listError } from '../jobs/listError.ts';
import { CashierCard } from './CashierCard.tsx';
import { NamedRows } from './NamedRows.tsx';
import { nextKey } from './newKey.ts';
import { useCashierSettingsForm } from './useCashierSettingsForm.ts';

/** The shop's tills: each computer that takes money picks one; a saved till keeps its code. */
export function TillsCard({ settings }: { settings: CashierSettings }) {
  const { t, i18n } = useTranslation('cashierSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useCashierSettingsForm(settings, ['tills']);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'tills' });
  const tills = form.watch('tills');
  const errors = form.formState.errors.tills;
  return (
    <CashierCard
      title={t('tills.title')}
      intro={t('tills.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="cashier-settings-tills"
    >
      <NamedRows
        testId="cashier-tills"
        rows={fields}
        saved={new Set(settings.tills.map((s) => s.key))}
        keyOf={(i) => tills[i]?.key ?? ''}
        names={(i) => nameIn(i18n.language, tills[i] ?? { nameZh: '', nameEn: '' })}
        register={(i, field) => form.register(`tills.${i}.${field}`)}
        errors={(i) => errors?.[i]}
        addLabel={t('tills.add')}
        onAdd={() =>
          append({
            key: nextKey(
              'till',
              tills.map((s) => s.key),
            ),
            nameZh: '',
            nameEn: '',
          })
        }
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
