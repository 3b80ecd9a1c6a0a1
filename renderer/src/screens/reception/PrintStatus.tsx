import { Anchor, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPrinterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks.ts';
import { printErrorText } from '../../components/printError.ts';
import { STATUS } from '../../theme.ts';

/** One line of the print status: a coloured icon and what it means, and why under it when it failed. */
function StatusLine({
  status,
  color,
  icon,
  reason,
  children,
}: {
  status: string;
  color: string;
  icon: ReactNode;
  reason?: string;
  children: ReactNode;
}) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status={status}>
      <ThemeIcon color={color} variant="light" size="md">
        {icon}
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="sm">{children}</Text>
        {reason && (
          <Text size="xs" c="dimmed" data-testid="print-status-reason">
            {reason}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** The slip's print job as it goes: printing, printed, waiting for its printer, or failed. */
export function PrintStatus({ printJobId }: { printJobId: number | null }) {
  const { t } = useTranslation('queue');
  // The jobs list newest first, starting just above this job: its first row is the job itself.
  const job = useOp('print.jobs.list', { beforeId: (printJobId ?? 0) + 1, limit: 1 }, { enabled: printJobId !== null });
  const row = job.data?.rows[0]?.id === printJobId ? job.data.rows[0] : undefined;

  if (printJobId === null) {
    return (
      <StatusLine status="none" color={STATUS.warn} icon={<IconPrinterOff size={16} />}>
        {t('reception.issued.noPrinter')}{' '}
        <Anchor size="sm" href="#/settings/printers">
          {t('reception.issued.routePrinter')}
        </Anchor>
      </StatusLine>
    );
  }
  const status = row?.status;
  if (status === 'done') {
    return (
      <StatusLine status="done" color={STATUS.ok} icon={<IconCheck size={16} />}>
        {t('reception.issued.printed')} · {row?.printerName}
      </StatusLine>
    );
  }
  const trouble = status === 'failed' || status === 'cancelled' || (status === 'queued' && (row?.attempts ?? 0) > 0);
  if (trouble) {
    return (
      <StatusLine
        status={status}
        color={status === 'queued' ? STATUS.warn : STATUS.danger}
        icon={<IconAlertTriangle size={16} />}
        reason={row?.lastErrorCode ? printErrorText(t, row.lastErrorCode) : undefined}
      >
        {t(status === 'queued' ? 'reception.issued.printWaiting' : 'reception.issued.printFailed')}{' '}
        <Anchor size="sm" href="#/settings/printers">
          {t('reception.issued.printProblems')}
        </Anchor>
      </StatusLine>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status="printing">
      <Loader size="xs" />
      <Text size="sm">{t('reception.issued.printing')}</Text>
    </Group>
  );
}
