import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/contract/cashier-bills.ts';
import { useMoney } from '../jobs/useMoney.ts';

type Totals = Pick<
  Quote,
  | 'grossMinor'
  | 'lineDiscountMinor'
  | 'billDiscountMinor'
  | 'taxMinor'
  | 'totalMinor'
  | 'depositAppliedMinor'
  | 'dueMinor'
  | 'taxMode'
  | 'taxRateBp'
>;

function Line({
  label,
  amount,
  strong,
  color,
  testId,
}: {
  label: string;
  amount: string;
  strong?: boolean;
  color?: string;
  testId?: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : undefined} c={color}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : undefined} ff="monospace" c={color} data-testid={testId}>
        {amount}
      </Text>
    </Group>
  );
}

/** The bill's sums: subtotal, discounts, tax (included or added), the total, the deposit taken off and what is to pay; paid and balance once it is a bill. */
export function BillTotals({ totals, paid }: { totals: Totals; paid?: { paidMinor: number; balanceMinor: number } }) {
  const { t } = useTranslation('cashierTill');
  const money = useMoney();
  const rate = `${totals.taxRateBp / 100}%`;
  return (
    <Paper withBorder p="md" data-testid="bill-totals">
      <Stack gap={4}>
        <Line label={t('bill.gross')} amount={money(totals.grossMinor)} />
        {totals.lineDiscountMinor > 0 && (
          <Line label={t('bill.lineDiscounts')} amount={`−${money(totals.lineDiscountMinor)}`} color="orange.8" />
        )}
        {totals.billDiscountMinor > 0 && (
          <Line label={t('bill.billDiscount')} amount={`−${money(totals.billDiscountMinor)}`} color="orange.8" />
        )}
        {totals.taxMode !== 'none' && (
          <Line
            label={totals.taxMode === 'inclusive' ? t('bill.taxIncluded', { rate }) : t('bill.taxAdded', { rate })}
            amount={money(totals.taxMinor)}
            color={totals.taxMode === 'inclusive' ? 'dimmed' : undefined}
          />
        )}
        <Divider my={4} />
        <Line label={t('bill.total')} amount={money(totals.totalMinor)} strong testId="bill-total" />
        {totals.depositAppliedMinor > 0 && <Line label={t('bill.depositApplied')} amount={`−${money(totals.depositAppliedMinor)}`} />}
        {totals.depositAppliedMinor > 0 && <Line label={t('bill.due')} amount={money(totals.dueMinor)} strong />}
        {paid && paid.paidMinor > 0 && <Line label={t('bill.paid')} amount={`−${money(paid.paidMinor)}`} />}
        {paid && (
          <Line
            label={paid.balanceMinor === 0 ? t('bill.settled') : t('bill.balance')}
            amount={money(paid.balanceMinor)}
            strong
            color={paid.balanceMinor === 0 ? 'green.8' : 'red.8'}
            testId="bill-balance"
          />
        )}
      </Stack>
    </Paper>
  );
}
