import { Button, Kbd } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PICKUP_KEY_LABEL, pickupPath } from './pickupPath.ts';

/** Opens the pickup, showing its key (Shift+F5 works anywhere in the console). */
export function PickupButton() {
  const { t } = useTranslation('jobPickup');
  return (
    <Button
      component={Link}
      to={pickupPath()}
      variant="light"
      leftSection={<IconPackageExport size={16} />}
      rightSection={<Kbd size="xs">{PICKUP_KEY_LABEL}</Kbd>}
      data-testid="open-pickup"
    >
      {t('openKey')}
    </Button>
  );
}
