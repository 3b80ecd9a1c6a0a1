import { useState } from 'react';
import { Badge, Button, Center, Group, Kbd, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowBackUp, IconCash, IconReceiptRefund } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PaymentMethod } from '../../../../shared/contract/cashier-bills.ts';
import { useOp } from '../../api/hooks.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { formatWhen } from '../../format.ts';
import { BillDraft } from './BillDraft.tsx';
import { BillStage } from './BillStage.tsx';
import { billTitle } from './billTitle.ts';
import type { Draft } from './draft.ts';
import { OpenDrawerForm } from './OpenDrawerForm.tsx';
import { PaidPanel } from './PaidPanel.tsx';
import type { PaidResult } from './PaymentPanel.tsx';
import { StartPanel } from './StartPanel.tsx';
import { TillPicker } from './TillPicker.tsx';
import { useTill } from './useTill.ts';

type Stage =
  | { kind: 'start' }
  | { kind: 'draft'; draft: Draft; title: string }
  | { kind: 'bill'; billId: number; method: PaymentMethod | null }
  | { kind: 'paid'; paid: PaidResult };

/**
 * The till (/cashier, F6; a cashier's console opens on it): a bill from a job, its deposit or a quick
 * sale; its discounts; payment split across methods in any order with the change shown large; then the
 * receipt's number and how it prints, and N for the next sale. Cash needs the till's drawer open: the
 * till says so and opens it here.
 */
export function TillScreen() {
  const { t } = useTranslation(['cashierTill', 'cashierRefund']);
  const navigate = useNavigate();
  const choice = useTill();
  const { till, settings, tillName } = choice;
  const drawer = useOp('cashier.drawer.status', { till: till ?? '' }, { enabled: till !== null });
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [openingDrawer, setOpeningDrawer] = useState(false);
  const restart = () => setStage({ kind: 'start' });
  useScreenHotkeys(stage.kind === 'draft' ? [['Escape', restart]] : []);
  const refunds = () => void navigate('/cashier/refund');
  useHotkeys([['alt+R', refunds]], []);

  const open = drawer.data?.open ?? null;
  if (!settings || till === null || !drawer.data)
    return (
      <Center h={300} data-loading>
        <Loader />
      </Center>
    );
  return (
    <Stack gap="sm" data-testid="till-screen" data-stage={stage.kind}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2}>{t('title')}</Title>
            <Kbd>F6</Kbd>
          </Group>
          {stage.kind === 'start' && (
            <Text c="dimmed" size="sm">
              {t('subtitle')}
            </Text>
          )}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {stage.kind !== 'start' && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={restart}
              rightSection={stage.kind === 'draft' ? <Kbd size="xs">Esc</Kbd> : undefined}
            >
              {t('bill.back')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconReceiptRefund size={16} />}
            rightSection={<Kbd size="xs">Alt R</Kbd>}
            onClick={refunds}
            data-testid="till-refunds"
          >
            {t('cashierRefund:open')}
          </Button>
          <TillPicker choice={choice} />
          <Badge
            component="a"
            href="#/cashier/drawer"
            onClick={(e) => {
              e.preventDefault();
              void navigate('/cashier/drawer');
            }}
            size="xl"
            radius="sm"
            tt="none"
            color={open ? 'green' : 'orange'}
            variant="light"
            leftSection={<IconCash size={16} />}
            style={{ cursor: 'pointer' }}
            data-testid="till-drawer-status"
            data-open={open !== null}
          >
            {t('drawer.badge', {
              till: tillName,
              state: open ? t('drawer.isOpen', { time: formatWhen(open.openedAt) }) : t('drawer.isClosed'),
            })}
          </Badge>
        </Group>
      </Group>
      {stage.kind === 'start' && (
        <StartPanel onDraft={(draft, title) => setStage({ kind: 'draft', draft, title: billTitle(t, title.kind, title.number) })} />
      )}
      {stage.kind === 'draft' && (
        <BillDraft
          draft={stage.draft}
          onChange={(draft) => setStage({ ...stage, draft })}
          settings={settings}
          title={stage.title}
          onOpened={(billId, method) => setStage({ kind: 'bill', billId, method })}
        />
      )}
      {stage.kind === 'bill' && (
        <BillStage
          billId={stage.billId}
          till={till}
          tillName={tillName}
          drawerOpen={open !== null}
          method={stage.method}
          onPaid={(paid) => setStage({ kind: 'paid', paid })}
          onOpenDrawer={() => setOpeningDrawer(true)}
          onNext={restart}
        />
      )}
      {stage.kind === 'paid' && (
        <PaidPanel paid={stage.paid} onNext={restart} onMore={() => setStage({ kind: 'bill', billId: stage.paid.bill.id, method: null })} />
      )}
      <Modal
        opened={openingDrawer}
        onClose={() => setOpeningDrawer(false)}
        title={t('drawer.openTitle', { till: tillName })}
        size="lg"
        returnFocus={false}
      >
        <OpenDrawerForm
          till={till}
          denominations={settings.denominations}
          lastClose={drawer.data.lastClose}
          onOpened={() => setOpeningDrawer(false)}
        />
      </Modal>
    </Stack>
  );
}
