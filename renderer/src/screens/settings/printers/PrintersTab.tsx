import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconEye, IconPencil, IconPlus, IconPrinter, IconRefresh, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Printer } from '../../../../../shared/contract/print.ts';
import { api } from '../../../api/client.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { STATUS } from '../../../theme.ts';
import { PreviewModal } from './PreviewModal.tsx';
import { PrinterDialog, type PrinterDialogState } from './PrinterDialog.tsx';
import { ProblemsView } from './ProblemsView.tsx';
import { RoutesCard } from './RoutesCard.tsx';
import { TestPageOutcome, testPageNotice } from './TestPageOutcome.tsx';

/**
 * Settings, Printers: everyone sees the print problems (and can print again or elsewhere); managers
 * and admins see the printers, routes and system printers; only an admin changes them.
 */
export function PrintersTab() {
  const { t } = useTranslation('print');
  const { staff } = useSignedIn();
  const manages = staff.role === 'manager' || staff.role === 'admin';
  const printers = useOp('print.printers.list');
  const problems = useOp('print.jobs.list', { problems: true, limit: 100 });
  const problemCount = problems.data?.rows.length ?? 0;
  const [view, setView] = useState<'problems' | 'printers'>(problemCount > 0 || !manages ? 'problems' : 'printers');

  return (
    <Stack>
      {manages && (
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v)}
          data={[
            { value: 'printers', label: t('settings.viewPrinters') },
            { value: 'problems', label: problemCount ? `${t('settings.viewProblems')} (${problemCount})` : t('settings.viewProblems') },
          ]}
          w="fit-content"
        />
      )}
      {view === 'problems' || !manages ? (
        <ProblemsView printers={printers.data ?? []} />
      ) : (
        <PrintersView printers={printers.data ?? []} isAdmin={staff.role === 'admin'} />
      )}
    </Stack>
  );
}

function describeConnection(t: TFunction<'print'>, p: Printer): string {
  return p.connection === 'network'
    ? t('connection.network', { host: p.host, port: p.port })
    : t('connection.system', { name: p.systemName });
}

