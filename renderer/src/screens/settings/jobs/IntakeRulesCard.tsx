import { Input, SegmentedControl, SimpleGrid, Stack, Switch } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TICKET_COPIES, type JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { NumberField } from '../queue/NumberField.tsx';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

const REQUIRED = ['signature', 'pickupSignature', 'conditionCheck', 'identifier'] as const;

/** What intake and pickup insist on, how many ticket copies print, and the promise when there is no history. */
export function IntakeRulesCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const { form, submit, saving } = useJobsSettingsForm(settings, ['required', 'ticketCopies', 'defaultTurnaroundHours']);
  const { errors } = form.formState;
  return (
    <JobsSettingsCard
      title={t('intake.title')}
      intro={t('intake.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-intake"
    >
      <Input.Wrapper label={t('intake.required')}>
        <SimpleGrid cols={2} mt="xs" spacing="sm">
          {REQUIRED.map((key) => (
            <Controller
              key={key}
              control={form.control}
              name={`required.${key}`}
              render={({ field }) => (
                <Switch
                  label={t(`intake.requiredFields.${key}`)}
                  description={t(`intake.requiredHints.${key}`)}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                  ref={field.ref}
                />
              )}
            />
          ))}
        </SimpleGrid>
      </Input.Wrapper>
      <SimpleGrid cols={2} spacing="lg">
        <Controller
          control={form.control}
          name="ticketCopies"
          render={({ field }) => (
            <Input.Wrapper
              label={t('intake.ticketCopies')}
              description={t('intake.ticketCopiesHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              error={errorText(errors.ticketCopies)}
            >
              <Stack mb={5}>
                <SegmentedControl
                  value={field.value}
                  onChange={field.onChange}
                  data={TICKET_COPIES.map((c) => ({ value: c, label: t(`intake.copies.${c}`) }))}
                />
              </Stack>
            </Input.Wrapper>
          )}
        />
        <NumberField
          control={form.control}
          name="defaultTurnaroundHours"
          label={t('intake.turnaround')}
          description={t('intake.turnaroundHint')}
          suffix={t('hoursSuffix')}
          min={1}
          max={24 * 90}
          error={errorText(errors.defaultTurnaroundHours)}
        />
      </SimpleGrid>
    </JobsSettingsCard>
  );
}
