import { Button, Checkbox, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Controller, useFieldArray, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ASSET_KINDS } from '../../../../../shared/contract/customers.ts';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { useLocalName } from '../../queue/names.ts';
import { newChecklistKey } from './checklistKey.ts';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { listError } from './listError.ts';
import { RowActions } from './RowActions.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

type ListName = 'conditionChecklist' | 'accessoriesChecklist';
const TEXTS = { conditionChecklist: 'condition', accessoriesChecklist: 'accessories' } as const;

/**
 * A checklist intake works through: each item's names, the kinds of item it is for, its order. A new
 * item's code comes from its English name; a saved item keeps its code when renamed.
 */
export function ChecklistCard({ settings, list }: { settings: JobsSettings; list: ListName }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const name = useLocalName();
  const { form, submit, saving } = useJobsSettingsForm(settings, [list]);
  const { fields, append, move, remove } = useFieldArray({ control: form.control, name: list });
  const saved = new Set(settings[list].map((item) => item.key));
  const items = form.watch(list);
  const keysBut = (index: number) => new Set(items.filter((_, i) => i !== index).map((item) => item.key));
  const rename = (index: number, nameEn: string) => {
    const key = form.getValues(`${list}.${index}.key`);
    if (!saved.has(key)) form.setValue(`${list}.${index}.key`, newChecklistKey(nameEn, keysBut(index)));
  };
  const errors = form.formState.errors[list];
  const text = TEXTS[list];

  return (
    <JobsSettingsCard
      title={t(`${text}.title`)}
      intro={t(`${text}.intro`)}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId={`jobs-settings-${text}`}
    >
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.nameZh')}</Table.Th>
            <Table.Th>{t('list.nameEn')}</Table.Th>
            <Table.Th w={230}>{t('list.appliesTo')}</Table.Th>
            <Table.Th w={120} ta="right">
              {t('list.actions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field, i) => {
            const item = items[i] ?? field;
            const rowErrors = errors?.[i];
            return (
              <Table.Tr key={field.id} data-testid={`${text}-row`}>
                <Table.Td valign="top">
                  <Stack gap={2}>
                    <TextInput
                      aria-label={`${t('list.nameZh')} ${i + 1}`}
                      maxLength={40}
                      error={errorText(rowErrors?.nameZh)}
                      {...form.register(`${list}.${i}.nameZh`)}
                    />
                    <Tooltip label={t('list.codeHint')} multiline w={300}>
                      <Text size="xs" c={rowErrors?.key ? 'red' : 'dimmed'} w="fit-content" data-testid={`${text}-code`}>
                        {t('list.code', { key: item.key })}
                        {rowErrors?.key && ` · ${errorText(rowErrors.key)}`}
                      </Text>
                    </Tooltip>
                  </Stack>
                </Table.Td>
                <Table.Td valign="top">
                  <TextInput
                    aria-label={`${t('list.nameEn')} ${i + 1}`}
                    maxLength={60}
                    error={errorText(rowErrors?.nameEn)}
                    {...form.register(`${list}.${i}.nameEn`, { onChange: (e: { target: { value: string } }) => rename(i, e.target.value) })}
                  />
                </Table.Td>
                <Table.Td valign="top">
                  <Controller
                    control={form.control}
                    name={`${list}.${i}.appliesTo`}
                    render={({ field: kinds }) => (
                      <Checkbox.Group
                        value={kinds.value}
                        onChange={(v) => kinds.onChange(v)}
                        error={errorText(rowErrors?.appliesTo as FieldError | undefined)}
                      >
                        <Group gap="md" mt={8}>
                          {ASSET_KINDS.map((kind) => (
                            <Checkbox key={kind} value={kind} label={t(`list.kinds.${kind}`)} />
                          ))}
                        </Group>
                      </Checkbox.Group>
                    )}
                  />
                </Table.Td>
                <Table.Td valign="top" pt={10}>
                  <RowActions what={name(item)} index={i} count={fields.length} onMove={move} onRemove={remove} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {fields.length === 0 && (
        <Text c="dimmed" ta="center">
          {t('list.empty')}
        </Text>
      )}
      {listError(errors) && (
        <Text c="red" size="sm">
          {errorText(listError(errors))}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => append({ key: newChecklistKey('', keysBut(-1)), nameZh: '', nameEn: '', appliesTo: ['device'] })}
          data-testid={`${text}-add`}
        >
          {t('list.add')}
        </Button>
      </Group>
    </JobsSettingsCard>
  );
}
