import { ActionIcon, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobLineInput } from '../../../../shared/contract/job-events.ts';
import { useMinorDigits } from './useMoney.ts';

export const EMPTY_LINE: JobLineInput = { kind: 'part', description: '', quantity: 1, unitPriceMinor: 0 };

/** The extra work's lines: kind, description, quantity and unit price (entered in major units). */
export function LinesEditor({ lines, onChange }: { lines: JobLineInput[]; onChange: (lines: JobLineInput[]) => void }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const digits = useMinorDigits();
  const scale = 10 ** digits;
  const set = (i: number, patch: Partial<JobLineInput>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap="xs">
      {lines.map((line, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <Select
            w={110}
            label={i === 0 ? t('form.kind') : undefined}
            aria-label={t('form.kind')}
            data={(['part', 'labour', 'fee'] as const).map((k) => ({ value: k, label: t(`jobs:lineKinds.${k}`) }))}
            value={line.kind}
            allowDeselect={false}
            onChange={(v) => v && set(i, { kind: v })}
          />
          <TextInput
            flex={1}
            label={i === 0 ? t('form.description') : undefined}
            aria-label={t('form.description')}
            value={line.description}
            maxLength={120}
            data-autofocus={i === 0 ? true : undefined}
            onChange={(e) => set(i, { description: e.currentTarget.value })}
          />
          <NumberInput
            w={70}
            label={i === 0 ? t('form.quantity') : undefined}
            aria-label={t('form.quantity')}
            min={1}
            max={9999}
            allowDecimal={false}
            value={line.quantity}
            onChange={(v) => set(i, { quantity: typeof v === 'number' ? v : 1 })}
          />
          <NumberInput
            w={110}
            label={i === 0 ? t('form.unitPrice') : undefined}
            aria-label={t('form.unitPrice')}
            min={0}
            decimalScale={digits}
            value={line.unitPriceMinor / scale}
            onChange={(v) => set(i, { unitPriceMinor: Math.round((typeof v === 'number' ? v : 0) * scale) })}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('form.removeLine')}
            disabled={lines.length === 1}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...lines, EMPTY_LINE])}>
          {t('form.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
