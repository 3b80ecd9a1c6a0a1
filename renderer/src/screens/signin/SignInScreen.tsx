import { useCallback, useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Container,
  Grid,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffTile } from '../../../../shared/contract/staff.ts';
import { useOp } from '../../api/hooks.ts';
import { isApiError } from '../../api/errors.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { StaffAvatar } from '../../app/StaffAvatar.tsx';
import { errorText } from '../../components/errors.ts';
import { formatWhen } from '../../format.ts';
import { useSession } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';
import { PinPad } from './PinPad.tsx';
import { StoreTitle } from '../../components/StoreTitle.tsx';

/** Sign-in and switch user: pick your tile, then your PIN. */
export function SignInScreen() {
  const { t } = useTranslation('signin');
  const session = useSession();
  const queryClient = useQueryClient();
  const status = useOp('setup.status');
  const staff = useOp('auth.staffList');
  const [chosenId, setChosenId] = useState<number | null>(session.phase === 'signedOut' ? session.lastStaffId : null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const tiles = staff.data ?? [];
  const chosen = tiles.find((s) => s.id === chosenId) ?? (tiles.length === 1 ? tiles[0] : undefined);

  const choose = (tile: StaffTile) => {
    setChosenId(tile.id);
    setPin('');
    setError(null);
  };

  const submit = useCallback(async () => {
    if (!chosen || pin.length < 4 || busy) return;
    setBusy(true);
    setError(null);
    try {
      await session.signIn(chosen.id, pin);
    } catch (err) {
      setPin('');
      setError(errorText(t, err));
      if (isApiError(err) && (err.code === 'LOCKED' || err.code === 'NOT_FOUND')) {
        void queryClient.invalidateQueries({ queryKey: ['auth.staffList'] });
      }
      setBusy(false);
    }
  }, [chosen, pin, busy, session, t, queryClient]);

  const back = useCallback(() => {
    setChosenId(null);
    setPin('');
    setError(null);
  }, []);

  return (
    <Box
      mih="100%"
      py={48}
      style={{ background: 'linear-gradient(180deg, var(--mantine-color-indigo-0) 0%, var(--mantine-color-gray-0) 320px)' }}
    >
      <Container size={1080}>
        <Group justify="space-between" mb={32}>
          <StoreTitle name={status.data?.storeName} demo={status.data?.demo} />
          <LanguageSwitch size="sm" />
        </Group>

        <Title order={1} mb={4}>
          {t('title')}
        </Title>
        <Text c="dimmed" size="lg" mb="xl">
          {t('subtitle')}
        </Text>

        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            {staff.isPending ? (
              <Center h={200}>
                <Loader />
              </Center>
            ) : tiles.length === 0 ? (
              <Alert color="yellow">{t('noStaff')}</Alert>
            ) : (
              <SimpleGrid cols={2} spacing="md">
                {tiles.map((tile) => (
                  <StaffTileButton key={tile.id} tile={tile} selected={tile.id === chosen?.id} onSelect={() => choose(tile)} />
                ))}
              </SimpleGrid>
            )}
            {status.data?.demo && (
              <Alert
                color={STATUS.demo}
                variant="light"
                mt="lg"
                icon={<IconInfoCircle size={18} />}
                title={t('demoTitle')}
                data-testid="demo-pins"
              >
                {t('demoText')}
              </Alert>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder shadow="sm" p="xl">
              {chosen ? (
                <Stack gap="md">
                  <Group gap="sm">
                    <StaffAvatar name={chosen.name} role={chosen.role} size="lg" />
                    <Box>
                      <Text fw={600} size="lg">
                        {t('pinFor', { name: chosen.name })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t(`roles:${chosen.role}`)}
                      </Text>
                    </Box>
                  </Group>
                  {chosen.lockedUntil && !error && (
                    <Alert color={STATUS.danger} variant="light" icon={<IconLock size={18} />}>
                      {t('errors:LOCKED', { lockedUntil: formatWhen(chosen.lockedUntil) })}
                    </Alert>
                  )}
                  {error && (
                    <Alert color={STATUS.danger} variant="light" role="alert" data-testid="signin-error">
                      {error}
                    </Alert>
                  )}
                  <PinPad value={pin} onChange={setPin} onSubmit={() => void submit()} onEscape={back} busy={busy} />
                  {tiles.length > 1 && (
                    <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
                      {t('back')}
                    </Button>
                  )}
                </Stack>
              ) : (
                <Center mih={360}>
                  <Stack align="center" gap="xs">
                    <IconLock size={40} stroke={1.4} color="var(--mantine-color-gray-5)" />
                    <Text c="dimmed" ta="center">
                      {t('subtitle')}
                    </Text>
                  </Stack>
                </Center>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}

function StaffTileButton({ tile, selected, onSelect }: { tile: StaffTile; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation('signin');
  return (
    <UnstyledButton onClick={onSelect} aria-pressed={selected} data-testid="staff-tile">
      <Paper
        withBorder
        p="md"
        shadow={selected ? 'md' : 'xs'}
        style={{
          borderColor: selected ? 'var(--mantine-color-indigo-6)' : undefined,
          borderWidth: selected ? 2 : 1,
          background: selected ? 'var(--mantine-color-indigo-0)' : undefined,
        }}
      >
        <Group gap="md" wrap="nowrap">
          <StaffAvatar name={tile.name} role={tile.role} size="lg" />
          <Box miw={0}>
            <Text fw={600} size="lg" truncate>
              {tile.name}
            </Text>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {t(`roles:${tile.role}`)}
              </Text>
              {tile.lockedUntil && (
                <Badge color={STATUS.danger} variant="light" size="sm" leftSection={<IconLock size={12} />}>
                  {t('lockedUntil', { time: formatWhen(tile.lockedUntil) })}
                </Badge>
              )}
            </Group>
          </Box>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}
