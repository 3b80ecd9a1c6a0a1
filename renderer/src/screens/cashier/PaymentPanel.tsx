import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, Kbd, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bill, PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import type { OpOutput } from '../../../../shared/contract/index.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useMoney } from '../jobs/useMoney.ts';
import { ChangeDisplay } from './ChangeDisplay.tsx';
import { DrawerClosedAlert } from './DrawerClosedAlert.tsx';
import { METHOD_KEYS } from './methods.ts';
import { MoneyInput } from './MoneyInput.tsx';
import { TenderList } from './TenderList.tsx';
import { afterTenders, asPayments, cashDue, type Tender } from './tenders.ts';
import { tillErrorText } from './tillErrors.ts';

export type PaidResult = OpOutput<'cashier.pay'>;

interface Entering {
  method: PaymentMethod;
  amountMinor: number | null;
  reference: string;
}

/**
 * Taking payment on an open bill: a method by its number key (1 cash … 6 other), the amount already
 * filled with what is still to pay, Enter to take it. When what is taken covers the bill, that Enter
 * pays (one receipt for every method); otherwise the next method follows, in any order. Ctrl+Enter pays
 * what is entered and leaves the rest owing. Cash shows the change large as it is typed, and is refused
 * in words, with the way to open the drawer, while the till's drawer is closed.
 */
