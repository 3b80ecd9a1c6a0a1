import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconSwitchHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { StaffAvatar } from '../../app/StaffAvatar.tsx';
import { errorText } from '../../components/errors.ts';
import { useSession } from '../../session/session.tsx';
import type { SessionLock } from '../../session/phase.ts';
import { STATUS } from '../../theme.ts';
import { PinPad, typePinKey } from './PinPad.tsx';
import { StoreTitle } from '../../components/StoreTitle.tsx';

/**
 * The locked console: it covers the screen (which stays as it was underneath, hidden and out of reach
 * of the keyboard) and asks for the PIN of the staff member whose session it is. Someone else may sign
 * in instead, which signs that staff member out.
 */
export function LockScreen({ lock, minutes }: { lock: SessionLock; minutes: number | null }) {
  const { t } = useTranslation('signin');
  const session = useSession();
  const status = useOp('setup.status');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Focus comes here from whatever had it on the screen underneath, so no key reaches that.
  useEffect(() => {
    root.current?.focus();
  }, []);

  const submit = useCallback(async () => {
    if (pin.length < 4 || busy) return;
    setBusy(true);
    setError(null);
    try {
      await session.unlock(pin);
    } catch (err) {
      setPin('');
      setError(errorText(t, err));
      setBusy(false);
      root.current?.focus();
    }
  }, [pin, busy, session, t]);

  const { by } = lock;
  const why =
    lock.reason === 'locked'
      ? t('lockScreen.byHand', { name: by.staffName })
      : lock.reason === 'station' || !minutes
        ? t('lockScreen.station', { name: by.staffName })
        : t('lockScreen.idle', { count: minutes });

  return (
    <Box
      ref={root}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      data-testid="lock-screen"
      // Every key stops here: the screen underneath and its shortcuts never see one.
      onKeyDown={(event) => {
        event.stopPropagation();
        typePinKey(event, { value: pin, onChange: setPin, onSubmit: () => void submit(), busy });
      }}
      pos="fixed"
      inset={0}
      style={{
        zIndex: 1000,
        outline: 'none',
        overflow: 'auto',
        background: 'linear-gradient(180deg, var(--mantine-color-indigo-0) 0%, var(--mantine-color-gray-0) 320px)',
      }}
    >
      <Group justify="space-between" px={48} pt={24}>
        <StoreTitle name={status.data?.storeName} demo={status.data?.demo} />
        <LanguageSwitch size="sm" />
      </Group>
      <Center py={16}>
        <Paper withBorder shadow="sm" px="xl" py="lg" w={480}>
          <Stack gap="sm">
            <Group gap="sm" wrap="nowrap">
              <IconLock size={28} stroke={1.6} color="var(--mantine-color-indigo-7)" />
              <Title order={2} id="lock-title" size="h3">
                {t('lockScreen.title')}
              </Title>
            </Group>
            <Text c="dimmed" data-testid="lock-reason">
              {why}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <StaffAvatar name={by.staffName} role={by.role} size="lg" />
              <Box miw={0}>
                <Text fw={600} size="lg" truncate data-testid="lock-staff">
                  {by.staffName}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('lockScreen.pinFor', { name: by.staffName })}
                </Text>
              </Box>
            </Group>
            {error && (
              <Alert color={STATUS.danger} variant="light" role="alert" data-testid="lock-error">
                {error}
              </Alert>
            )}
            <PinPad
              value={pin}
              onChange={setPin}
              onSubmit={() => void submit()}
              busy={busy}
              captureKeyboard={false}
              submitLabel={t('lockScreen.unlock')}
              hint={t('lockScreen.keyboardHint')}
            />
            <Button
              variant="subtle"
              leftSection={<IconSwitchHorizontal size={16} />}
              onClick={() => session.signOut()}
              data-testid="lock-someone-else"
            >
              {t('lockScreen.someoneElse')}
            </Button>
            <Text size="xs" c="dimmed" ta="center" mt={-8}>
              {t('lockScreen.someoneElseHint', { name: by.staffName })}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
