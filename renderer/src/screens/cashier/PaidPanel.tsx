import { useState } from 'react';
import { Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPrinter, IconReceiptRefund } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { PrintStatus } from '../../components/PrintStatus.tsx';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useMoney } from '../jobs/useMoney.ts';
import { ChangeDisplay } from './ChangeDisplay.tsx';
import type { PaidResult } from './PaymentPanel.tsx';

/**
 * Paid: the receipt's number and how its printing goes, the change large, and what is still owed when
 * the payment was partial. N starts a new sale; P takes another payment on a bill with a balance. A
 * copy of the receipt (marked as one) prints on request, its printing followed below the original's.
 */
export function PaidPanel({ paid, onNext, onMore }: { paid: PaidResult; onNext: () => void; onMore: () => void }) {
  const { t } = useTranslation(['cashierTill', 'cashierRefund']);
  const navigate = useNavigate();
  const money = useMoney();
  const balance = paid.bill.balanceMinor;
  // The copy's print job once asked for (null: no printer prints receipts).
  const [copy, setCopy] = useState<number | null | undefined>(undefined);
  const reprint = useOpMutation('cashier.reprintReceipt', {
    onSuccess: (r) => setCopy(r.printJobs[0]?.id ?? null),
    onError: (e) => notifyError(t, e),
  });
  useScreenHotkeys([['n', onNext], ...(balance > 0 ? [['p', onMore] as [string, () => void]] : [])]);
  return (
    <Paper withBorder p="md" data-testid="till-paid">
      <Stack gap="md">
        <Group gap="sm">
          <IconCircleCheck size={32} color="var(--mantine-color-green-6)" />
          <Title order={3} data-testid="till-receipt-number" data-number={paid.receipt.number}>
            {t('paid.title', { number: paid.receipt.number })}
          </Title>
        </Group>
        <PrintStatus printJobId={paid.printJobs[0]?.id ?? null} document="receipt" />
        {copy !== undefined && <PrintStatus printJobId={copy} document="receiptCopy" />}
        {paid.changeMinor > 0 ? (
          <ChangeDisplay changeMinor={paid.changeMinor} label={t('paid.change')} />
        ) : (
          <Text c="dimmed">{t('paid.noChange')}</Text>
        )}
        <Text fw={600} c={balance > 0 ? 'red.8' : 'green.8'} data-testid="till-paid-balance">
          {balance > 0 ? t('paid.balanceLeft', { amount: money(balance) }) : t('paid.settled')}
        </Text>
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconReceiptRefund size={16} />}
            onClick={() => void navigate(`/cashier/refund?number=${encodeURIComponent(paid.receipt.number)}`)}
            data-testid="till-paid-refund"
          >
            {t('cashierRefund:title')}
          </Button>
          <Button
            variant="subtle"
            leftSection={<IconPrinter size={16} />}
            loading={reprint.isPending}
            onClick={() => reprint.mutate({ receiptNumber: paid.receipt.number })}
            data-testid="till-reprint"
          >
            {t('paid.reprint')}
          </Button>
          {balance > 0 && (
            <Button variant="default" onClick={onMore} rightSection={<Kbd size="xs">P</Kbd>}>
              {t('paid.more')}
            </Button>
          )}
          <Button onClick={onNext} rightSection={<Kbd size="xs">N</Kbd>} data-testid="till-next">
            {t('paid.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
