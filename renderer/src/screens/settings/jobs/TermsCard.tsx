import { SimpleGrid, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

/** The shop's terms, printed on the job ticket the customer signs, in each language. */
export function TermsCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useJobsSettingsForm(settings, ['termsZh', 'termsEn']);
  const { errors } = form.formState;
  return (
    <JobsSettingsCard
      title={t('terms.title')}
      intro={t('terms.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-terms"
    >
      <SimpleGrid cols={2} spacing="lg">
        <Textarea
          label={t('terms.zh')}
          autosize
          minRows={4}
          maxRows={10}
          maxLength={4000}
          error={errorText(errors.termsZh)}
          {...form.register('termsZh')}
        />
        <Textarea
          label={t('terms.en')}
          autosize
          minRows={4}
          maxRows={10}
          maxLength={4000}
          error={errorText(errors.termsEn)}
          {...form.register('termsEn')}
        />
      </SimpleGrid>
    </JobsSettingsCard>
  );
}
