import { Modal, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton.tsx';

interface BreakAskDialogProps {
  opened: boolean;
  onBack: () => void;
  onClose: () => void;
}

/** "Call next" while the counter is on break: come back and call (Enter), or stay on break (Esc). */
export function BreakAskDialog({ opened, onBack, onClose }: BreakAskDialogProps) {
  const { t } = useTranslation('queue');
  const back = () => {
    onClose();
    onBack();
  };
  useHotkeys(opened ? [['Enter', back]] : []);
  return (
    <Modal opened={opened} onClose={onClose} title={t('counter.breakAsk.title')} size="md" data-testid="break-ask-dialog">
      <Stack gap="sm">
        <Text data-autofocus tabIndex={-1} style={{ outline: 'none' }}>
          {t('counter.breakAsk.body')}
        </Text>
        <ActionButton hotkey="Enter" leftSection={<IconBellRinging size={18} />} onClick={back}>
          {t('counter.breakAsk.confirm')}
        </ActionButton>
        <ActionButton hotkey="Esc" variant="default" onClick={onClose}>
          {t('counter.breakAsk.stay')}
        </ActionButton>
      </Stack>
    </Modal>
  );
}
