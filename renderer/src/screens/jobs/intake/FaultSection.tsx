import { Chip, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useLocalName } from '../../queue/names.ts';

/** The fault in the customer's words; a common fault for the kind of item adds its words with one click. */
export function FaultSection(props: {
  value: string;
  onChange: (v: string) => void;
  faults: JobsSettings['commonFaults']['device'];
  error?: string;
}) {
  const { value, onChange, faults, error } = props;
  const { t } = useTranslation('jobIntake');
  const name = useLocalName();
  const add = (words: string) => onChange(value.trim() === '' ? words : `${value.trim()}; ${words}`);
  return (
    <Stack gap={6} data-field="fault">
      <Textarea
        label={t('fault')}
        description={t('faultHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={1000}
        error={error}
        withAsterisk
        data-testid="intake-fault"
      />
      {faults.length > 0 && (
        <Group gap={6}>
          {faults.map((f) => {
            const words = name(f);
            return (
              <Chip key={words} size="xs" checked={value.includes(words)} onChange={() => add(words)} variant="outline">
                {words}
              </Chip>
            );
          })}
        </Group>
      )}
    </Stack>
  );
}
