import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { EXCLUSIONS } from '../../../../../shared/contract/warranty-rules.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { useLocalName } from '../../queue/names.ts';
import { RowActions } from './RowActions.tsx';

interface TriggersTableProps {
  form: UseFormReturn<Pick<JobsSettings, 'warrantyRules'>>;
  /** The condition checklist as saved: its items are the facts a trigger names first. */
  checklist: JobsSettings['conditionChecklist'];
}

/** Which fact found at intake (a condition-check item, or a question asked) triggers which exclusion. */
export function TriggersTable({ form, checklist }: TriggersTableProps) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const name = useLocalName();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'warrantyRules.triggers' });
  const triggers = form.watch('warrantyRules.triggers');
  const errors = form.formState.errors.warrantyRules?.triggers;
  const onList = new Map(checklist.map((item) => [item.key, name(item)]));
  // A fact not on the checklist is a question intake asks, worded by the exclusion it triggers.
  const factLabel = (fact: string) => {
    const exclusion = triggers.find((tr) => tr.fact === fact)?.exclusion ?? 'waterDamage';
    return onList.get(fact) ?? t('warranty.triggers.question', { question: t(`jobIntake:warranty.questions.${exclusion}`) });
  };
  const facts = [...new Set([...checklist.map((item) => item.key), ...triggers.map((tr) => tr.fact)])];
  const firstFree = checklist.find((item) => !triggers.some((tr) => tr.fact === item.key));

  return (
    <Stack gap="xs" data-testid="warranty-triggers">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={5}>{t('warranty.triggers.title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('warranty.triggers.intro')}
          </Text>
        </Stack>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={!firstFree}
          onClick={() => firstFree && append({ fact: firstFree.key, exclusion: 'waterDamage' })}
        >
          {t('warranty.triggers.add')}
        </Button>
      </Group>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('warranty.triggers.fact')}</Table.Th>
            <Table.Th>{t('warranty.triggers.exclusion')}</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field, i) => (
            <Table.Tr key={field.id} data-testid="warranty-trigger-row">
              <Table.Td valign="top">
                <Controller
                  control={form.control}
                  name={`warrantyRules.triggers.${i}.fact`}
                  render={({ field: fact }) => (
                    <Select
                      aria-label={`${t('warranty.triggers.fact')} ${i + 1}`}
                      data={facts.map((f) => ({ value: f, label: factLabel(f) }))}
                      value={fact.value}
                      onChange={(v) => fact.onChange(v ?? fact.value)}
                      allowDeselect={false}
                      searchable
                      error={errorText(errors?.[i]?.fact)}
                    />
                  )}
                />
              </Table.Td>
              <Table.Td valign="top">
                <Controller
                  control={form.control}
                  name={`warrantyRules.triggers.${i}.exclusion`}
                  render={({ field: exclusion }) => (
                    <Select
                      aria-label={`${t('warranty.triggers.exclusion')} ${i + 1}`}
                      data={EXCLUSIONS.map((x) => ({ value: x, label: t(`warranty:exclusions.${x}`) }))}
                      value={exclusion.value}
                      onChange={(v) => exclusion.onChange(v ?? exclusion.value)}
                      allowDeselect={false}
                      error={errorText(errors?.[i]?.exclusion)}
                    />
                  )}
                />
              </Table.Td>
              <Table.Td valign="top" pt={10}>
                <RowActions what={factLabel(triggers[i]?.fact ?? field.fact)} index={i} count={fields.length} onRemove={remove} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {fields.length === 0 && (
        <Text c="dimmed" size="sm" ta="center">
          {t('warranty.triggers.empty')}
        </Text>
      )}
    </Stack>
  );
}
