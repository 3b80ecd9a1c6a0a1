import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { FaultList } from './FaultList.tsx';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

/** The faults intake offers in one tap, for devices and for vehicles. */
export function CommonFaultsCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const { form, submit, saving } = useJobsSettingsForm(settings, ['commonFaults']);
  return (
    <JobsSettingsCard
      title={t('faults.title')}
      intro={t('faults.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-faults"
    >
      <SimpleGrid cols={2} spacing="xl">
        <FaultList form={form} kind="device" />
        <FaultList form={form} kind="vehicle" />
      </SimpleGrid>
    </JobsSettingsCard>
  );
}
