import { Radio, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../../shared/contract/cashier-bills.ts';
import { formatWhen } from '../../../format.ts';
import { useMoney } from '../../jobs/useMoney.ts';

type Payment = Bill['payments'][number];

/** What is left to give back of a payment. */
export const leftOf = (p: Payment) => p.amountMinor - p.refundedMinor;

/** A bill's payments, each with what it took, what was refunded of it and what is left; a click chooses the one to refund. */
export function RefundPayments({
  payments,
  chosen,
  onChoose,
}: {
  payments: readonly Payment[];
  chosen: number | null;
  onChoose: (paymentId: number) => void;
}) {
  const { t } = useTranslation(['cashierRefund', 'cashier']);
  const money = useMoney();
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="refund-payments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36} />
          <Table.Th>{t('payments.method')}</Table.Th>
          <Table.Th>{t('payments.receipt')}</Table.Th>
          <Table.Th ta="right">{t('payments.amount')}</Table.Th>
          <Table.Th ta="right">{t('payments.refunded')}</Table.Th>
          <Table.Th ta="right">{t('payments.left')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {payments.map((p) => {
          const left = leftOf(p);
          return (
            <Table.Tr
              key={p.id}
              onClick={() => left > 0 && onChoose(p.id)}
              style={{ cursor: left > 0 ? 'pointer' : 'default' }}
              bg={chosen === p.id ? 'var(--mantine-primary-color-light)' : undefined}
              data-testid="refund-payment"
              data-method={p.method}
              data-left={left}
            >
              <Table.Td>
                <Radio aria-label={t('payments.choose')} checked={chosen === p.id} disabled={left === 0} onChange={() => onChoose(p.id)} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`cashier:methods.${p.method}`)}</Text>
                <Text size="xs" c="dimmed">
                  {formatWhen(p.at)}
                  {p.reference ? ` · ${p.reference}` : ''}
                </Text>
              </Table.Td>
              <Table.Td ff="monospace">{p.receiptNumber}</Table.Td>
              <Table.Td ta="right">{money(p.amountMinor)}</Table.Td>
              <Table.Td ta="right">{p.refundedMinor > 0 ? money(p.refundedMinor) : '—'}</Table.Td>
              <Table.Td ta="right" fw={600} c={left === 0 ? 'dimmed' : undefined}>
                {left === 0 ? t('payments.none') : money(left)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
