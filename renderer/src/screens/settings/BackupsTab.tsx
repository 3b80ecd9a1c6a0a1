import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, NumberInput, Paper, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabase, IconFolder, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { BackupKind } from '../../../../shared/contract/backup.ts';
import type { OpOutput } from '../../../../shared/contract/index.ts';
import { api } from '../../api/client.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { errorText, notifyError, notifySuccess, translateFieldMessage } from '../../components/errors.ts';
import { useSeededState } from '../../components/useSeededState.ts';
import { ManagerApproval } from '../../components/ManagerApproval.tsx';
import { formatBytes, formatDateTime } from '../../format.ts';
import { expectRestore } from '../../session/restore-expectation.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';
import { MoneyChainCard } from '../integrity/MoneyChainCard.tsx';
import { ApprovedFolders } from './ApprovedFolders.tsx';
import { useBackupProgress } from './useBackupProgress.ts';

const KIND_COLOR: Record<BackupKind, string> = {
  daily: 'blue',
  shift: 'cyan',
  quit: 'gray',
  manual: 'indigo',
  'before-restore': 'orange',
};

function ProgressBar({ running }: { running: boolean }) {
  const { t } = useTranslation('backup');
  const progress = useBackupProgress(running);
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4} data-testid="backup-progress">
      <Text size="sm">{t('progress', { percent })}</Text>
      <Progress value={percent} animated striped size="lg" transitionDuration={150} />
    </Stack>
  );
}

