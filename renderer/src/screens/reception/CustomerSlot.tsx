import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { CustomerPicker } from '../../components/CustomerPicker.tsx';

/** The customer a number is for (optional): found by phone digits, name or pinyin initials, or created. */
export function CustomerSlot({ value, onChange }: { value: CustomerSummary | null; onChange: (c: CustomerSummary | null) => void }) {
  const { t } = useTranslation('queue');
  return (
    <Stack gap={4}>
      <CustomerPicker value={value} onChange={onChange} label={t('reception.customer')} allowCreate />
      <Text size="xs" c="dimmed">
        {t('reception.customerHint')}
      </Text>
    </Stack>
  );
}
