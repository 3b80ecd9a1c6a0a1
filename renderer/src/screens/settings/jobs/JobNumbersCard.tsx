import { Alert, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useOp } from '../../../api/hooks.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { STATUS } from '../../../theme.ts';
import { NumberField } from '../queue/NumberField.tsx';
import { JobsSettingsCard } from './JobsSettingsCard.tsx';
import { useJobsSettingsForm } from './useJobsSettingsForm.ts';

/** The job number as intake writes it: prefix, year, the sequence padded to so many digits. */
const formatNumber = (prefix: string, year: number, seq: number, digits: number) => `${prefix}${year}-${String(seq).padStart(digits, '0')}`;

/** Job numbers: the prefix and the digits, with the number the next intake will take as they stand. */
export function JobNumbersCard({ settings }: { settings: JobsSettings }) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const next = useOp('jobs.settings.nextNumber');
  const { form, submit, saving } = useJobsSettingsForm(settings, ['numberPrefix', 'numberDigits']);
  const { errors } = form.formState;
  const prefix = form.watch('numberPrefix');
  const digits = form.watch('numberDigits');
  const shownDigits = Number.isInteger(digits) && digits >= 4 && digits <= 8 ? digits : settings.numberDigits;
  const shownPrefix = /^[A-Z]{1,4}$/.test(prefix) ? prefix : settings.numberPrefix;
  return (
    <JobsSettingsCard
      title={t('numbers.title')}
      intro={t('numbers.intro')}
      dirty={form.formState.isDirty}
      saving={saving}
      onSubmit={submit}
      testId="jobs-settings-numbers"
    >
      <SimpleGrid cols={3} spacing="lg">
        <TextInput
          label={t('numbers.prefix')}
          description={t('numbers.prefixHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          maxLength={4}
          styles={{ input: { textTransform: 'uppercase' } }}
          error={errorText(errors.numberPrefix)}
          {...form.register('numberPrefix', { setValueAs: (v: string) => v.toUpperCase() })}
        />
        <NumberField
          control={form.control}
          name="numberDigits"
          label={t('numbers.digits')}
          description={t('numbers.digitsHint')}
          min={4}
          max={8}
          error={errorText(errors.numberDigits)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('numbers.next')}
          </Text>
          <Text size="xl" fw={700} ff="monospace" data-testid="jobs-next-number">
            {next.data ? formatNumber(shownPrefix, next.data.year, next.data.seq, shownDigits) : '…'}
          </Text>
        </Stack>
      </SimpleGrid>
      <Alert color={STATUS.neutral} p="sm">
        {t('numbers.note')}
      </Alert>
    </JobsSettingsCard>
  );
}