export function BackupsTab() {
  const { t } = useTranslation('backup');
  const { staff } = useSignedIn();
  const isAdmin = staff.role === 'admin';
  const list = useOp('backup.list');
  const [inspecting, setInspecting] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1040}>
      <Text c="dimmed">{t('intro')}</Text>
      <MoneyChainCard />
      <BackupNow isAdmin={isAdmin} />
      <Paper withBorder>
        <Group justify="space-between" p="md" pb={0}>
          <Title order={4}>{t('list')}</Title>
        </Group>
        <Table mt="xs" data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.kind')}</Table.Th>
              <Table.Th>{t('columns.createdAt')}</Table.Th>
              <Table.Th>{t('columns.size')}</Table.Th>
              <Table.Th>{t('columns.file')}</Table.Th>
              {isAdmin && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((b) => (
              <Table.Tr key={b.file} data-testid="backup-row">
                <Table.Td>
                  <Badge color={KIND_COLOR[b.kind]} variant="light">
                    {t(`kinds.${b.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>{formatBytes(t, b.bytes)}</Table.Td>
                <Table.Td className="fd-mono" title={b.file}>
                  {b.name}
                </Table.Td>
                {isAdmin && (
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      onClick={() => setInspecting(b.file)}
                      aria-label={`${t('restore.fromList')} ${b.name}`}
                    >
                      {t('restore.fromList')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('empty')}
          </Text>
        )}
      </Paper>
      {isAdmin ? <RestoreFromFile onInspect={setInspecting} /> : <Alert color={STATUS.neutral}>{t('restore.adminOnly')}</Alert>}
      {isAdmin && <ApprovedFolders />}
      {isAdmin && <KeepDaily />}
      <RestoreFlow file={inspecting} onClose={() => setInspecting(null)} />
    </Stack>
  );
}

/**
 * "Back up now": to the station's backup folder, or a folder an admin picks in the system dialog
 * (Electron, which approves it) or one typed inside the data folder or an approved folder.
 */
function BackupNow({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation('backup');
  const location = useLocation();
  const navigate = useNavigate();
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  const create = useOpMutation('backup.create', {
    onSuccess: (made) => notifySuccess(t('now.done', { name: made.file }), 12_000),
    onError: (error) => {
      if (error.fields.folder) setFolderError(translateFieldMessage(t, error.fields.folder));
      else notifyError(t, error);
    },
  });
  const run = () => {
    setFolderError(null);
    create.mutate(folder.trim() ? { folder: folder.trim() } : {});
  };
  const started = useRef(false);
  // "Back up now" from the command palette arrives with a flag in the navigation state.
  useEffect(() => {
    if ((location.state as { backupNow?: boolean } | null)?.backupNow && !started.current) {
      started.current = true;
      void navigate(location.pathname, { replace: true, state: null });
      create.mutate({});
    }
  }, [location, navigate, create]);
  const bridge = isAdmin ? window.frontdesk : undefined;

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('now.title')}</Title>
        <Group align="flex-end" wrap="nowrap">
          {bridge ? (
            <>
              <TextInput label={t('now.folder')} value={folder || t('now.defaultFolder')} readOnly flex={1} />
              <Button
                variant="default"
                leftSection={<IconFolder size={16} />}
                onClick={() => void bridge.pickFolder(api.sessionToken).then((picked) => picked && setFolder(picked))}
              >
                {t('now.chooseFolder')}
              </Button>
            </>
          ) : (
            <TextInput
              label={t('now.folder')}
              description={t('now.folderHint')}
              placeholder={t('now.folderPlaceholder')}
              value={folder}
              onChange={(e) => setFolder(e.currentTarget.value)}
              error={folderError}
              flex={1}
            />
          )}
          <Button leftSection={<IconDatabase size={18} />} onClick={run} loading={create.isPending}>
            {t('now.button')}
          </Button>
        </Group>
        <ProgressBar running={create.isPending} />
      </Stack>
    </Paper>
  );
}

function RestoreFromFile({ onInspect }: { onInspect: (file: string) => void }) {
  const { t } = useTranslation('backup');
  const [path, setPath] = useState('');
  const bridge = window.frontdesk;
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('restore.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('restore.intro')}
        </Text>
        <Group align="flex-end" wrap="nowrap">
          {bridge ? (
            <Button
              variant="default"
              leftSection={<IconFolder size={16} />}
              onClick={() => void bridge.pickBackupFile(api.sessionToken).then((picked) => picked && onInspect(picked))}
            >
              {t('restore.chooseFile')}
            </Button>
          ) : (
            <>
              <TextInput
                label={t('restore.path')}
                placeholder={t('restore.pathPlaceholder')}
                value={path}
                onChange={(e) => setPath(e.currentTarget.value)}
                flex={1}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <Button variant="default" disabled={!path.trim()} onClick={() => onInspect(path.trim())}>
                {t('restore.check')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function KeepDaily() {
  const { t } = useTranslation('backup');
  const settings = useOp('store.settings.get');
  const current = settings.data?.backupKeepDaily;
  const [value, setValue] = useSeededState<number | string>(current, '');
  const [error, setError] = useState<string | null>(null);
  const save = useOpMutation('store.settings.update', {
    onSuccess: () => notifySuccess(t('common:saved')),
    onError: (e) => (e.fields.backupKeepDaily ? setError(t('validation:invalid')) : notifyError(t, e)),
  });
  return (
    <Paper withBorder p="lg">
      <Group align="flex-end">
        <NumberInput
          label={t('keep.label')}
          description={t('keep.hint')}
          value={value}
          onChange={(v) => setValue(v)}
          min={1}
          max={365}
          allowDecimal={false}
          error={error}
          w={320}
        />
        <Button
          variant="default"
          disabled={value === current || typeof value !== 'number'}
          loading={save.isPending}
          onClick={() => {
            setError(null);
            if (typeof value === 'number') save.mutate({ backupKeepDaily: value });
          }}
        >
          {t('common:actions.save')}
        </Button>
      </Group>
    </Paper>
  );
}

/** Check the file, show what is in it, then restore with a manager's approval. */
function RestoreFlow({ file, onClose }: { file: string | null; onClose: () => void }) {
  const { t } = useTranslation('backup');
  const session = useSignedIn();
  const [approving, setApproving] = useState(false);
  const [running, setRunning] = useState(false);
  const inspection = useOp('backup.inspect', { file: file ?? '' }, { enabled: file !== null, staleTime: 0, gcTime: 0 });
  const result = file ? inspection.data : undefined;

  const close = () => {
    setApproving(false);
    onClose();
  };

  const restore = async (approval: { approverId: number; pin: string }) => {
    if (!file) return;
    setRunning(true);
    const restoredBy = api.sessionToken;
    let done: OpOutput<'backup.restore'>;
    try {
      expectRestore();
      done = await api.call('backup.restore', { file, approval });
    } catch (error) {
      setRunning(false);
      throw error;
    }
    setRunning(false);
    notifySuccess(t('restore.done', { name: done.restoredFrom, aside: done.keptAside }), 20_000);
    close();
    // The station ends every session on restore; its event normally brings sign-in first. Without
    // the event, sign this session out; a new one signed in meanwhile is left alone.
    setTimeout(() => {
      if (api.sessionToken === restoredBy) session.signOut('restored');
    }, 1500);
  };

  return (
    <>
      <Modal opened={file !== null && !approving} onClose={close} title={t('restore.inspectTitle')} size="lg">
        {!result ? (
          <Text c="dimmed">{inspection.isError ? '' : t('restore.checking')}</Text>
        ) : (
          <Stack data-testid="backup-inspection">
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                <Row label={t('restore.file')} value={result.file} mono />
                <Row label={t('restore.storeName')} value={result.storeName ?? t('common:none')} />
                <Row label={t('restore.schema')} value={result.schemaVersion === null ? t('common:none') : String(result.schemaVersion)} />
                <Row label={t('restore.size')} value={formatBytes(t, result.bytes)} />
              </Table.Tbody>
            </Table>
            {result.ok ? (
              <>
                <Alert color={STATUS.ok} variant="light" icon={<IconCircleCheck size={18} />}>
                  {t('restore.ok')}
                </Alert>
                <Alert color={STATUS.warn} variant="light" icon={<IconAlertTriangle size={18} />}>
                  {t('restore.warning')}
                </Alert>
              </>
            ) : (
              <Alert color={STATUS.danger} variant="light" icon={<IconAlertTriangle size={18} />}>
                {t('restore.problem', { problem: t(`restore.problems.${result.problemCode ?? 'unreadable'}`) })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button color={STATUS.danger} disabled={!result.ok} onClick={() => setApproving(true)}>
                {t('restore.continue')}
              </Button>
            </Group>
          </Stack>
        )}
        {inspection.isError && (
          <Alert color={STATUS.danger} variant="light">
            {errorText(t, inspection.error)}
          </Alert>
        )}
      </Modal>
      <ManagerApproval
        opened={approving && file !== null}
        onClose={close}
        action={t('restore.action', { name: result?.storeName ? `${result.storeName} · ${file?.split(/[\\/]/).pop()}` : (file ?? '') })}
        submitLabel={t('restore.approve')}
        onApprove={restore}
      />
      <RestoreProgress running={running} />
    </>
  );
}

/** A restore's progress, in a modal of its own once the copy has taken more than a second. */
function RestoreProgress({ running }: { running: boolean }) {
  const { t } = useTranslation('backup');
  const progress = useBackupProgress(running);
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} title={t('restore.running')}>
      <Stack gap={4} data-testid="backup-progress">
        <Text size="sm">{t('progress', { percent })}</Text>
        <Progress value={percent} animated striped size="lg" transitionDuration={150} />
      </Stack>
    </Modal>
  );
}

function Row({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td className={mono ? 'fd-mono' : undefined}>{value}</Table.Td>
    </Table.Tr>
  );
}
