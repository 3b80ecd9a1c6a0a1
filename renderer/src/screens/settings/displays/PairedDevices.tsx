import { useEffect, useEffectEvent, useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceTv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../shared/contract/devices.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { formatDateTime, formatWhen } from '../../../format.ts';
import { PairingCodeModal, type ShownCode } from './PairingCodeModal.tsx';
import { RenameDeviceModal } from './RenameDeviceModal.tsx';
import { RevokeDeviceModal } from './RevokeDeviceModal.tsx';

/** The displays paired with this station, and the button that shows a code to pair another. */
export function PairedDevices() {
  const { t } = useTranslation('display');
  const devices = useOp('devices.list', {});
  const [shown, setShown] = useState<ShownCode | null>(null);
  const [renaming, setRenaming] = useState<Device | null>(null);
  const [revoking, setRevoking] = useState<Device | null>(null);
  // The newest display when the code was asked for: a newer one was paired with the code.
  const [newestBefore, setNewestBefore] = useState(0);
  const [pairedNow, setPairedNow] = useState<Device | null>(null);
  const makeCode = useOpMutation('devices.pairingCode', {
    onSuccess: ({ code }) => setShown({ code, receivedAt: Date.now() }),
    onError: (error) => notifyError(t, error),
  });
  const pair = () => {
    setNewestBefore(Math.max(0, ...(devices.data ?? []).map((d) => d.id)));
    makeCode.mutate({ kind: 'display' });
  };

  // The list refreshes live; a display paired while the code is on screen closes it.
  const paired = shown ? devices.data?.find((d) => d.id > newestBefore) : undefined;
  if (paired) {
    setShown(null);
    setPairedNow(paired);
  }
  const announcePaired = useEffectEvent((device: Device) => notifySuccess(t('settings.pairedNow', { name: device.name })));
  useEffect(() => {
    if (pairedNow) announcePaired(pairedNow);
  }, [pairedNow]);

  const rows = devices.data ?? [];
  return (
    <Paper withBorder p="xl">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>{t('settings.paired')}</Title>
          <Button leftSection={<IconDeviceTv size={18} />} onClick={pair} loading={makeCode.isPending && !shown} data-testid="pair-display">
            {t('settings.pair')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <Text c="dimmed" data-testid="no-displays">
            {t('settings.none')}
          </Text>
        ) : (
          <Table data-testid="paired-displays">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.columns.name')}</Table.Th>
                <Table.Th>{t('settings.columns.paired')}</Table.Th>
                <Table.Th>{t('settings.columns.lastSeen')}</Table.Th>
                <Table.Th ta="right">{t('settings.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => (
                <Table.Tr key={d.id} data-testid="paired-display">
                  <Table.Td fw={600}>{d.name}</Table.Td>
                  <Table.Td>{t('settings.pairedBy', { when: formatDateTime(d.pairedAt), name: d.pairedByName })}</Table.Td>
                  <Table.Td>{d.lastSeenAt ? formatWhen(d.lastSeenAt) : t('settings.never')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setRenaming(d)}>
                        {t('settings.rename')}
                      </Button>
                      <Button size="xs" variant="light" color="red" onClick={() => setRevoking(d)}>
                        {t('settings.revoke')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <PairingCodeModal
        shown={shown}
        busy={makeCode.isPending}
        onNew={() => makeCode.mutate({ kind: 'display' })}
        onClose={() => setShown(null)}
      />
      <RenameDeviceModal device={renaming} onClose={() => setRenaming(null)} />
      <RevokeDeviceModal device={revoking} onClose={() => setRevoking(null)} />
    </Paper>
  );
}
