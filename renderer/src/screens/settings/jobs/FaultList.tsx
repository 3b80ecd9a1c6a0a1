import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ASSET_KINDS } from '../../../../../shared/contract/customers.ts';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { useLocalName } from '../../queue/names.ts';
import { RowActions } from './RowActions.tsx';

/** The common faults of one kind of item: their names, their order. */
export function FaultList({ form, kind }: { form: UseFormReturn<Pick<JobsSettings, 'commonFaults'>>; kind: (typeof ASSET_KINDS)[number] }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const name = useLocalName();
  const { fields, append, move, remove } = useFieldArray({ control: form.control, name: `commonFaults.${kind}` });
  const faults = form.watch(`commonFaults.${kind}`);
  const errors = form.formState.errors.commonFaults?.[kind];
  return (
    <Stack gap="xs" data-testid={`faults-${kind}`}>
      <Group justify="space-between">
        <Title order={5}>{t(`faults.${kind}`)}</Title>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => append({ nameZh: '', nameEn: '' })}>
          {t('faults.add')}
        </Button>
      </Group>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {fields.map((field, i) => (
            <Table.Tr key={field.id}>
              <Table.Td valign="top">
                <TextInput
                  aria-label={`${t('list.nameZh')} ${i + 1}`}
                  placeholder={t('list.nameZh')}
                  maxLength={60}
                  error={errorText(errors?.[i]?.nameZh)}
                  {...form.register(`commonFaults.${kind}.${i}.nameZh`)}
                />
              </Table.Td>
              <Table.Td valign="top">
                <TextInput
                  aria-label={`${t('list.nameEn')} ${i + 1}`}
                  placeholder={t('list.nameEn')}
                  maxLength={80}
                  error={errorText(errors?.[i]?.nameEn)}
                  {...form.register(`commonFaults.${kind}.${i}.nameEn`)}
                />
              </Table.Td>
              <Table.Td valign="top" w={110} pt={8}>
                <RowActions what={name(faults[i] ?? field)} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {fields.length === 0 && (
        <Text c="dimmed" size="sm" ta="center">
          {t('list.empty')}
        </Text>
      )}
    </Stack>
  );
}