export function PaymentPanel({
  bill,
  till,
  tillName,
  drawerOpen,
  initialMethod,
  onPaid,
  onOpenDrawer,
}: {
  bill: Bill;
  till: string;
  tillName: string;
  drawerOpen: boolean;
  initialMethod: PaymentMethod | null;
  onPaid: (result: PaidResult) => void;
  onOpenDrawer: () => void;
}) {
  const { t } = useTranslation(['cashierTill', 'cashier']);
  const money = useMoney();
  const pay = useOpMutation('cashier.pay');
  const [tenders, setTenders] = useState<Tender[]>([]);
  const [entering, setEntering] = useState<Entering | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const rounding = bill.cashRounding;
  const { left } = afterTenders(tenders, bill.balanceMinor, rounding);

  const start = (method: PaymentMethod) => {
    if (left === 0 || pay.isPending) return;
    setProblem(null);
    setEntering({ method, amountMinor: method === 'cash' ? cashDue(left, rounding) : left, reference: '' });
  };
  const [started, setStarted] = useState(false);
  if (!started && initialMethod !== null) {
    setStarted(true);
    start(initialMethod);
  }
  const cashBlocked = entering?.method === 'cash' && !drawerOpen;
  // Focus moves when a method is chosen or put down (or the drawer opens under it), not on every key typed.
  const focusKey = entering === null ? null : `${entering.method}:${cashBlocked}`;
  useEffect(() => {
    if (focusKey === null) panelRef.current?.focus();
    else {
      amountRef.current?.focus();
      amountRef.current?.select();
    }
  }, [focusKey]);
  const send = (all: Tender[]) => {
    pay.mutate(
      { billId: bill.id, till, payments: asPayments(all), print: true },
      {
        onSuccess: onPaid,
        onError: (error) => {
          setTenders(all);
          setEntering(null);
          setProblem(tillErrorText(t, error));
        },
      },
    );
  };
  /** Takes the method being entered; pays when that covers the bill, or at once with `payNow`. */
  const take = (payNow: boolean) => {
    if (entering === null || cashBlocked) {
      if (payNow && tenders.length > 0) send(tenders);
      return;
    }
    const amount = entering.amountMinor ?? 0;
    if (amount <= 0) return setProblem(t('pay.positive'));
    if (entering.method !== 'cash' && amount > left) return setProblem(t('pay.tooMuch', { amount: money(left) }));
    const all = [...tenders, { method: entering.method, amountMinor: amount, reference: entering.reference }];
    setProblem(null);
    if (payNow || afterTenders(all, bill.balanceMinor, rounding).left === 0) send(all);
    else {
      setTenders(all);
      setEntering(null);
    }
  };
  useScreenHotkeys([
    ...METHOD_KEYS.map(({ key, method }): [string, () => void] => [key, () => start(method)]),
    ['mod+Enter', () => take(true)],
    ['o', () => cashBlocked && onOpenDrawer()],
    ['Escape', () => setEntering(null)],
  ]);
  const fieldKeys = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      take(e.ctrlKey || e.metaKey);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEntering(null);
    }
  };

  if (bill.balanceMinor === 0) return null;
  const entered = entering?.amountMinor ?? 0;
  const due = cashDue(left, rounding);
  const change = entering?.method === 'cash' ? Math.max(0, entered - due) : 0;
  const covers = entering !== null && !cashBlocked && (entering.method === 'cash' ? entered >= due : entered >= left);
  const partialAfter = entering && !cashBlocked ? Math.max(0, left - Math.min(entered, entering.method === 'cash' ? due : left)) : left;
  return (
    <Paper withBorder p="md" ref={panelRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="till-payment">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={4}>{t('pay.title')}</Title>
          <Group gap="xs" align="baseline">
            <Text size="sm" c="dimmed">
              {t('pay.remaining')}
            </Text>
            <Text fz={28} fw={700} ff="monospace" data-testid="till-remaining">
              {money(left)}
            </Text>
          </Group>
        </Group>
        <SimpleGrid cols={3} spacing={6}>
          {METHOD_KEYS.map(({ method, key, icon: Icon }) => (
            <Button
              key={method}
              variant={entering?.method === method ? 'filled' : 'default'}
              leftSection={<Icon size={18} />}
              rightSection={<Kbd size="xs">{key}</Kbd>}
              justify="space-between"
              px="xs"
              styles={{ label: { fontSize: 14 } }}
              onClick={() => start(method)}
              disabled={left === 0}
              data-testid={`till-method-${method}`}
            >
              {t(`cashier:methods.${method}`)}
            </Button>
          ))}
        </SimpleGrid>
        <TenderList tenders={tenders} onRemove={(i) => setTenders(tenders.filter((_, j) => j !== i))} />
        {entering === null ? (
          <Text size="sm" c="dimmed" data-testid="till-choose">
            {tenders.length === 0 ? t('pay.chooseMethod') : t('pay.chooseNext', { amount: money(left) })}
          </Text>
        ) : cashBlocked ? (
          <DrawerClosedAlert tillName={tillName} onOpen={onOpenDrawer} />
        ) : (
          <Stack gap="xs">
            <Group grow align="flex-start">
              <MoneyInput
                ref={amountRef}
                size="lg"
                label={entering.method === 'cash' ? t('pay.tendered') : t('pay.amount')}
                valueMinor={entering.amountMinor}
                onChangeMinor={(amountMinor) => setEntering({ ...entering, amountMinor })}
                onKeyDown={fieldKeys}
                data-testid="till-amount"
              />
              {entering.method !== 'cash' && (
                <TextInput
                  size="lg"
                  label={t('pay.reference')}
                  placeholder={t('pay.referenceHint')}
                  maxLength={60}
                  value={entering.reference}
                  onChange={(e) => setEntering({ ...entering, reference: e.currentTarget.value })}
                  onKeyDown={fieldKeys}
                  data-testid="till-reference"
                />
              )}
            </Group>
            {entering.method === 'cash' && due !== left && (
              <Text size="xs" c="dimmed">
                {t('pay.cashRounded', { amount: money(due) })}
              </Text>
            )}
            {entering.method === 'cash' && <ChangeDisplay changeMinor={change} />}
          </Stack>
        )}
        {problem && (
          <Alert color="red" data-testid="till-pay-problem">
            {problem}
          </Alert>
        )}
        <Group justify="space-between">
          {partialAfter > 0 && (entered > 0 || tenders.length > 0) ? (
            <Button variant="default" onClick={() => take(true)} rightSection={<Kbd size="xs">Ctrl Enter</Kbd>} data-testid="till-pay-now">
              {t('pay.payNow', { amount: money(bill.balanceMinor - partialAfter) })} ·{' '}
              {t('pay.leavesBalance', { amount: money(partialAfter) })}
            </Button>
          ) : (
            <span />
          )}
          <Button
            size="md"
            onClick={() => take(false)}
            disabled={entering === null || cashBlocked}
            loading={pay.isPending}
            rightSection={<Kbd size="xs">Enter</Kbd>}
            data-testid="till-take"
          >
            {covers ? t('pay.payAll', { amount: money(bill.balanceMinor) }) : t('pay.add')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pay.keys')}
        </Text>
      </Stack>
    </Paper>
  );
}
