import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye, IconPrinter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobStatus, PrintJob, Printer } from '../../../../../shared/contract/print.ts';
import { api } from '../../../api/client.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { printErrorText } from '../../../components/printError.ts';
import { formatDateTime, formatWhen } from '../../../format.ts';
import { STATUS } from '../../../theme.ts';
import { PreviewModal } from './PreviewModal.tsx';

const STATUS_COLOR: Record<JobStatus, string> = {
  queued: STATUS.warn,
  printing: STATUS.warn,
  done: STATUS.ok,
  failed: STATUS.danger,
  cancelled: STATUS.neutral,
};

function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useTranslation('print');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * Prints that did not go through, failed or waiting for their next try: print again, send to another
 * printer, or dismiss; then the recent prints.
 */
export function ProblemsView({ printers }: { printers: Printer[] }) {
  const { t } = useTranslation('print');
  const problems = useOp('print.jobs.list', { problems: true, limit: 100 });
  const recent = useOp('print.jobs.list', { limit: 15 });
  const [preview, setPreview] = useState<{ job: PrintJob; html: string | null } | null>(null);
  const again = useOpMutation('print.jobs.reprint', {
    onSuccess: () => notifySuccess(t('problems.printedAgain')),
    onError: (e) => notifyError(t, e),
  });
  const showPreview = (job: PrintJob) => {
    setPreview({ job, html: null });
    api.call('print.jobs.preview', { id: job.id }).then(
      (r) => setPreview({ job, html: r.html }),
      (e: unknown) => {
        setPreview(null);
        notifyError(t, e);
      },
    );
  };

  return (
    <Stack>
      <Paper withBorder p="lg">
        <Stack>
          <Title order={4}>{t('problems.title')}</Title>
          {problems.data?.rows.length === 0 ? (
            <Text c="dimmed" data-testid="print-problems-empty">
              {t('problems.empty')}
            </Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('problems.document')}</Table.Th>
                  <Table.Th>{t('problems.printer')}</Table.Th>
                  <Table.Th>{t('problems.error')}</Table.Th>
                  <Table.Th>{t('problems.when')}</Table.Th>
                  <Table.Th ta="right">{t('settings.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.data?.rows.map((job) => (
                  <ProblemRow key={job.id} job={job} printers={printers} onPreview={() => showPreview(job)} />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="lg">
        <Stack>
          <Title order={4}>{t('problems.recent')}</Title>
          <Table>
            <Table.Tbody>
              {recent.data?.rows.map((job) => (
                <Table.Tr key={job.id} data-testid="print-job">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {job.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`kinds.${job.kind}`)} · #{job.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>{job.printerName}</Table.Td>
                  <Table.Td maw={300}>
                    <JobStatusBadge status={job.status} />
                    {job.status === 'failed' && (
                      <Text size="xs" c="dimmed" mt={4} data-testid="print-job-reason">
                        {printErrorText(t, job.lastErrorCode)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(job.createdAt)}
                      {job.createdByName ? ` · ${job.createdByName}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {job.status === 'done' && (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconPrinter size={14} />}
                          loading={again.isPending && again.variables?.id === job.id}
                          onClick={() => again.mutate({ id: job.id })}
                        >
                          {t('problems.printAgain')}
                        </Button>
                      )}
                      <Button size="xs" variant="subtle" leftSection={<IconEye size={14} />} onClick={() => showPreview(job)}>
                        {t('problems.preview')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
      <PreviewModal
        title={preview?.job.title ?? ''}
        html={preview?.html ?? null}
        paper={preview?.job.paper ?? null}
        loading={preview !== null && preview.html === null}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}

function ProblemRow({ job, printers, onPreview }: { job: PrintJob; printers: Printer[]; onPreview: () => void }) {
  const { t } = useTranslation('print');
  const [target, setTarget] = useState<string | null>(null);
  const reprint = useOpMutation('print.jobs.reprint', {
    onSuccess: () => notifySuccess(t('problems.reprinted')),
    onError: (e) => notifyError(t, e),
  });
  const cancel = useOpMutation('print.jobs.cancel', {
    onSuccess: () => notifySuccess(t('problems.dismissed')),
    onError: (e) => notifyError(t, e),
  });
  const others = printers.filter((p) => p.id !== job.printerId).map((p) => ({ value: String(p.id), label: p.name }));
  const printerGone = !printers.some((p) => p.id === job.printerId);
  return (
    <Table.Tr data-testid="print-problem">
      <Table.Td>
        <Text fw={500} style={{ whiteSpace: 'nowrap' }}>
          {job.title}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`kinds.${job.kind}`)} · #{job.id}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{job.printerName}</Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="print-problem-reason">
          {printErrorText(t, job.lastErrorCode)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('problems.tries', { count: job.attempts })}
        </Text>
        {job.status === 'queued' && job.nextAttemptAt && (
          <Text size="xs" c="orange.9" fw={600} data-testid="print-problem-retrying">
            {t('problems.retrying', { time: formatWhen(job.nextAttemptAt) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(job.updatedAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="flex-end">
          <Group gap={6} justify="flex-end" wrap="nowrap">
            <Button size="xs" variant="subtle" leftSection={<IconEye size={14} />} onClick={onPreview}>
              {t('problems.preview')}
            </Button>
            {!printerGone && (
              <Button
                size="xs"
                leftSection={<IconPrinter size={14} />}
                loading={reprint.isPending && !reprint.variables?.printerId}
                onClick={() => reprint.mutate({ id: job.id })}
              >
                {t('problems.reprint')}
              </Button>
            )}
            <Button
              size="xs"
              variant="light"
              color="gray"
              leftSection={<IconX size={14} />}
              loading={cancel.isPending}
              onClick={() => cancel.mutate({ id: job.id })}
            >
              {t('problems.cancel')}
            </Button>
          </Group>
          {others.length > 0 && (
            <Group gap={6} wrap="nowrap">
              <Select
                size="xs"
                w={180}
                placeholder={t('problems.sendToPlaceholder')}
                aria-label={t('problems.sendTo')}
                data={others}
                value={target}
                onChange={setTarget}
              />
              <Button
                size="xs"
                variant="light"
                disabled={!target}
                loading={reprint.isPending && !!reprint.variables?.printerId}
                onClick={() => target && reprint.mutate({ id: job.id, printerId: Number(target) })}
              >
                {t('problems.send')}
              </Button>
            </Group>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
