import { Checkbox, Group, Loader, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { WARRANTY_OUTCOMES } from '../../../../../shared/contract/warranty-rules.ts';
import { useLocalName } from '../../queue/names.ts';
import { WarrantyVerdictView } from './WarrantyVerdictView.tsx';
import type { IntakeDraft } from './draft.ts';
import { useWarrantyPreview } from './useWarrantyPreview.ts';

/**
 * The warranty claim: which rule (category and part), the questions the rules ask at intake (those
 * the condition check does not answer already), and a member of staff deciding otherwise with a reason.
 */
export function WarrantySection(props: {
  rules: JobsSettings['warrantyRules'];
  conditionKeys: Set<string>;
  value: IntakeDraft['warranty'];
  onChange: (v: IntakeDraft['warranty']) => void;
  override: IntakeDraft['override'];
  onOverride: (v: IntakeDraft['override']) => void;
  /** The facts the verdict is decided on, as the form holds them now. */
  facts: Pick<IntakeDraft, 'customerId' | 'assetId' | 'condition' | 'mileageKm'>;
  errors: Record<string, string>;
}) {
  const { rules, conditionKeys, value, onChange, override, onOverride, facts, errors } = props;
  const { t } = useTranslation('jobIntake');
  const name = useLocalName();
  const questions = rules.triggers.filter((tr) => !conditionKeys.has(tr.fact));
  const ruleKey = value === null ? null : `${value.category}/${value.part}`;
  const choose = (key: string | null) => {
    const rule = rules.rules.find((r) => `${r.category}/${r.part}` === key);
    onChange(rule ? { category: rule.category, part: rule.part, answers: value?.answers ?? [] } : null);
    if (!rule) onOverride(null);
  };
  const preview = useWarrantyPreview({ ...facts, warranty: value });
  const answer = (fact: string, on: boolean) =>
    value && onChange({ ...value, answers: on ? [...value.answers, fact] : value.answers.filter((a) => a !== fact) });
  return (
    <Stack gap="xs" data-field="warranty">
      <Select
        label={t('warranty.rule')}
        placeholder={t('warranty.none')}
        clearable
        searchable
        value={ruleKey}
        onChange={choose}
        data={rules.rules.map((r) => ({ value: `${r.category}/${r.part}`, label: name(r) }))}
        error={errors['warranty.category'] ?? errors['warranty.part']}
        data-testid="intake-warranty-rule"
      />
      {value && questions.length > 0 && (
        <Group gap="md">
          {questions.map((q) => (
            <Checkbox
              key={q.fact}
              size="xs"
              label={t(`warranty.questions.${q.exclusion}`)}
              checked={value.answers.includes(q.fact)}
              onChange={(e) => answer(q.fact, e.currentTarget.checked)}
            />
          ))}
        </Group>
      )}
      {value && preview.isFetching && !preview.data && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('warranty.checking')}
          </Text>
        </Group>
      )}
      {value && preview.data && <WarrantyVerdictView verdict={preview.data} />}
      {value && (
        <Switch
          size="xs"
          label={t('warranty.override')}
          checked={override !== null}
          onChange={(e) => onOverride(e.currentTarget.checked ? { outcome: 'needsDecision', reason: '' } : null)}
          data-testid="intake-override"
        />
      )}
      {value && override && (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Select
            size="xs"
            w={220}
            allowDeselect={false}
            value={override.outcome}
            onChange={(o) => o && onOverride({ ...override, outcome: o })}
            data={WARRANTY_OUTCOMES.map((o) => ({ value: o, label: t(`warranty:outcomes.${o}`) }))}
            aria-label={t('warranty.overrideOutcome')}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            placeholder={t('warranty.overrideReason')}
            value={override.reason}
            maxLength={200}
            onChange={(e) => onOverride({ ...override, reason: e.currentTarget.value })}
            error={errors['warranty.override.reason']}
          />
        </Group>
      )}
    </Stack>
  );
}
