import { Anchor, Group, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPrinterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks.ts';
import { STATUS } from '../../theme.ts';

/** The slip's print job as it goes: printing, printed, waiting for its printer, or failed. */
export function PrintStatus({ printJobId }: { printJobId: number | null }) {
  const { t } = useTranslation('queue');
  // The jobs list newest first, starting just above this job: its first row is the job itself.
  const job = useOp('print.jobs.list', { beforeId: (printJobId ?? 0) + 1, limit: 1 }, { enabled: printJobId !== null });
  const row = job.data?.rows[0]?.id === printJobId ? job.data.rows[0] : undefined;

  if (printJobId === null) {
    return (
      <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status="none">
        <ThemeIcon color={STATUS.warn} variant="light" size="md">
          <IconPrinterOff size={16} />
        </ThemeIcon>
        <Text size="sm">
          {t('reception.issued.noPrinter')}{' '}
          <Anchor size="sm" href="#/settings/printers">
            {t('reception.issued.routePrinter')}
          </Anchor>
        </Text>
      </Group>
    );
  }
  const status = row?.status;
  if (status === 'done') {
    return (
      <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status="done">
        <ThemeIcon color={STATUS.ok} variant="light" size="md">
          <IconCheck size={16} />
        </ThemeIcon>
        <Text size="sm">
          {t('reception.issued.printed')} · {row?.printerName}
        </Text>
      </Group>
    );
  }
  const trouble = status === 'failed' || status === 'cancelled' || (status === 'queued' && (row?.attempts ?? 0) > 0);
  if (trouble) {
    return (
      <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status={status}>
        <ThemeIcon color={status === 'queued' ? STATUS.warn : STATUS.danger} variant="light" size="md">
          <IconAlertTriangle size={16} />
        </ThemeIcon>
        <Text size="sm">
          {t(status === 'queued' ? 'reception.issued.printWaiting' : 'reception.issued.printFailed')}{' '}
          <Anchor size="sm" href="#/settings/printers">
            {t('reception.issued.printProblems')}
          </Anchor>
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status="printing">
      <Loader size="xs" />
      <Text size="sm">{t('reception.issued.printing')}</Text>
    </Group>
  );
}
