import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBuildingStore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoContents } from '../../../../shared/contract/real-shop.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { errorText } from '../../components/errors.ts';
import { expectRestore } from '../../session/restore-expectation.ts';
import { STATUS } from '../../theme.ts';

/** The rows of the confirmation, in the order a shop owner thinks of them. */
const COUNTS = [
  'customers',
  'assets',
  'tickets',
  'jobs',
  'appointments',
  'services',
  'counters',
  'staff',
  'printers',
  'printJobs',
  'displays',
  'auditRows',
] as const satisfies readonly (keyof DemoContents)[];

/** For an admin of the demo store: the way out of the demo, into first-run setup for the real shop. */
export function RealShopCard() {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Paper withBorder p="lg" style={{ borderColor: 'var(--mantine-color-orange-3)' }} data-testid="real-shop-card">
        <Group justify="space-between" wrap="nowrap" gap="lg">
          <Group gap="md" wrap="nowrap">
            <IconBuildingStore size={32} stroke={1.5} color="var(--mantine-color-orange-7)" />
            <Stack gap={2}>
              <Title order={4}>{t('realShop.title')}</Title>
              <Text size="sm" c="dimmed">
                {t('realShop.text')}
              </Text>
            </Stack>
          </Group>
          <Button color={STATUS.demo} onClick={() => setOpen(true)} style={{ flexShrink: 0 }}>
            {t('realShop.button')}
          </Button>
        </Group>
      </Paper>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('realShop.dialogTitle')} size="lg">
        {open && <RealShopConfirm onCancel={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

/** Says exactly what goes, and asks for the demo store's name typed before anything is deleted. */
function RealShopConfirm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('settings');
  const contents = useOp('setup.demoContents');
  const [typed, setTyped] = useState('');
  const wipe = useOpMutation('setup.startRealShop', {
    // The store's swap signs every console out into setup, which says the demo is gone (not "restored").
    onMutate: () => expectRestore(),
  });

  if (contents.isError) return <Alert color="red">{errorText(t, contents.error)}</Alert>;
  if (!contents.data) {
    return (
      <Center h={160}>
        <Loader />
      </Center>
    );
  }
  const data = contents.data;
  const matches = typed.trim() === data.storeName;
  return (
    <Stack>
      <Text>{t('realShop.intro', { name: data.storeName })}</Text>
      <Paper withBorder px="md" py="xs" data-testid="demo-contents">
        <SimpleGrid cols={2} spacing="xl" verticalSpacing={6}>
          {COUNTS.map((key) => (
            <Group key={key} justify="space-between" wrap="nowrap" data-testid={`demo-count-${key}`}>
              <Text size="sm">{t(`realShop.counts.${key}`)}</Text>
              <Text size="sm" ff="monospace" fw={700}>
                {data[key]}
              </Text>
            </Group>
          ))}
        </SimpleGrid>
      </Paper>
      <Text size="sm">{t('realShop.alsoGone')}</Text>
      <Alert color={STATUS.demo} variant="light" p="sm">
        {t('realShop.then')}
      </Alert>
      <TextInput
        label={t('realShop.confirmLabel', { name: data.storeName })}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        error={wipe.error ? errorText(t, wipe.error) : undefined}
        autoComplete="off"
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          color="red"
          leftSection={<IconTrash size={16} />}
          disabled={!matches}
          loading={wipe.isPending}
          onClick={() => wipe.mutate({ confirm: typed.trim() })}
        >
          {t('realShop.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
