import { useState } from 'react';
import { Alert, Button, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconReceiptRefund, IconShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../../shared/contract/cashier-bills.ts';
import type { Approval } from '../../../../../shared/contract/fields.ts';
import type { OpOutput } from '../../../../../shared/contract/index.ts';
import { isApiError } from '../../../api/errors.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { ManagerApproval } from '../../../components/ManagerApproval.tsx';
import { useMoney } from '../../jobs/useMoney.ts';
import { MoneyInput } from '../MoneyInput.tsx';
import { notifyTillError } from '../tillErrors.ts';
import { refundError } from './refundErrors.ts';
import { leftOf } from './RefundPayments.tsx';

export type Refunded = OpOutput<'cashier.refund'>;

/**
 * The refund of one payment: how much (all that is left unless changed), back by its method or in cash
 * from the drawer, and why. A cashier's refund is approved by a manager's PIN in a dialog; a manager's
 * goes straight through. A refusal lands on the field it is about.
 */
export function RefundForm({
  payment,
  till,
  manager,
  onRefunded,
}: {
  payment: Bill['payments'][number];
  till: string;
  manager: boolean;
  onRefunded: (result: Refunded) => void;
}) {
  const { t } = useTranslation(['cashierRefund', 'cashier']);
  const money = useMoney();
  const left = leftOf(payment);
  const [amount, setAmount] = useState<number | null>(left);
  const [to, setTo] = useState<'original' | 'cash'>('original');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string; other?: string }>({});
  const [asking, setAsking] = useState(false);
  const refund = useOpMutation('cashier.refund');
  const method = t(`cashier:methods.${payment.method}`);

  const send = (approval: Approval | null) =>
    refund
      .mutateAsync({ paymentId: payment.id, amountMinor: amount ?? 0, to, till, reason: reason.trim(), approval, print: true })
      .then(onRefunded);
  /** A refusal that is not the approver's: on its field, or a notification. */
  const place = (error: unknown) => {
    const { field, text } = refundError(t, error);
    if (field === 'amount') setErrors({ amount: text });
    else if (field === 'reason') setErrors({ reason: text });
    else if (field !== null) setErrors({ other: text });
    else notifyTillError(t, error);
  };
  const submit = () => {
    const problems = {
      amount: amount === null || amount <= 0 ? t('form.positive') : amount > left ? t('errors.moreThanLeft') : undefined,
      reason: reason.trim() === '' ? t('form.required') : undefined,
    };
    setErrors(problems);
    if (problems.amount || problems.reason) return;
    if (manager) send(null).catch(place);
    else setAsking(true);
  };

  return (
    <Paper withBorder p="md" data-testid="refund-form">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={4}>{t('form.title')}</Title>
          <MoneyInput
            label={t('form.amount')}
            description={t('form.amountHint', { amount: money(left) })}
            valueMinor={amount}
            onChangeMinor={(v) => {
              setAmount(v);
              setErrors({});
            }}
            error={errors.amount}
            withAsterisk
            data-testid="refund-amount"
          />
          {payment.method !== 'cash' && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('form.to')}
              </Text>
              <SegmentedControl
                value={to}
                onChange={(v) => setTo(v === 'cash' ? 'cash' : 'original')}
                data={[
                  { value: 'original', label: t('form.toOriginal', { method }) },
                  { value: 'cash', label: t('form.toCash') },
                ]}
                data-testid="refund-to"
              />
            </Stack>
          )}
          <Textarea
            label={t('form.reason')}
            placeholder={t('form.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.reason}
            withAsterisk
            autosize
            minRows={2}
            maxLength={200}
            data-testid="refund-reason"
          />
          {errors.other && (
            <Alert color="red" data-testid="refund-error">
              {errors.other}
            </Alert>
          )}
          {!manager && (
            <Text size="xs" c="dimmed">
              <IconShield size={12} /> {t('form.needsManager')}
            </Text>
          )}
          <Button
            type="submit"
            color="red"
            leftSection={<IconReceiptRefund size={18} />}
            loading={refund.isPending}
            data-testid="refund-submit"
          >
            {t('form.submit', { amount: money(amount ?? 0) })}
          </Button>
        </Stack>
      </form>
      <ManagerApproval
        opened={asking}
        onClose={() => setAsking(false)}
        action={t('form.approvalAction', {
          amount: money(amount ?? 0),
          method: to === 'cash' ? t('cashier:methods.cash') : method,
          receipt: payment.receiptNumber,
        })}
        submitLabel={t('form.approve')}
        onApprove={async (approval) => {
          try {
            await send(approval);
            setAsking(false);
          } catch (error) {
            if (isApiError(error) && Object.keys(error.fields).some((f) => f.startsWith('approval') || f === 'staffId')) throw error;
            setAsking(false);
            place(error);
          }
        }}
      />
    </Paper>
  );
}
