import { Alert, Anchor, Text } from '@mantine/core';
import { IconPrinterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks.ts';
import { STATUS } from '../../theme.ts';

/** A warning on the desk while no printer prints queue slips, so nobody expects paper that never comes. */
export function SlipPrinterWarning() {
  const { t } = useTranslation('print');
  const routes = useOp('print.routes.get');
  const slip = routes.data?.find((r) => r.kind === 'queueSlip');
  if (!slip || slip.printerId !== null) return null;
  return (
    <Alert color={STATUS.warn} variant="light" radius="md" icon={<IconPrinterOff size={18} />} data-testid="slip-printer-warning">
      <Text size="sm">
        {t('desk.noSlipPrinter')}{' '}
        <Anchor size="sm" href="#/settings/printers">
          {t('desk.choosePrinter')}
        </Anchor>
      </Text>
    </Alert>
  );
}
