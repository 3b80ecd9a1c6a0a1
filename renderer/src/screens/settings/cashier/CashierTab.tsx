import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks.ts';
import { DenominationsCard } from './DenominationsCard.tsx';
import { MoneyRulesCard } from './MoneyRulesCard.tsx';
import { QuickItemsCard } from './QuickItemsCard.tsx';
import { TillsCard } from './TillsCard.tsx';

/** Settings, Cashier (managers, admins): the tills, the quick-sale items, discounts and cash, the drawer's notes and coins. */
export function CashierTab() {
  const { t } = useTranslation('cashierSettings');
  const settings = useOp('cashier.settings.get');
  if (!settings.data)
    return (
      <Center h={200} data-loading>
        <Loader />
      </Center>
    );
  return (
    <Stack>
      <Text c="dimmed" maw={760}>
        {t('intro')}
      </Text>
      <TillsCard settings={settings.data} />
      <QuickItemsCard settings={settings.data} />
      <MoneyRulesCard settings={settings.data} />
      <DenominationsCard settings={settings.data} />
    </Stack>
  );
}
