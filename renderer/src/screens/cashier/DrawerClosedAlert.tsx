import { Alert, Button, Kbd, Stack, Text } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Cash refused without an open drawer, in words, with the way out: open it (O). */
export function DrawerClosedAlert({ tillName, onOpen }: { tillName: string; onOpen: () => void }) {
  const { t } = useTranslation('cashierTill');
  return (
    <Alert color="orange" icon={<IconLockOpen size={18} />} title={t('drawer.closedTitle')} data-testid="till-drawer-closed">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('drawer.closedBody', { till: tillName })}</Text>
        <Button size="sm" onClick={onOpen} rightSection={<Kbd size="xs">O</Kbd>} data-testid="till-open-drawer">
          {t('drawer.openIt')}
        </Button>
      </Stack>
    </Alert>
  );
}
