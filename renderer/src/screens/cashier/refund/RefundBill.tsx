import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../../shared/contract/cashier-bills.ts';
import { formatWhen } from '../../../format.ts';
import { useMoney } from '../../jobs/useMoney.ts';
import { billTitle } from '../billTitle.ts';
import { RefundPayments } from './RefundPayments.tsx';

const STATUS_COLOR = { open: 'orange', settled: 'green', voided: 'gray' } as const;

/** A found bill: what it came to, what was paid and refunded, its payments to choose from, and the void button. */
export function RefundBill({
  bill,
  chosen,
  onChoose,
  onVoid,
}: {
  bill: Bill;
  chosen: number | null;
  onChoose: (paymentId: number) => void;
  onVoid: () => void;
}) {
  const { t } = useTranslation(['cashierRefund', 'cashierTill']);
  const money = useMoney();
  const sums: [string, number][] = [
    [t('bill.total'), bill.dueMinor],
    [t('bill.paid'), bill.paidMinor],
    [t('bill.refunded'), bill.refundedMinor],
    [t('bill.balance'), bill.balanceMinor],
  ];
  return (
    <Stack gap="sm" data-testid="refund-bill" data-bill-id={bill.id} data-status={bill.status}>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={3}>{billTitle(t, bill.kind, bill.jobNumber)}</Title>
          <Badge color={STATUS_COLOR[bill.status]} variant="light" size="lg" data-testid="refund-bill-status">
            {t(`bill.status.${bill.status}`)}
          </Badge>
        </Group>
        {bill.status !== 'voided' && (
          <Button variant="outline" color="red" leftSection={<IconBan size={16} />} onClick={onVoid} data-testid="void-open">
            {t('void.button')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('cashierTill:bill.billNumber', { id: bill.id })} · {t('bill.created', { time: formatWhen(bill.createdAt) })}
      </Text>
      {bill.voided && (
        <Text size="sm" c="red.8" data-testid="refund-bill-voided">
          {t('bill.voided', { time: formatWhen(bill.voided.at), reason: bill.voided.reason })}
        </Text>
      )}
      <Paper withBorder p="sm">
        <SimpleGrid cols={4}>
          {sums.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={600}>{money(value)}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
      <Title order={4}>{t('payments.title')}</Title>
      {bill.payments.length === 0 ? (
        <Text c="dimmed">{t('bill.noPayments')}</Text>
      ) : (
        <RefundPayments payments={bill.payments} chosen={chosen} onChoose={onChoose} />
      )}
    </Stack>
  );
}
