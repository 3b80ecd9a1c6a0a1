import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServerInvalidation } from '../api/useServerInvalidation.ts';
import { SessionProvider, useSession } from '../session/session.tsx';
import { SignInScreen } from '../screens/signin/SignInScreen.tsx';
import { LockScreen } from '../screens/signin/LockScreen.tsx';
import { DisplayScreen } from '../screens/display/DisplayScreen.tsx';
import { ScreenLoader } from '../components/ScreenLoader.tsx';
import { lazyScreen } from '../components/lazyScreen.tsx';

// First-run setup and the console are chunks of their own: the sign-in screen (and a TV's display,
// which must mount at once so its sound check runs before the first tap) shows without them.
const SetupScreen = lazyScreen(() => import('../screens/setup/SetupScreen.tsx').then((m) => m.SetupScreen));
const Console = lazyScreen(() => import('./Console.tsx').then((m) => m.Console));

/** The Electron display window, or a browser on a TV opening `#/display`. */
function isCustomerDisplay(): boolean {
  return window.frontdesk?.window === 'display' || window.location.hash.startsWith('#/display');
}

export function App() {
  useServerInvalidation();
  if (isCustomerDisplay()) return <DisplayScreen />;
  return (
    <SessionProvider>
      <ScreenLoader>
        <Gate />
      </ScreenLoader>
    </SessionProvider>
  );
}

/** Which face the console shows: first-run setup, sign-in, the lock screen of a reloaded locked console, or the console itself. */
function Gate() {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.phase) {
    case 'starting':
      return (
        <Center h="100%">
          <Loader aria-label={t('loading')} />
        </Center>
      );
    case 'unreachable':
      return (
        <Center h="100%">
          <Stack align="center" gap="md" maw={420}>
            <Title order={3}>{t('connection.offline')}</Title>
            <Text ta="center" c="dimmed">
              {t('errors:NETWORK')}
            </Text>
            <Button onClick={session.retry}>{t('actions.retry')}</Button>
          </Stack>
        </Center>
      );
    case 'setup':
      return <SetupScreen />;
    case 'signedOut':
      return <SignInScreen />;
    case 'locked':
      return <LockScreen lock={session.locked} minutes={null} />;
    case 'signedIn':
      return <Console />;
  }
}
