import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Ctrl+N in the desktop app; browsers keep Ctrl+N for a new window, so Alt+N works everywhere and is
 * the key shown there. Both work while typing in the search box.
 */
const HOTKEY_LABEL = typeof window !== 'undefined' && window.frontdesk ? 'Ctrl N' : 'Alt N';

export function NewCustomerButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('customers');
  useHotkeys(
    [
      ['mod+N', onClick],
      ['alt+N', onClick],
    ],
    [],
  );
  return (
    <Button
      leftSection={<IconUserPlus size={18} />}
      rightSection={<Kbd size="xs">{HOTKEY_LABEL}</Kbd>}
      onClick={onClick}
      data-testid="new-customer"
    >
      {t('newCustomer')}
    </Button>
  );
}
