import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../jobs/useMoney.ts';

/** The change to hand back, large enough to read from across the counter. */
export function ChangeDisplay({ changeMinor, label }: { changeMinor: number; label?: string }) {
  const { t } = useTranslation('cashierTill');
  const money = useMoney();
  return (
    <Paper p="sm" bg={changeMinor > 0 ? 'green.0' : 'gray.0'} withBorder data-testid="till-change-box">
      <Text size="sm" fw={600} c={changeMinor > 0 ? 'green.9' : 'dimmed'}>
        {label ?? t('pay.change')}
      </Text>
      <Text fz={48} fw={800} lh={1.1} ff="monospace" c={changeMinor > 0 ? 'green.9' : 'dimmed'} data-testid="till-change">
        {money(changeMinor)}
      </Text>
    </Paper>
  );
}
