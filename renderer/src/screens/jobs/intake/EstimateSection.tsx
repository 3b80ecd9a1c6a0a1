import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lineCovered, type DraftLine } from './draft.ts';

/**
 * The estimate: parts, labour and fees with quantity and unit price in the store's currency, and its total.
 * When the warranty covers the job, a line can be marked the warranty's (labour is, until staff say
 * otherwise): its price is struck and left out of the total.
 */
export function EstimateSection(props: {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  money: (major: number) => string;
  decimals: number;
  errors: Record<string, string>;
  /** The warranty's verdict (or staff's) pays for work on this job. */
  warrantyCovers: boolean;
}) {
  const { lines, onChange, money, decimals, errors, warrantyCovers } = props;
  const { t } = useTranslation('jobIntake');
  const set = (i: number, line: DraftLine) => onChange(lines.map((l, j) => (j === i ? line : l)));
  const covered = (l: DraftLine) => lineCovered(l, warrantyCovers);
  const total = lines.reduce((sum, l) => sum + (covered(l) ? 0 : l.quantity * l.unitPrice), 0);
  const warrantyPays = lines.reduce((sum, l) => sum + (covered(l) ? l.quantity * l.unitPrice : 0), 0);
  return (
    <Stack gap={6}>
      {lines.map((line, i) => (
        <Stack key={i} gap={4} data-field={`lines.${i}`}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <TextInput
              flex={1}
              size="xs"
              placeholder={t('lines.description')}
              value={line.description}
              maxLength={120}
              onChange={(e) => set(i, { ...line, description: e.currentTarget.value })}
              error={errors[`lines.${i}.description`]}
              aria-label={t('lines.description')}
              data-testid={`line-${i}-description`}
            />
            <Tooltip label={t(warrantyCovers ? 'lines.coveredHint' : 'lines.notCoveredHint')} openDelay={400}>
              <Checkbox
                size="xs"
                mt={6}
                label={t('lines.covered')}
                disabled={!warrantyCovers}
                checked={covered(line)}
                onChange={(e) => set(i, { ...line, covered: e.currentTarget.checked })}
                data-testid={`line-${i}-covered`}
              />
            </Tooltip>
          </Group>
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
            <Text
              size="sm"
              style={{ flex: 1 }}
              ta="right"
              pt={4}
              td={covered(line) ? 'line-through' : undefined}
              c={covered(line) ? 'dimmed' : undefined}
              data-testid={`line-${i}-amount`}
            >
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
          onClick={() => onChange([...lines, { kind: 'labour', description: '', quantity: 1, unitPrice: 0, covered: null }])}
          data-testid="intake-add-line"
        >
          {t('lines.add')}
        </Button>
        <Stack gap={0} align="flex-end">
          <Text fw={600} data-testid="intake-estimate-total">
            {t('lines.total', { total: money(total) })}
          </Text>
          {warrantyPays > 0 && (
            <Text size="xs" c="teal.8" data-testid="intake-warranty-pays">
              {t('lines.warrantyPays', { amount: money(warrantyPays) })}
            </Text>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
