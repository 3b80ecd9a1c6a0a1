import { useState } from 'react';
import { Button, Center, Group, Kbd, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { APPROVER_ROLES } from '../../../../../shared/roles.ts';
import { isApiError } from '../../../api/errors.ts';
import { useOp } from '../../../api/hooks.ts';
import { useScreenHotkeys } from '../../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { billTitle } from '../billTitle.ts';
import { tillErrorText } from '../tillErrors.ts';
import { TillPicker } from '../TillPicker.tsx';
import { useTill } from '../useTill.ts';
import { FindBill } from './FindBill.tsx';
import { RefundBill } from './RefundBill.tsx';
import { RefundDone } from './RefundDone.tsx';
import { RefundForm } from './RefundForm.tsx';
import { VoidDialog } from './VoidDialog.tsx';

type Done = { title: string; receipts: { number: string }[]; printJobs: { id: number }[] };

/**
 * Refunds and voids (/cashier/refund, R on the till; `?number=` opens a receipt's bill): the bill found
 * by its receipt or job number, its payments with what is left to refund of each, the refund of one
 * (a manager's PIN for a cashier), and the void of the whole bill. What the core refuses is said on the
 * field it is about.
 */
export function RefundScreen() {
  const { t } = useTranslation(['cashierRefund', 'cashierTill']);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const number = params.get('number') ?? '';
  const choice = useTill();
  const manager = APPROVER_ROLES.includes(useSignedIn().staff.role);
  const found = useOp('cashier.findBills', { number }, { enabled: number !== '' });
  const [billId, setBillId] = useState<number | null>(null);
  const [paymentId, setPaymentId] = useState<number | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [voiding, setVoiding] = useState(false);
  const back = () => void navigate('/cashier');
  useScreenHotkeys([['Escape', back]]);

  const bills = number === '' ? [] : (found.data ?? []);
  const bill = bills.find((b) => b.id === billId) ?? bills[0] ?? null;
  const payment = bill?.payments.find((p) => p.id === paymentId && p.amountMinor > p.refundedMinor) ?? null;
  const findError =
    number !== '' && found.isError
      ? isApiError(found.error) && found.error.code === 'NOT_FOUND'
        ? t('find.notFound', { number })
        : tillErrorText(t, found.error)
      : null;
  const find = (wanted: string) => {
    setBillId(null);
    setPaymentId(null);
    setDone(null);
    setParams({ number: wanted }, { replace: true });
  };

  if (!choice.settings || choice.till === null)
    return (
      <Center h={300} data-loading>
        <Loader />
      </Center>
    );
  const till = choice.till;
  return (
    <Stack gap="sm" data-testid="refund-screen" data-loading={number !== '' && found.isPending ? true : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <TillPicker choice={choice} />
          <Button variant="default" leftSection={<IconArrowBackUp size={16} />} rightSection={<Kbd size="xs">Esc</Kbd>} onClick={back}>
            {t('back')}
          </Button>
        </Group>
      </Group>
      <FindBill key={number} initial={number} error={findError} busy={number !== '' && found.isFetching} onFind={find} />
      {bills.length > 1 && (
        <Stack gap={4}>
          <Text size="sm">{t('find.pick', { count: bills.length })}</Text>
          <SegmentedControl
            w="fit-content"
            value={String(bill?.id ?? '')}
            onChange={(v) => {
              setBillId(Number(v));
              setPaymentId(null);
              setDone(null);
            }}
            data={bills.map((b) => ({
              value: String(b.id),
              label: `${billTitle(t, b.kind, b.jobNumber)} · ${t(`bill.status.${b.status}`)}`,
            }))}
          />
        </Stack>
      )}
      {bill && (
        <SimpleGrid cols={2} spacing="lg" style={{ gridTemplateColumns: '3fr 2fr', alignItems: 'start' }}>
          <RefundBill
            bill={bill}
            chosen={payment?.id ?? null}
            onChoose={(id) => {
              setPaymentId(id);
              setDone(null);
            }}
            onVoid={() => setVoiding(true)}
          />
          {done ? (
            <RefundDone {...done} onAnother={() => setDone(null)} />
          ) : payment ? (
            <RefundForm
              key={payment.id}
              payment={payment}
              till={till}
              manager={manager}
              onRefunded={(result) => {
                setPaymentId(null);
                setDone({
                  title: t('done.title', { number: result.receipt.number }),
                  receipts: [result.receipt],
                  printJobs: result.printJobs,
                });
              }}
            />
          ) : (
            <Paper withBorder p="md">
              <Text c="dimmed">{t('form.choosePayment')}</Text>
            </Paper>
          )}
        </SimpleGrid>
      )}
      {bill && (
        <VoidDialog
          key={bill.id}
          bill={bill}
          till={till}
          manager={manager}
          opened={voiding}
          onClose={() => setVoiding(false)}
          onVoided={(result) => {
            setVoiding(false);
            setPaymentId(null);
            setDone({
              title:
                result.receipts.length === 0
                  ? t('void.done', { id: result.bill.id })
                  : t('void.doneRefunds', { id: result.bill.id, numbers: result.receipts.map((r) => r.number).join(', ') }),
              receipts: result.receipts,
              printJobs: result.printJobs,
            });
          }}
        />
      )}
    </Stack>
  );
}
