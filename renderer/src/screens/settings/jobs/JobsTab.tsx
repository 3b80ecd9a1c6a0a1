import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks.ts';
import { ChecklistCard } from './ChecklistCard.tsx';
import { CommonFaultsCard } from './CommonFaultsCard.tsx';
import { IntakeRulesCard } from './IntakeRulesCard.tsx';
import { JobNumbersCard } from './JobNumbersCard.tsx';
import { StaleHoursCard } from './StaleHoursCard.tsx';
import { TermsCard } from './TermsCard.tsx';
import { WarrantyRulesCard } from './WarrantyRulesCard.tsx';

/** Settings, Jobs: how the shop takes jobs in, its lists, the board's thresholds and its warranty rules. */
export function JobsTab() {
  const { t } = useTranslation('jobSettings');
  const settings = useOp('jobs.settings.get');
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
      <IntakeRulesCard settings={settings.data} />
      <JobNumbersCard settings={settings.data} />
      <TermsCard settings={settings.data} />
      <ChecklistCard settings={settings.data} list="conditionChecklist" />
      <ChecklistCard settings={settings.data} list="accessoriesChecklist" />
      <CommonFaultsCard settings={settings.data} />
      <StaleHoursCard settings={settings.data} />
      <WarrantyRulesCard settings={settings.data} />
    </Stack>
  );
}
