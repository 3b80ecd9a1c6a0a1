import { Checkbox, Group, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface AccessoryBack {
  item: string;
  /** Null until staff ticked it one way or the other. */
  state: 'returned' | 'missing' | null;
  note: string;
}

/**
 * Every accessory intake recorded, each ticked as returned or marked missing (with what happened to
 * it); a missing one needs the customer's agreement, confirmed by staff.
 */
export function AccessoriesCheck(props: {
  items: AccessoryBack[];
  nameOf: (item: string) => string;
  onChange: (items: AccessoryBack[]) => void;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  errors: { index: number | null; confirm: boolean; undecided: boolean };
}) {
  const { items, nameOf, onChange, confirmed, onConfirm, errors } = props;
  const { t } = useTranslation('jobPickup');
  const set = (i: number, change: Partial<AccessoryBack>) => onChange(items.map((a, j) => (j === i ? { ...a, ...change } : a)));
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('accessories.none')}
      </Text>
    );
  const missing = items.some((a) => a.state === 'missing');
  return (
    <Stack gap="xs" data-testid="pickup-accessories">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {items.map((a, i) => (
            <Table.Tr key={a.item} data-testid="pickup-accessory" data-item={a.item}>
              <Table.Td w="32%">
                <Text fw={500}>{nameOf(a.item)}</Text>
              </Table.Td>
              <Table.Td w="34%">
                <Radio.Group value={a.state ?? ''} onChange={(v) => set(i, { state: v as 'returned' | 'missing' })}>
                  <Group gap="md" wrap="nowrap">
                    <Radio value="returned" label={t('accessories.returned')} color="green" />
                    <Radio value="missing" label={t('accessories.missing')} color="red" />
                  </Group>
                </Radio.Group>
              </Table.Td>
              <Table.Td>
                {a.state === 'missing' && (
                  <TextInput
                    size="xs"
                    placeholder={t('accessories.note')}
                    value={a.note}
                    onChange={(e) => set(i, { note: e.currentTarget.value })}
                    maxLength={200}
                    error={errors.index === i ? t('accessories.noteNeeded') : undefined}
                    autoFocus
                    data-testid="pickup-accessory-note"
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {errors.undecided && (
        <Text size="sm" c="red">
          {t('accessories.undecided')}
        </Text>
      )}
      {missing && (
        <Checkbox
          checked={confirmed}
          onChange={(e) => onConfirm(e.currentTarget.checked)}
          label={t('accessories.confirm')}
          color="red"
          error={errors.confirm ? t('accessories.confirmNeeded') : undefined}
          data-testid="pickup-missing-confirm"
        />
      )}
    </Stack>
  );
}