function PrintersView({ printers, isAdmin }: { printers: Printer[]; isAdmin: boolean }) {
  const { t } = useTranslation('print');
  const [dialog, setDialog] = useState<PrinterDialogState>(null);
  const [removing, setRemoving] = useState<Printer | null>(null);
  const [preview, setPreview] = useState<{ printer: Printer; html: string | null } | null>(null);
  // Test pages on their way: each one's notice turns green or red when the printer answers.
  const [testing, setTesting] = useState<{ jobId: number; printerName: string }[]>([]);
  const settled = useCallback((jobId: number) => setTesting((all) => all.filter((x) => x.jobId !== jobId)), []);
  const test = useOpMutation('print.testPage', {
    onSuccess: (job) => {
      notifications.show({
        id: testPageNotice(job.id),
        loading: true,
        autoClose: false,
        message: t('settings.testSending', { name: job.printerName }),
      });
      setTesting((all) => [...all, { jobId: job.id, printerName: job.printerName }]);
    },
    onError: (e) => notifyError(t, e),
  });
  const remove = useOpMutation('print.printers.remove', {
    onSuccess: () => {
      notifySuccess(t('settings.removed', { name: removing?.name ?? '' }));
      setRemoving(null);
    },
    onError: (e) => notifyError(t, e),
  });
  const showPreview = (printer: Printer) => {
    setPreview({ printer, html: null });
    api.call('print.preview', { document: { kind: 'testPage', printerId: printer.id } }).then(
      (r) => setPreview({ printer, html: r.html }),
      (e: unknown) => {
        setPreview(null);
        notifyError(t, e);
      },
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" maw={620}>
          {t('settings.intro')}
        </Text>
        {isAdmin && (
          <Group>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ connection: 'network', printer: null })}>
              {t('settings.addNetwork')}
            </Button>
            <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => setDialog({ connection: 'system', printer: null })}>
              {t('settings.addSystem')}
            </Button>
          </Group>
        )}
      </Group>
      {!isAdmin && <Alert color={STATUS.neutral}>{t('settings.readOnly')}</Alert>}
      <Paper withBorder>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.name')}</Table.Th>
              <Table.Th>{t('settings.connectionCol')}</Table.Th>
              <Table.Th>{t('settings.paper')}</Table.Th>
              <Table.Th ta="right">{t('settings.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {printers.map((p) => (
              <Table.Tr key={p.id} data-testid="printer-row">
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={500}>{p.name}</Text>
                    <Badge size="xs" variant="outline" color="gray">
                      {t(`settings.languages.${p.language}`)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td className="fd-mono">{describeConnection(t, p)}</Table.Td>
                <Table.Td>{t(`papers.${p.paper}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPrinter size={14} />}
                      loading={test.isPending && test.variables?.printerId === p.id}
                      onClick={() => test.mutate({ printerId: p.id })}
                    >
                      {t('settings.testPage')}
                    </Button>
                    <Tooltip label={t('settings.preview')}>
                      <ActionIcon
                        variant="subtle"
                        size="lg"
                        aria-label={`${t('settings.preview')}: ${p.name}`}
                        onClick={() => showPreview(p)}
                      >
                        <IconEye size={18} />
                      </ActionIcon>
                    </Tooltip>
                    {isAdmin && (
                      <>
                        <Tooltip label={t('settings.edit')}>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={`${t('settings.edit')}: ${p.name}`}
                            onClick={() => setDialog({ connection: p.connection, printer: p })}
                          >
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('settings.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            aria-label={`${t('settings.remove')}: ${p.name}`}
                            onClick={() => setRemoving(p)}
                          >
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {printers.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('settings.noPrinters')}
          </Text>
        )}
      </Paper>
      {testing.map((x) => (
        <TestPageOutcome key={x.jobId} jobId={x.jobId} printerName={x.printerName} onSettled={settled} />
      ))}
      <RoutesCard printers={printers} canEdit={isAdmin} />
      <SystemPrintersCard />
      {dialog && (
        <PrinterDialog key={`${dialog.connection}-${dialog.printer?.id ?? 'new'}`} state={dialog} onClose={() => setDialog(null)} />
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('settings.remove')}>
        <Stack>
          <Text>{t('settings.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('settings.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => removing && remove.mutate({ id: removing.id })}>
              {t('settings.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <PreviewModal
        title={preview?.printer.name ?? ''}
        html={preview?.html ?? null}
        paper={preview?.printer.paper ?? null}
        loading={preview !== null && preview.html === null}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}

function SystemPrintersCard() {
  const { t } = useTranslation('print');
  const system = useOp('print.systemPrinters', undefined, { staleTime: 60_000 });
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('settings.systemPrinters')}</Title>
          <ActionIcon variant="subtle" aria-label={t('settings.refresh')} loading={system.isFetching} onClick={() => void system.refetch()}>
            <IconRefresh size={18} />
          </ActionIcon>
        </Group>
        {system.data && (
          <Text size="sm" c="dimmed">
            {t(`settings.sources.${system.data.source}`)}
            {system.data.message && system.data.source !== 'none' ? ` ${t('settings.systemListFailed')}` : ''}
          </Text>
        )}
        {system.data?.printers.length === 0 && <Text c="dimmed">{t('settings.noSystemPrinters')}</Text>}
        {system.data?.printers.map((p) => (
          <Group key={p.name} gap="xs">
            <Text className="fd-mono">{p.name}</Text>
            {p.isDefault && (
              <Badge size="xs" variant="light">
                {t('settings.isDefault')}
              </Badge>
            )}
            <Badge size="xs" variant="outline" color={p.status === 'disabled' ? STATUS.danger : STATUS.neutral}>
              {t(`settings.systemStatus.${p.status}`, { defaultValue: t('settings.systemStatus.unknown') })}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
