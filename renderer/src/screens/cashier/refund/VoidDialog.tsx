import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../../../shared/contract/cashier-bills.ts';
import type { Approval } from '../../../../../shared/contract/fields.ts';
import type { OpOutput } from '../../../../../shared/contract/index.ts';
import { isApiError } from '../../../api/errors.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { ManagerApproval } from '../../../components/ManagerApproval.tsx';
import { useMoney } from '../../jobs/useMoney.ts';
import { notifyTillError } from '../tillErrors.ts';
import { refundError } from './refundErrors.ts';
import { leftOf } from './RefundPayments.tsx';

export type Voided = OpOutput<'cashier.void'>;

/**
 * Voiding a bill, with the reason: an unpaid bill is cancelled at once; a paid one has what is left of
 * every payment refunded by its method, which a cashier has a manager approve with their PIN.
 */
export function VoidDialog({
  bill,
  till,
  manager,
  opened,
  onClose,
  onVoided,
}: {
  bill: Bill;
  till: string;
  manager: boolean;
  opened: boolean;
  onClose: () => void;
  onVoided: (result: Voided) => void;
}) {
  const { t } = useTranslation('cashierRefund');
  const money = useMoney();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ reason?: string; other?: string }>({});
  /** The amount the manager is asked to approve, fixed when asked (the bill refreshes once it is voided). */
  const [asking, setAsking] = useState<number | null>(null);
  const voidBill = useOpMutation('cashier.void');
  const refundable = bill.payments.reduce((s, p) => s + leftOf(p), 0);
  const needsManager = bill.payments.length > 0 && !manager;

  const send = (approval: Approval | null) =>
    voidBill.mutateAsync({ billId: bill.id, till, reason: reason.trim(), approval, print: true }).then((result) => {
      setReason('');
      onVoided(result);
    });
  const place = (e: unknown) => {
    const { field, text } = refundError(t, e);
    if (field === 'reason') setError({ reason: text });
    else if (field !== null) setError({ other: text });
    else notifyTillError(t, e);
  };
  const submit = () => {
    if (reason.trim() === '') return setError({ reason: t('form.required') });
    if (needsManager) setAsking(refundable);
    else send(null).catch(place);
  };

  return (
    <>
      <Modal opened={opened && asking === null} onClose={onClose} title={t('void.title', { id: bill.id })} size="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Alert color={bill.payments.length > 0 ? 'orange' : 'blue'} variant="light">
              {bill.payments.length > 0 ? t('void.paid', { amount: money(refundable) }) : t('void.unpaid')}
            </Alert>
            <Textarea
              label={t('void.reason')}
              placeholder={t('void.reasonHint')}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setError({});
              }}
              error={error.reason}
              withAsterisk
              autosize
              minRows={2}
              maxLength={200}
              data-autofocus
              data-testid="void-reason"
            />
            {error.other && (
              <Alert color="red" data-testid="void-error">
                {error.other}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" color="red" loading={voidBill.isPending} data-testid="void-submit">
                {t('void.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ManagerApproval
        opened={asking !== null}
        onClose={() => setAsking(null)}
        action={t('void.approvalAction', { id: bill.id, amount: money(asking ?? 0) })}
        submitLabel={t('void.approve')}
        onApprove={async (approval) => {
          try {
            await send(approval);
            setAsking(null);
          } catch (e) {
            if (isApiError(e) && Object.keys(e.fields).some((f) => f.startsWith('approval') || f === 'staffId')) throw e;
            setAsking(null);
            place(e);
          }
        }}
      />
    </>
  );
}
