import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/contract/cashier-bills.ts';
import { useMoney } from '../jobs/useMoney.ts';

type Line = Quote['lines'][number];

/**
 * A bill's lines: what, how many, the price, the discount and the amount. A line the warranty covers
 * costs nothing and says so, its list price struck beside it. `actions` adds controls to a line while
 * the bill is still a draft (a discount, a quick-sale item's quantity).
 */
export function BillLines({ lines, actions }: { lines: readonly Line[]; actions?: (line: Line) => ReactNode }) {
  const { t } = useTranslation('cashierTill');
  const money = useMoney();
  if (lines.length === 0)
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed" ta="center">
          {t('bill.empty')}
        </Text>
      </Paper>
    );
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs" highlightOnHover={false} data-testid="bill-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bill.columns.description')}</Table.Th>
            <Table.Th ta="right">{t('bill.columns.quantity')}</Table.Th>
            <Table.Th ta="right">{t('bill.columns.price')}</Table.Th>
            <Table.Th ta="right">{t('bill.columns.discount')}</Table.Th>
            <Table.Th ta="right">{t('bill.columns.amount')}</Table.Th>
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.lineNo} data-testid="bill-line" data-covered={line.coveredReason !== null}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {line.description}
                  </Text>
                  {line.coveredReason && (
                    <Group gap={6}>
                      <Badge color="teal" variant="light" size="sm" tt="none" leftSection={<IconShieldCheck size={12} />}>
                        {t('bill.covered')}
                      </Badge>
                      <Text size="xs" c="dimmed" td="line-through">
                        {t('bill.coveredWas', { amount: money(line.listPriceMinor * line.quantity) })}
                      </Text>
                    </Group>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{line.quantity}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" ff="monospace">
                  {money(line.unitPriceMinor)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" ff="monospace" c={line.discountMinor > 0 ? 'orange.8' : 'dimmed'}>
                  {line.discountMinor > 0 ? `−${money(line.discountMinor)}` : '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" ff="monospace" fw={600}>
                  {money(line.quantity * line.unitPriceMinor - line.discountMinor)}
                </Text>
              </Table.Td>
              {actions && (
                <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
                  {actions(line)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
