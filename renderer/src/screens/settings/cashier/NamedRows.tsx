import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import { useFieldErrorText } from '../../../components/errors.ts';
import { RowActions } from '../jobs/RowActions.tsx';

interface RowErrors {
  key?: FieldError;
  nameZh?: FieldError;
  nameEn?: FieldError;
}

/**
 * A list of coded, named rows (tills, quick-sale items): the code (fixed once saved, since records carry
 * it), the Chinese and English names, any columns of the row's own, and its buttons.
 */
export function NamedRows(props: {
  testId: string;
  rows: readonly { id: string }[];
  /** The saved codes: their rows keep their code. */
  saved: ReadonlySet<string>;
  keyOf: (i: number) => string;
  names: (i: number) => string;
  register: (i: number, field: 'key' | 'nameZh' | 'nameEn') => Record<string, unknown>;
  errors: (i: number) => RowErrors | undefined;
  extraHeads?: ReactNode;
  extra?: (i: number) => ReactNode;
  addLabel: string;
  onAdd: () => void;
  onMove?: (from: number, to: number) => void;
  onRemove: (i: number) => void;
}) {
  const { t } = useTranslation('cashierSettings');
  const errorText = useFieldErrorText();
  return (
    <Stack gap="xs" data-testid={props.testId}>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('list.key')}</Table.Th>
            <Table.Th>{t('list.nameZh')}</Table.Th>
            <Table.Th>{t('list.nameEn')}</Table.Th>
            {props.extraHeads}
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row, i) => {
            const e = props.errors(i);
            return (
              <Table.Tr key={row.id}>
                <Table.Td valign="top">
                  <TextInput
                    aria-label={`${t('list.key')} ${i + 1}`}
                    readOnly={props.saved.has(props.keyOf(i))}
                    variant={props.saved.has(props.keyOf(i)) ? 'filled' : 'default'}
                    maxLength={40}
                    ff="monospace"
                    error={errorText(e?.key)}
                    {...props.register(i, 'key')}
                  />
                </Table.Td>
                <Table.Td valign="top">
                  <TextInput
                    aria-label={`${t('list.nameZh')} ${i + 1}`}
                    maxLength={40}
                    error={errorText(e?.nameZh)}
                    {...props.register(i, 'nameZh')}
                  />
                </Table.Td>
                <Table.Td valign="top">
                  <TextInput
                    aria-label={`${t('list.nameEn')} ${i + 1}`}
                    maxLength={60}
                    error={errorText(e?.nameEn)}
                    {...props.register(i, 'nameEn')}
                  />
                </Table.Td>
                {props.extra?.(i)}
                <Table.Td valign="top" pt={8}>
                  <RowActions what={props.names(i)} index={i} count={props.rows.length} onMove={props.onMove} onRemove={props.onRemove} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {props.rows.length === 0 && (
        <Text c="dimmed" size="sm" ta="center">
          {t('list.empty')}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={props.onAdd}>
          {props.addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
