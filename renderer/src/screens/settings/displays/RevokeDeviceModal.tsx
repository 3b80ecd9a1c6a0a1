import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../shared/contract/devices.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { STATUS } from '../../../theme.ts';

/** Asks before removing a display: it goes dark at once and needs a new code to come back. */
export function RevokeDeviceModal({ device, onClose }: { device: Device | null; onClose: () => void }) {
  const { t } = useTranslation('display');
  const revoke = useOpMutation('devices.revoke', {
    onSuccess: (gone) => {
      notifySuccess(t('settings.revoked', { name: gone.name }));
      onClose();
    },
    onError: (error) => notifyError(t, error),
  });
  return (
    <Modal opened={device !== null} onClose={onClose} title={device ? t('settings.revokeTitle', { name: device.name }) : ''}>
      <Stack>
        <Text>{t('settings.revokeBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('settings.cancel')}
          </Button>
          <Button
            color={STATUS.danger}
            loading={revoke.isPending}
            onClick={() => device && revoke.mutate({ id: device.id })}
            data-testid="confirm-revoke"
          >
            {t('settings.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
