import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import type { WarrantyRule } from '../../../../../shared/contract/warranty-rules.ts';
import { notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { listError } from './listError.ts';
import { PresetMenu } from './PresetMenu.tsx';
import { withPreset } from './presets.ts';
import { RuleDialog, type RuleDialogState } from './RuleDialog.tsx';
import { RulesTable } from './RulesTable.tsx';
import { TriggersTable } from './TriggersTable.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

/** The categories a new rule may join: the presets' and the shop's own. */
const PRESET_CATEGORIES = ['phone', 'car', 'carWorkshop'];

const blankRule = (category: string): WarrantyRule => ({
  category,
  part: '',
  nameZh: '',
  nameEn: '',
  returnWindow: null,
  exchangeWindow: null,
  period: { count: 12, unit: 'months', km: null },
  remedy: 'repair',
  extendByRepairTime: false,
  exclusions: [],
});

/** The warranty rules: each rule in a dialog, the exclusion triggers in place, a preset to restore; saved together. */
export function WarrantyRulesCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useJobsSettingsForm(settings, ['warrantyRules']);
  const { fields, append, update, remove } = useFieldArray({ control: form.control, name: 'warrantyRules.rules', keyName: 'fieldId' });
  const [dialog, setDialog] = useState<RuleDialogState>(null);
  const rules = form.watch('warrantyRules.rules');
  const ruleErrors = form.formState.errors.warrantyRules?.rules;
  const refused = new Set(fields.map((_, i) => i).filter((i) => ruleErrors?.[i] !== undefined));
  const categories = [...new Set([...PRESET_CATEGORIES, ...rules.map((r) => r.category)])];
  const partsTaken = (category: string) => new Set(rules.filter((r) => r.category === category).map((r) => r.part));

  return (
    <JobsSettingsCard
      title={t('warranty.title')}
      intro={t('warranty.intro')}
      actions={
        <PresetMenu
          onRestore={(preset) => {
            form.setValue('warrantyRules', withPreset(form.getValues('warrantyRules'), preset), { shouldDirty: true });
            notifySuccess(t('warranty.presets.restored'));
          }}
        />
      }
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-warranty"
    >
      <RulesTable
        rules={rules}
        refused={refused}
        onEdit={(index) => setDialog({ index, rule: form.getValues(`warrantyRules.rules.${index}`) })}
      />
      {listError(ruleErrors) && (
        <Text c="red" size="sm">
          {errorText(listError(ruleErrors))}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setDialog({ index: null, rule: blankRule(categories[0] ?? 'phone') })}
        >
          {t('warranty.add')}
        </Button>
      </Group>
      <TriggersTable form={form} checklist={settings.conditionChecklist} />
      <RuleDialog
        state={dialog}
        categories={categories}
        partsTaken={partsTaken}
        onApply={(index, rule) => {
          if (index === null) append(rule);
          else update(index, rule);
          form.clearErrors(`warrantyRules.rules.${index ?? rules.length}`);
          setDialog(null);
        }}
        onRemove={(index) => {
          remove(index);
          setDialog(null);
        }}
        onClose={() => setDialog(null)}
      />
    </JobsSettingsCard>
  );
}
