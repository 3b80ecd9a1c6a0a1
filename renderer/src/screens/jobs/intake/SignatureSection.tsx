import { ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from '../../../components/SignaturePad.tsx';

/** The shop's terms in the console's language, and the customer's signature under them. */
export function SignatureSection(props: { terms: string; value: string | null; onChange: (v: string | null) => void; error?: string }) {
  const { terms, value, onChange, error } = props;
  const { t } = useTranslation('jobIntake');
  return (
    <Stack gap="xs" data-field="signature">
      {terms.trim() !== '' && (
        <ScrollArea.Autosize mah={110} type="auto">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="intake-terms">
            {terms}
          </Text>
        </ScrollArea.Autosize>
      )}
      <Text size="sm" fw={500}>
        {t('signature.label')}
      </Text>
      <SignaturePad value={value} onChange={onChange} error={error} />
    </Stack>
  );
}
