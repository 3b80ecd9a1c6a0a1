import { Group, NumberInput, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Counts } from '../../../../shared/contract/cashier-drawer.ts';
import { useMoney } from '../jobs/useMoney.ts';

/** A count per denomination, in the settings' order (largest first); empty until typed. */
export type CountValues = (number | null)[];

export const emptyCounts = (denominations: readonly number[]): CountValues => denominations.map(() => null);

export function countTotal(denominations: readonly number[], values: CountValues): number {
  return denominations.reduce((sum, d, i) => sum + d * (values[i] ?? 0), 0);
}

/** The counts as the contract takes them: every denomination, an empty one as 0. */
export function asCounts(denominations: readonly number[], values: CountValues): Counts {
  return denominations.map((d, i) => ({ denominationMinor: d, count: values[i] ?? 0 }));
}

/**
 * Notes and coins counted by denomination, largest first, with each line's amount and the running total
 * large at the foot. The first count has focus; Tab goes to the next; Enter submits the form around it.
 */
export function CountGrid({
  denominations,
  values,
  onChange,
  testId,
}: {
  denominations: readonly number[];
  values: CountValues;
  onChange: (values: CountValues) => void;
  testId: string;
}) {
  const { t } = useTranslation('cashierDrawer');
  const money = useMoney();
  const total = countTotal(denominations, values);
  return (
    <Paper withBorder data-testid={testId}>
      <Table verticalSpacing={2} highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('count.denomination')}</Table.Th>
            <Table.Th w={130}>{t('count.count')}</Table.Th>
            <Table.Th ta="right">{t('count.subtotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {denominations.map((d, i) => (
            <Table.Tr key={d}>
              <Table.Td>
                <Text fw={600} ff="monospace">
                  {money(d)}
                </Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  min={0}
                  max={100_000}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  aria-label={`${t('count.count')} ${money(d)}`}
                  data-testid={`count-${d}`}
                  autoFocus={i === 0}
                  value={values[i] ?? ''}
                  onChange={(v) => onChange(values.map((x, j) => (j === i ? (typeof v === 'number' ? v : null) : x)))}
                />
              </Table.Td>
              <Table.Td ta="right">
                <Text ff="monospace" c={(values[i] ?? 0) > 0 ? undefined : 'dimmed'}>
                  {money(d * (values[i] ?? 0))}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" px="md" py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Text size="xs" c="dimmed">
          {t('count.keys')}
        </Text>
        <Group gap="sm" align="baseline">
          <Text fw={600}>{t('count.total')}</Text>
          <Text fz={26} fw={700} ff="monospace" data-testid={`${testId}-total`}>
            {money(total)}
          </Text>
        </Group>
      </Group>
    </Paper>
  );
}
