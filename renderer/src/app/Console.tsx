import { AppShell, Badge, Box, Button, Group, Kbd, NavLink, ScrollArea, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useOp } from '../api/hooks.ts';
import { useSignedIn } from '../session/session.tsx';
import { NAV_WIDTH, STATUS } from '../theme.ts';
import { Clock } from './Clock.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { StaffAvatar } from './StaffAvatar.tsx';
import { screensFor } from './screens.tsx';
import { palette } from '../components/palette-store.ts';
import { ScreenLoader } from '../components/ScreenLoader.tsx';
import { LockScreen } from '../screens/signin/LockScreen.tsx';
import { useJobScanner } from '../screens/jobs/useJobScanner.ts';
import { IntegrityWarning } from '../screens/integrity/IntegrityWarning.tsx';
import { ReminderAlerts } from '../screens/reminders/ReminderAlerts.tsx';
import { PICKUP_KEY, pickupPath } from '../screens/jobs/pickup/pickupPath.ts';

/** How often at most an active console tells the station it is in use when it has made no call meanwhile. */
const KEEP_ALIVE_MS = 60_000;
/** What counts as someone at the console. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** The signed-in console: header, navigation, the screens, the palette and the shortcuts. */
export function Console() {
  return (
    <HashRouter>
      <Frame />
    </HashRouter>
  );
}

/**
 * Locks the console after the store's idle minutes without a key, a click or a touch, and covers it
 * with the lock screen while locked. While someone works here without making calls (reading, typing a
 * long note), a call a minute tells the station the session is in use, so it does not lock it first.
 */
function IdleLock() {
  const session = useSignedIn();
  const settings = useOp('store.settings.get');
  const minutes = settings.data?.autoLockMinutes ?? null;
  const idleMs = (minutes ?? 30) * 60_000;
  const locked = session.locked !== null;
  const { lock } = session;
  useEffect(() => {
    if (locked) return;
    // Counted from now (signed in, unlocked, or the limit changed), then from each key, click or touch.
    let lastInput = Date.now();
    const seen = () => {
      lastInput = Date.now();
    };
    const check = () => {
      const quietFor = Date.now() - lastInput;
      if (quietFor >= idleMs) lock('autoLocked');
      else timer = setTimeout(check, idleMs - quietFor);
    };
    let timer = setTimeout(check, idleMs);
    const keepAlive = setInterval(() => {
      if (Date.now() - lastInput < KEEP_ALIVE_MS && Date.now() - api.lastCallAt >= KEEP_ALIVE_MS)
        api.call('auth.me').catch(() => undefined);
    }, KEEP_ALIVE_MS);
    // Capture: seen before any handler can stop it (the screens stop some keys).
    for (const event of INPUT_EVENTS) window.addEventListener(event, seen, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      clearInterval(keepAlive);
      for (const event of INPUT_EVENTS) window.removeEventListener(event, seen, { capture: true });
    };
  }, [locked, idleMs, lock]);
  return session.locked ? <LockScreen lock={session.locked} minutes={minutes} /> : null;
}

