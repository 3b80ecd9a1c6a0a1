import { useState } from 'react';
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiscountInput } from '../../../../shared/contract/cashier-bills.ts';
import { MoneyInput } from './MoneyInput.tsx';

/**
 * A discount on a line or on the whole bill, by amount or by percent (kept in basis points: 12.5% is
 * 1250). Above the settings' limit the till asks for a manager's PIN when the bill opens.
 */
export function DiscountDialog({
  title,
  current,
  limitBp,
  onApply,
  onClose,
}: {
  /** Null while closed. */
  title: string | null;
  current: DiscountInput | null;
  limitBp: number;
  onApply: (discount: DiscountInput | null) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={title !== null} onClose={onClose} title={title}>
      <DiscountForm current={current} limitBp={limitBp} onApply={onApply} />
    </Modal>
  );
}

/** The dialog's form, mounted each time it opens with the discount it edits. */
function DiscountForm({
  current,
  limitBp,
  onApply,
}: {
  current: DiscountInput | null;
  limitBp: number;
  onApply: (discount: DiscountInput | null) => void;
}) {
  const { t } = useTranslation('cashierTill');
  const [kind, setKind] = useState<'amount' | 'percent'>(current?.kind ?? 'percent');
  const [amount, setAmount] = useState<number | null>(current?.kind === 'amount' ? current.valueMinor : null);
  const [percent, setPercent] = useState<number | ''>(current?.kind === 'percent' ? current.bp / 100 : '');
  const value: DiscountInput | null =
    kind === 'amount'
      ? amount !== null && amount > 0
        ? { kind: 'amount', valueMinor: amount }
        : null
      : typeof percent === 'number' && percent > 0
        ? { kind: 'percent', bp: Math.round(percent * 100) }
        : null;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onApply(value);
      }}
    >
      <Stack>
        <SegmentedControl
          aria-label={t('discount.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'amount' ? 'amount' : 'percent')}
          data={[
            { value: 'percent', label: t('discount.percent') },
            { value: 'amount', label: t('discount.amount') },
          ]}
        />
        {kind === 'amount' ? (
          <MoneyInput
            label={t('discount.value')}
            valueMinor={amount}
            onChangeMinor={setAmount}
            data-autofocus
            data-testid="discount-value"
          />
        ) : (
          <NumberInput
            label={t('discount.value')}
            min={0}
            max={100}
            decimalScale={2}
            suffix="%"
            hideControls
            value={percent}
            onChange={(v) => setPercent(typeof v === 'number' ? v : '')}
            data-autofocus
            data-testid="discount-value"
          />
        )}
        <Text size="xs" c="dimmed">
          {t('discount.limit', { percent: `${limitBp / 100}%` })}
        </Text>
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={() => onApply(null)}>
            {t('discount.remove')}
          </Button>
          <Button type="submit" data-testid="discount-apply">
            {t('discount.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
