import { useState } from 'react';
import { Button, Group, Kbd } from '@mantine/core';
import { IconCashBanknote, IconCashBanknoteOff, IconLock, IconReceipt, IconSquareRoundedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../components/errors.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { DrawerMoveDialog } from './DrawerMoveDialog.tsx';
import { notifyTillError } from './tillErrors.ts';

/** What an open drawer offers, each on a key: I cash in, O cash out, N no sale, X the X report, C the blind close. */
export function DrawerActions({
  till,
  showingX,
  onToggleX,
  onClose,
}: {
  till: string;
  showingX: boolean;
  onToggleX: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('cashierDrawer');
  const [moving, setMoving] = useState<'cashIn' | 'cashOut' | null>(null);
  const move = useOpMutation('cashier.drawer.move');
  const noSale = () =>
    move.mutate(
      { till, kind: 'noSale', amountMinor: 0, reason: '' },
      { onSuccess: () => notifySuccess(t('actions.noSaleDone')), onError: (error) => notifyTillError(t, error) },
    );
  useScreenHotkeys(
    moving === null
      ? [
          ['i', () => setMoving('cashIn')],
          ['o', () => setMoving('cashOut')],
          ['n', noSale],
          ['x', onToggleX],
          ['c', onClose],
        ]
      : [],
  );
  const key = (k: string) => <Kbd size="xs">{k}</Kbd>;
  return (
    <Group gap="sm">
      <Button variant="default" leftSection={<IconCashBanknote size={18} />} rightSection={key('I')} onClick={() => setMoving('cashIn')}>
        {t('actions.cashIn')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconCashBanknoteOff size={18} />}
        rightSection={key('O')}
        onClick={() => setMoving('cashOut')}
      >
        {t('actions.cashOut')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconSquareRoundedX size={18} />}
        rightSection={key('N')}
        onClick={noSale}
        loading={move.isPending}
      >
        {t('actions.noSale')}
      </Button>
      <Button
        variant={showingX ? 'light' : 'default'}
        leftSection={<IconReceipt size={18} />}
        rightSection={key('X')}
        onClick={onToggleX}
        data-testid="drawer-x"
      >
        {showingX ? t('report.hide') : t('report.show')}
      </Button>
      <Button color="red" leftSection={<IconLock size={18} />} rightSection={key('C')} onClick={onClose} data-testid="drawer-close">
        {t('actions.close')}
      </Button>
      <DrawerMoveDialog till={till} kind={moving} onClose={() => setMoving(null)} />
    </Group>
  );
}