function Frame() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = screensFor(session.staff.role);
  // A barcode scanner typing a job's number opens it, wherever the console is.
  useJobScanner(!session.locked && screens.some((s) => s.key === 'jobs'));

  const hotkeys: [string, () => void][] = [
    // F-keys for every screen; Alt+1 to Alt+9 for the first nine (Alt+0 for a tenth).
    ...screens.flatMap((screen, i) => [
      [screen.fkey, () => navigate(screen.path)] as [string, () => void],
      ...(i < 10 ? [[`alt+${(i + 1) % 10}`, () => navigate(screen.path)] as [string, () => void]] : []),
    ]),
    ['mod+L', () => session.lock()],
    // The pickup (handing a job back) from anywhere: the board, the counter, reception.
    ...(screens.some((s) => s.key === 'jobs') ? [[PICKUP_KEY, () => navigate(pickupPath())] as [string, () => void]] : []),
  ];
  // Never while locked: the lock screen takes every key.
  useHotkeys(
    hotkeys.map(([key, run]) => [key, () => !session.locked && run()]),
    [],
  );

  return (
    <>
      {/* Locked: the console stays as it was, hidden and out of reach, under the lock screen. */}
      <Box
        inert={session.locked !== null}
        aria-hidden={session.locked !== null}
        style={{ visibility: session.locked ? 'hidden' : undefined }}
      >
        <AppShell header={{ height: 64 }} navbar={{ width: NAV_WIDTH, breakpoint: 0 }} padding="xl">
          <AppShell.Header px="lg" data-testid="console-header">
            <Group h="100%" justify="space-between" wrap="nowrap" gap="lg">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <Title order={3} size="h4" lineClamp={1} data-testid="store-name">
                  {session.profile.name}
                </Title>
                {session.profile.demo && session.staff.role !== 'admin' && (
                  <Tooltip label={t('demoTooltip')}>
                    <Badge color={STATUS.demo} variant="filled" size="lg" radius="sm" data-testid="demo-badge">
                      {t('demo')}
                    </Badge>
                  </Tooltip>
                )}
                {session.profile.demo && session.staff.role === 'admin' && (
                  // An admin's way out of the demo: Settings → Store profile → Start my real shop.
                  <Tooltip label={t('demoTooltipAdmin')}>
                    <Badge
                      component="button"
                      onClick={() => void navigate('/settings/profile')}
                      color={STATUS.demo}
                      variant="filled"
                      size="lg"
                      radius="sm"
                      style={{ cursor: 'pointer', border: 0 }}
                      data-testid="demo-badge"
                    >
                      {t('demo')}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
              <Group gap="lg" wrap="nowrap">
                <UnstyledButton onClick={() => palette.open()} aria-label={t('nav:search')}>
                  <Group gap={8} px="sm" py={6} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }} wrap="nowrap">
                    <IconSearch size={16} stroke={1.6} />
                    <Text size="sm" c="dimmed">
                      {t('nav:search')}
                    </Text>
                    <Kbd size="xs">Ctrl K</Kbd>
                  </Group>
                </UnstyledButton>
                <ConnectionIndicator />
                <Clock timeZone={session.profile.timeZone} />
                <LanguageSwitch />
                <Group gap="xs" wrap="nowrap" data-testid="current-staff">
                  <StaffAvatar name={session.staff.name} role={session.staff.role} />
                  <Stack gap={0}>
                    <Text fw={600} size="sm" lh={1.2}>
                      {session.staff.name}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.2}>
                      {t(`roles:${session.staff.role}`)}
                    </Text>
                  </Stack>
                </Group>
                <Tooltip label={t('lockHint')}>
                  <Button variant="default" leftSection={<IconLock size={16} />} onClick={() => session.lock()}>
                    {t('lock')}
                  </Button>
                </Tooltip>
              </Group>
            </Group>
          </AppShell.Header>

          <AppShell.Navbar p="sm">
            <AppShell.Section grow component={ScrollArea}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" py="xs">
                {t('nav:screens')}
              </Text>
              <Box component="nav" aria-label={t('nav:screens')}>
                {screens.map((screen) => {
                  const ScreenIcon = screen.icon;
                  const pages = screen.pages ?? [];
                  const onPage = pages.some((page) => location.pathname === page.path);
                  const active = !onPage && (location.pathname === screen.path || location.pathname.startsWith(`${screen.path}/`));
                  return [
                    <NavLink
                      key={screen.key}
                      href={`#${screen.path}`}
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate(screen.path);
                      }}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      label={t(`nav:${screen.key}`)}
                      leftSection={<ScreenIcon size={20} stroke={1.6} />}
                      rightSection={<Kbd size="xs">{screen.fkey}</Kbd>}
                      styles={{ root: { borderRadius: 8 }, label: { fontSize: 15 } }}
                      py={8}
                    />,
                    ...pages.map((page) => {
                      const PageIcon = page.icon;
                      const here = location.pathname === page.path;
                      return (
                        <NavLink
                          key={page.key}
                          href={`#${page.path}`}
                          onClick={(event) => {
                            event.preventDefault();
                            void navigate(page.path);
                          }}
                          active={here}
                          aria-current={here ? 'page' : undefined}
                          label={t(page.label)}
                          leftSection={<PageIcon size={18} stroke={1.6} />}
                          styles={{ root: { borderRadius: 8 }, label: { fontSize: 14 } }}
                          py={4}
                          pl="xl"
                        />
                      );
                    }),
                  ];
                })}
              </Box>
            </AppShell.Section>
          </AppShell.Navbar>

          <AppShell.Main>
            <IntegrityWarning />
            <ScreenLoader resetKey={location.pathname}>
              <Routes>
                <Route path="/" element={<Navigate to={screens[0]?.path ?? '/settings'} replace />} />
                {screens.map((screen) => (
                  <Route
                    key={screen.key}
                    path={screen.key === 'settings' ? `${screen.path}/:tab?` : screen.subroutes ? `${screen.path}/*` : screen.path}
                    element={screen.element}
                  />
                ))}
                <Route path="*" element={<Navigate to={screens[0]?.path ?? '/settings'} replace />} />
              </Routes>
            </ScreenLoader>
          </AppShell.Main>
          <CommandPalette />
          <ReminderAlerts />
        </AppShell>
      </Box>
      <IdleLock />
    </>
  );
}
