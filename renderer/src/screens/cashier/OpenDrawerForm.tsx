import { useState } from 'react';
import { Button, Kbd, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../components/errors.ts';
import { formatDateTime } from '../../format.ts';
import { useMoney } from '../jobs/useMoney.ts';
import { asCounts, countTotal, CountGrid, emptyCounts } from './CountGrid.tsx';
import { notifyTillError } from './tillErrors.ts';

/** The last close as the opener reads it: when, by whom, what was counted and how far off it was. */
function LastClose({ report }: { report: DrawerReport | null }) {
  const { t } = useTranslation('cashierDrawer');
  const money = useMoney();
  return (
    <Text size="sm" c="dimmed" data-testid="drawer-last-close">
      {t('open.lastClose')}:{' '}
      {report?.closedAt
        ? t('open.lastCloseLine', {
            time: formatDateTime(report.closedAt),
            name: report.closedByName ?? '',
            counted: money(report.countedMinor ?? 0),
            variance: money(report.varianceMinor ?? 0),
          })
        : t('open.noLastClose')}
    </Text>
  );
}

/** Opening a till's drawer: the float counted by denomination, its total on the button; the last close shown above. */
export function OpenDrawerForm({
  till,
  denominations,
  lastClose,
  onOpened,
}: {
  till: string;
  denominations: readonly number[];
  lastClose: DrawerReport | null;
  onOpened?: (report: DrawerReport) => void;
}) {
  const { t } = useTranslation('cashierDrawer');
  const money = useMoney();
  const open = useOpMutation('cashier.drawer.open');
  const [values, setValues] = useState(() => emptyCounts(denominations));
  const total = countTotal(denominations, values);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        open.mutate(
          { till, counts: asCounts(denominations, values) },
          {
            onSuccess: (report) => {
              notifySuccess(t('open.opened', { amount: money(report.floatMinor) }));
              onOpened?.(report);
            },
            onError: (error) => notifyTillError(t, error),
          },
        );
      }}
    >
      <Stack gap="sm">
        <LastClose report={lastClose} />
        <CountGrid denominations={denominations} values={values} onChange={setValues} testId="float-count" />
        <Button type="submit" loading={open.isPending} rightSection={<Kbd size="xs">Enter</Kbd>} data-testid="drawer-open-submit">
          {t('open.submit', { amount: money(total) })}
        </Button>
      </Stack>
    </form>
  );
}
