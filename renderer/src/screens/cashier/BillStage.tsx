import { Button, Center, Group, Kbd, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import { useOp } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { BillLines } from './BillLines.tsx';
import { BillTotals } from './BillTotals.tsx';
import { billTitle } from './billTitle.ts';
import { PaymentPanel, type PaidResult } from './PaymentPanel.tsx';

/** An open bill: its lines and sums on the left, the payment panel on the right; a bill with nothing to pay says so. */
export function BillStage({
  billId,
  till,
  tillName,
  drawerOpen,
  method,
  onPaid,
  onOpenDrawer,
  onNext,
}: {
  billId: number;
  till: string;
  tillName: string;
  drawerOpen: boolean;
  method: PaymentMethod | null;
  onPaid: (paid: PaidResult) => void;
  onOpenDrawer: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation('cashierTill');
  const bill = useOp('cashier.bill', { billId });
  const settled = bill.data?.balanceMinor === 0;
  useScreenHotkeys(settled ? [['n', onNext]] : []);
  if (!bill.data)
    return (
      <Center h={200} data-loading>
        <Loader />
      </Center>
    );
  const b = bill.data;
  return (
    <SimpleGrid cols={2} spacing="lg" style={{ gridTemplateColumns: '5fr 6fr' }} data-testid="till-bill" data-bill-id={b.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3}>{billTitle(t, b.kind, b.jobNumber)}</Title>
          <Text size="sm" c="dimmed">
            {t('bill.billNumber', { id: b.id })}
          </Text>
        </Group>
        <BillLines lines={b.lines} />
        <BillTotals totals={b} paid={{ paidMinor: b.paidMinor, balanceMinor: b.balanceMinor }} />
      </Stack>
      {settled ? (
        <Stack>
          <Title order={3} c="green.8">
            {t('paid.settled')}
          </Title>
          <Button w="fit-content" onClick={onNext} rightSection={<Kbd size="xs">N</Kbd>}>
            {t('paid.next')}
          </Button>
        </Stack>
      ) : (
        <PaymentPanel
          bill={b}
          till={till}
          tillName={tillName}
          drawerOpen={drawerOpen}
          initialMethod={method}
          onPaid={onPaid}
          onOpenDrawer={onOpenDrawer}
        />
      )}
    </SimpleGrid>
  );
}
