import { useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFolderCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { ManagerApproval } from '../../components/ManagerApproval.tsx';
import { formatDateTime } from '../../format.ts';

/**
 * The folders an admin approved for backups, restores and PDFs (besides the data folder). In the
 * desktop app a folder picked in the system dialog is approved as it is picked; in a browser the
 * admin types a full path and confirms it with their PIN.
 */
export function ApprovedFolders() {
  const { t } = useTranslation('backup');
  const list = useOp('backup.folders.list');
  const [folder, setFolder] = useState('');
  const [confirming, setConfirming] = useState(false);
  const withdraw = useOpMutation('backup.folders.withdraw', { onError: (e) => notifyError(t, e) });
  const typed = !window.frontdesk;

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('folders.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('folders.intro')}
        </Text>
        {list.data?.length === 0 && <Text c="dimmed">{t('folders.empty')}</Text>}
        {!!list.data?.length && (
          <Table data-testid="approved-folders">
            <Table.Tbody>
              {list.data.map((f) => (
                <Table.Tr key={f.folder}>
                  <Table.Td className="fd-mono">{f.folder}</Table.Td>
                  <Table.Td>{t(`folders.via.${f.via}`)}</Table.Td>
                  <Table.Td>{formatDateTime(f.approvedAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" color="red" onClick={() => withdraw.mutate({ folder: f.folder })}>
                      {t('folders.withdraw')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {typed && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('folders.folder')}
              placeholder={t('now.folderPlaceholder')}
              value={folder}
              onChange={(e) => setFolder(e.currentTarget.value)}
              flex={1}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Button
              variant="default"
              leftSection={<IconFolderCheck size={16} />}
              disabled={!folder.trim()}
              onClick={() => setConfirming(true)}
            >
              {t('folders.add')}
            </Button>
          </Group>
        )}
      </Stack>
      <ManagerApproval
        opened={confirming}
        onClose={() => setConfirming(false)}
        action={t('folders.action', { folder: folder.trim() })}
        submitLabel={t('folders.approve')}
        onApprove={async (approval) => {
          await api.call('backup.folders.approve', { folder: folder.trim(), approval });
          notifySuccess(t('folders.approved'));
          setConfirming(false);
          setFolder('');
        }}
      />
    </Paper>
  );
}
