import { Modal, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCheck, IconPlayerPlay, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { ActionButton } from './ActionButton.tsx';

interface NotStartedDialogProps {
  /** The ticket called to the counter and never started; null keeps the dialog closed. */
  ticket: Ticket | null;
  onStart: () => void;
  onSkip: () => void;
  onFinish: () => void;
  onClose: () => void;
}

/**
 * "Call next" while the ticket at the counter was called but never started: finishing it silently
 * would count a customer who never came as served. Asks what happened instead, from the keyboard
 * (S, N, F; Esc goes back). Focus rests on the question, not on a button, so a second Space does nothing.
 */
export function NotStartedDialog({ ticket, onStart, onSkip, onFinish, onClose }: NotStartedDialogProps) {
  const { t } = useTranslation('queue');
  const choose = (action: () => void) => () => {
    onClose();
    action();
  };
  useHotkeys(
    ticket
      ? [
          ['s', choose(onStart)],
          ['n', choose(onSkip)],
          ['f', choose(onFinish)],
        ]
      : [],
  );
  return (
    <Modal
      opened={ticket !== null}
      onClose={onClose}
      title={ticket ? t('counter.notStarted.title', { number: ticket.number }) : ''}
      size="md"
      data-testid="not-started-dialog"
    >
      <Stack gap="sm">
        <Text data-autofocus tabIndex={-1} style={{ outline: 'none' }}>
          {t('counter.notStarted.body')}
        </Text>
        <ActionButton hotkey="S" color="green" leftSection={<IconPlayerPlay size={18} />} onClick={choose(onStart)}>
          {t('counter.notStarted.start')}
        </ActionButton>
        <ActionButton hotkey="N" variant="light" leftSection={<IconUserX size={18} />} onClick={choose(onSkip)}>
          {t('counter.notStarted.skip')}
        </ActionButton>
        <ActionButton hotkey="F" variant="light" leftSection={<IconCheck size={18} />} onClick={choose(onFinish)}>
          {t('counter.notStarted.finish')}
        </ActionButton>
        <ActionButton hotkey="Esc" variant="default" onClick={onClose}>
          {t('counter.notStarted.cancel')}
        </ActionButton>
      </Stack>
    </Modal>
  );
}
