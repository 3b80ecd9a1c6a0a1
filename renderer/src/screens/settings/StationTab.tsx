import { Alert, Anchor, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { CopyIconButton } from '../../components/CopyIconButton.tsx';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { formatDateTime } from '../../format.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';

export function StationTab() {
  const { t } = useTranslation('settings');
  const { staff } = useSignedIn();
  const info = useOp('system.info');
  const settings = useOp('store.settings.get');
  const canEdit = staff.role === 'admin';
  const update = useOpMutation('store.settings.update', {
    onSuccess: (saved) => notifySuccess(t(saved.lanListening ? 'station.lanOn' : 'station.lanOff')),
    onError: (error) => notifyError(t, error),
  });
  const lan = settings.data?.lanListening ?? false;
  const rows: [string, string | undefined, boolean][] = [
    [t('station.version'), info.data?.version, true],
    [t('station.dataDir'), info.data?.dataDir, true],
    [t('station.dbFile'), info.data?.dbFile, true],
    [t('station.schemaVersion'), info.data ? String(info.data.schemaVersion) : undefined, true],
    [t('station.startedAt'), info.data ? formatDateTime(info.data.startedAt) : undefined, false],
    [t('station.transport'), t(api.transport.kind === 'ipc' ? 'station.transportIpc' : 'station.transportHttp'), false],
  ];

  return (
    <Stack maw={860}>
      <Text c="dimmed">{t('station.intro')}</Text>
      <Paper withBorder>
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value, mono]) => (
              <Table.Tr key={label}>
                <Table.Th w={260}>{label}</Table.Th>
                <Table.Td className={mono ? 'fd-mono' : undefined}>{value ?? '…'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Paper withBorder p="xl">
        <Stack>
          <Switch
            size="md"
            label={t('station.lan')}
            description={t('station.lanHint')}
            checked={lan}
            disabled={!canEdit || !settings.data || update.isPending}
            onChange={(e) => update.mutate({ lanListening: e.currentTarget.checked })}
            styles={{ description: { maxWidth: 640, marginTop: 6 } }}
          />
          <Alert color={lan ? STATUS.warn : STATUS.neutral} variant="light">
            {t(lan ? 'station.lanOn' : 'station.lanOff')}
          </Alert>
          {!canEdit && (
            <Text size="sm" c="dimmed">
              {t('readOnly')}
            </Text>
          )}
          <Text fw={600}>{t('station.urls')}</Text>
          <Stack gap={6} data-testid="station-urls">
            {info.data?.stationUrls.map((url) => (
              <Group key={url} gap="xs">
                {api.transport.kind === 'http' ? (
                  <Anchor href={url} target="_blank" rel="noreferrer" className="fd-mono">
                    {url}
                  </Anchor>
                ) : (
                  <Text className="fd-mono">{url}</Text>
                )}
                <CopyIconButton value={url} />
              </Group>
            ))}
          </Stack>
        </Stack>
      </Paper>
    </Stack>
  );
}
