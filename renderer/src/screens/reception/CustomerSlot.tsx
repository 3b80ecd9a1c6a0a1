import { TextInput } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChosenCustomer } from './types.ts';

/** The customer a number is for (optional). */
export function CustomerSlot({ value }: { value: ChosenCustomer | null; onChange(c: ChosenCustomer | null): void }) {
  const { t } = useTranslation('queue');
  return (
    <TextInput
      label={t('reception.customer')}
      description={t('reception.customerHint')}
      inputWrapperOrder={['label', 'input', 'description']}
      leftSection={<IconUser size={18} />}
      placeholder={t('reception.customerPending')}
      value={value?.name ?? ''}
      disabled
      readOnly
      size="md"
    />
  );
}
