import { useState } from 'react';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { notifySuccess } from '../../components/errors.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { notifyTillError } from './tillErrors.ts';

/** Cash put into the drawer or taken out of it: an amount and the reason, both required. */
export function DrawerMoveDialog({ till, kind, onClose }: { till: string; kind: 'cashIn' | 'cashOut' | null; onClose: () => void }) {
  const { t } = useTranslation('cashierDrawer');
  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind === 'cashOut' ? t('move.cashOutTitle') : t('move.cashInTitle')}>
      {kind !== null && <MoveForm till={till} kind={kind} onClose={onClose} />}
    </Modal>
  );
}

/** The dialog's form, empty each time it opens. */
function MoveForm({ till, kind, onClose }: { till: string; kind: 'cashIn' | 'cashOut'; onClose: () => void }) {
  const { t } = useTranslation('cashierDrawer');
  const move = useOpMutation('cashier.drawer.move');
  const [amount, setAmount] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const ready = (amount ?? 0) > 0 && reason.trim() !== '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        move.mutate(
          { till, kind, amountMinor: amount ?? 0, reason: reason.trim() },
          {
            onSuccess: () => {
              notifySuccess(t('actions.moved'));
              onClose();
            },
            onError: (error) => notifyTillError(t, error),
          },
        );
      }}
    >
      <Stack>
        <MoneyInput
          label={t('move.amount')}
          valueMinor={amount}
          onChangeMinor={setAmount}
          withAsterisk
          data-autofocus
          data-testid="move-amount"
        />
        <TextInput
          label={t('move.reason')}
          placeholder={t('move.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={200}
          withAsterisk
          data-testid="move-reason"
        />
        <FormActions onCancel={onClose} loading={move.isPending} submitLabel={t('move.submit')} />
      </Stack>
    </form>
  );
}
