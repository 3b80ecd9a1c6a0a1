import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAIRING_CODE_MINUTES } from '../../../../../shared/contract/devices.ts';

export interface ShownCode {
  code: string;
  /** When this screen received it: the countdown runs on this screen's clock, whatever the station's says. */
  receivedAt: number;
}

const LIFETIME_MS = PAIRING_CODE_MINUTES * 60_000;

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The pairing code, large enough to read across the counter, with the time it has left. */
export function PairingCodeModal({
  shown,
  onNew,
  onClose,
  busy,
}: {
  shown: ShownCode | null;
  onNew: () => void;
  onClose: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('display');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [shown]);
  // Until the first tick after a new code, `now` is from before it arrived: no time has passed yet.
  const left = shown ? LIFETIME_MS - Math.max(0, now - shown.receivedAt) : 0;
  const expired = left <= 0;
  return (
    <Modal opened={shown !== null} onClose={onClose} title={t('settings.codeTitle')} size="md">
      {shown && (
        <Stack align="center" gap="md">
          <Text
            fz={64}
            fw={800}
            ff="monospace"
            lts="0.15em"
            c={expired ? 'dimmed' : undefined}
            td={expired ? 'line-through' : undefined}
            data-testid="pairing-code-shown"
            data-code={shown.code}
          >
            {`${shown.code.slice(0, 3)} ${shown.code.slice(3)}`}
          </Text>
          {expired ? (
            <Alert color="yellow" variant="light" w="100%">
              {t('settings.codeExpired')}
            </Alert>
          ) : (
            <Text ta="center" data-testid="pairing-code-expiry">
              {t('settings.codeHint', { time: mmss(left) })}
            </Text>
          )}
          <Group justify="flex-end" w="100%">
            <Button variant="default" onClick={onNew} loading={busy}>
              {t('settings.newCode')}
            </Button>
            <Button onClick={onClose}>{t('settings.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
