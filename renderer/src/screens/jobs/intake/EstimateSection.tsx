import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftLine } from './draft.ts';

/** The estimate: parts, labour and fees with quantity and unit price in the store's currency, and its total. */
export function EstimateSection(props: {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  money: (major: number) => string;
  decimals: number;
  errors: Record<string, string>;
}) {
  const { lines, onChange, money, decimals, errors } = props;
  const { t } = useTranslation('jobIntake');
  const set = (i: number, line: DraftLine) => onChange(lines.map((l, j) => (j === i ? line : l)));
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  return (
    <Stack gap={6}>
      {lines.map((line, i) => (
        <Stack key={i} gap={4} data-field={`lines.${i}`}>
          <TextInput
            size="xs"
            placeholder={t('lines.description')}
            value={line.description}
            maxLength={120}
            onChange={(e) => set(i, { ...line, description: e.currentTarget.value })}
            error={errors[`lines.${i}.description`]}
            aria-label={t('lines.description')}
            data-testid={`line-${i}-description`}
          />
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Select
              size="xs"
              w={100}
              allowDeselect={false}
              value={line.kind}
              onChange={(kind) => kind && set(i, { ...line, kind: kind })}
              data={(['part', 'labour', 'fee'] as const).map((k) => ({ value: k, label: t(`lines.kinds.${k}`) }))}
              aria-label={t('lines.kind')}
            />
            <NumberInput
              size="xs"
              w={70}
              min={1}
              max={9999}
              allowDecimal={false}
              value={line.quantity}
              onChange={(v) => set(i, { ...line, quantity: typeof v === 'number' ? v : 1 })}
              aria-label={t('lines.quantity')}
            />
            <Text size="xs" pt={6}>
              ×
            </Text>
            <NumberInput
              size="xs"
              w={100}
              min={0}
              decimalScale={decimals}
              value={line.unitPrice}
              onChange={(v) => set(i, { ...line, unitPrice: typeof v === 'number' ? v : 0 })}
              aria-label={t('lines.unitPrice')}
              error={errors[`lines.${i}.unitPriceMinor`]}
              data-testid={`line-${i}-price`}
            />
            <Text size="sm" style={{ flex: 1 }} ta="right" pt={4}>
              {money(line.quantity * line.unitPrice)}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={2}
              aria-label={t('lines.remove')}
              onClick={() => onChange(lines.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Stack>
      ))}
      <Group justify="space-between">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, { kind: 'labour', description: '', quantity: 1, unitPrice: 0 }])}
          data-testid="intake-add-line"
        >
          {t('lines.add')}
        </Button>
        <Text fw={600} data-testid="intake-estimate-total">
          {t('lines.total', { total: money(total) })}
        </Text>
      </Group>
    </Stack>
  );
}
