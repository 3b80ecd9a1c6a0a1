import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { NumberField } from '../queue/NumberField.tsx';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

/** The open statuses, in the board's order. */
const STATUSES = ['received', 'diagnosing', 'awaitingApproval', 'awaitingParts', 'inRepair', 'paused', 'qualityCheck', 'ready'] as const;

/** How long a job may stay in each board column before its card shows as stale. */
export function StaleHoursCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useJobsSettingsForm(settings, ['staleHours']);
  const errors = form.formState.errors.staleHours;
  return (
    <JobsSettingsCard
      title={t('stale.title')}
      intro={t('stale.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-stale"
    >
      <SimpleGrid cols={4} spacing="lg">
        {STATUSES.map((status) => (
          <NumberField
            key={status}
            control={form.control}
            name={`staleHours.${status}`}
            label={t(`jobs:statuses.${status}`)}
            suffix={t('hoursSuffix')}
            min={1}
            max={24 * 365}
            error={errorText(errors?.[status])}
          />
        ))}
      </SimpleGrid>
    </JobsSettingsCard>
  );
}
