import { useState } from 'react';
import { Anchor, Button, Center, Group, Kbd, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DrawerClosed } from '../../../../shared/contract/cashier-drawer.ts';
import { useOp } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { formatDateTime } from '../../format.ts';
import { BlindClose } from './BlindClose.tsx';
import { DrawerActions } from './DrawerActions.tsx';
import { DrawerReportView } from './DrawerReportView.tsx';
import { OpenDrawerForm } from './OpenDrawerForm.tsx';
import { TillPicker } from './TillPicker.tsx';
import { useTill } from './useTill.ts';

/**
 * The till's drawer (/cashier/drawer): closed, the float is counted in by denomination (the last close
 * beside it); open, cash in and out with a reason, no sale, the X report on demand and the blind close,
 * the last close's Z report below; closed again, the Z report with expected, counted and the variance. Esc goes back to the till.
 */
export function DrawerScreen() {
  const { t } = useTranslation('cashierDrawer');
  const navigate = useNavigate();
  const choice = useTill();
  const { till, settings } = choice;
  const status = useOp('cashier.drawer.status', { till: till ?? '' }, { enabled: till !== null });
  const [closing, setClosing] = useState(false);
  const [closed, setClosed] = useState<DrawerClosed | null>(null);
  const [showingX, setShowingX] = useState(false);
  useScreenHotkeys([['Escape', () => (closing ? setClosing(false) : void navigate('/cashier'))]]);

  const open = status.data?.open ?? null;
  const lastClose = status.data?.lastClose ?? null;
  const denominations = settings?.denominations ?? [];
  const loading = !status.data || !settings || till === null;

  return (
    <Stack gap="md" data-testid="drawer-screen" data-loading={loading ? true : undefined}>
      <Anchor component="button" onClick={() => void navigate('/cashier')} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {t('back')}
          <Kbd size="xs">Esc</Kbd>
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('title', { till: choice.tillName })}</Title>
          {status.data && (
            <Text c="dimmed" data-testid="drawer-state" data-open={open !== null}>
              {open ? t('openSubtitle', { time: formatDateTime(open.openedAt), name: open.openedByName }) : t('closedSubtitle')}
            </Text>
          )}
        </Stack>
        <TillPicker choice={choice} />
      </Group>
      {loading ? (
        <Center h={200}>
          <Loader />
        </Center>
      ) : closed ? (
        <SimpleGrid cols={2} spacing="lg">
          <Stack>
            <Paper withBorder p="md">
              <Group gap="sm">
                <IconCircleCheck size={28} color="var(--mantine-color-green-6)" />
                <Title order={3} data-testid="drawer-closed-done">
                  {t('closedDone')}
                </Title>
              </Group>
            </Paper>
            <Button w="fit-content" onClick={() => setClosed(null)}>
              {t('openAgain')}
            </Button>
          </Stack>
          <DrawerReportView report={closed} printJobId={closed.printJobs[0]?.id ?? null} />
        </SimpleGrid>
      ) : open && closing ? (
        <BlindClose
          till={till}
          denominations={denominations}
          onCancel={() => setClosing(false)}
          onClosed={(report) => {
            setClosing(false);
            setShowingX(false);
            setClosed(report);
          }}
        />
      ) : open ? (
        <Stack>
          <DrawerActions till={till} showingX={showingX} onToggleX={() => setShowingX((x) => !x)} onClose={() => setClosing(true)} />
          <SimpleGrid cols={2} spacing="lg">
            {showingX && <DrawerReportView report={open} />}
            {lastClose && <DrawerReportView report={lastClose} />}
          </SimpleGrid>
        </Stack>
      ) : (
        <SimpleGrid cols={2} spacing="lg">
          <Stack gap="sm">
            <Title order={3}>{t('open.title')}</Title>
            <OpenDrawerForm till={till} denominations={denominations} lastClose={lastClose} />
          </Stack>
          {lastClose && <DrawerReportView report={lastClose} />}
        </SimpleGrid>
      )}
    </Stack>
  );
}
