import { Button, Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS } from '../../theme.ts';
import { useLocalName } from '../queue/names.ts';
import type { BusyWarning } from './types.ts';

/** "Many are waiting": Enter issues the number anyway (the confirm button has the focus), Esc cancels. */
export function BusyDialog({ warning, onConfirm, onCancel }: { warning: BusyWarning | null; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  return (
    <Modal
      opened={warning !== null}
      onClose={onCancel}
      title={
        <Group gap="xs">
          <IconAlertTriangle color="var(--mantine-color-yellow-7)" />
          <Text fw={700} fz="lg">
            {t('reception.busy.title')}
          </Text>
        </Group>
      }
      size="md"
    >
      {warning && (
        <Stack>
          <Text fz="lg">
            {t('reception.busy.body', {
              waiting: warning.waiting,
              minutes: warning.minutes,
              service: `${warning.service.prefix} ${name(warning.service)}`,
            })}
          </Text>
          <Text fz="lg" fw={600}>
            {t('reception.busy.question')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onCancel} rightSection={<Kbd size="xs">Esc</Kbd>}>
              {t('reception.busy.cancel')}
            </Button>
            <Button color={STATUS.warn} c="dark" data-autofocus onClick={onConfirm} rightSection={<Kbd size="xs">Enter</Kbd>}>
              {t('reception.busy.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
