import { Anchor, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPrinterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../api/hooks.ts';
import { STATUS } from '../theme.ts';
import { printErrorText } from './printError.ts';

/** The documents whose printing a screen follows; each has its own words (the `print` namespace's `printStatus`). */
export type FollowedDocument =
  'queueSlip' | 'customerCopy' | 'shopCopy' | 'deviceLabel' | 'deliveryNote' | 'receipt' | 'receiptCopy' | 'report';

/** One line of the print status: a coloured icon and what it means, and why under it when it failed. */
function StatusLine(props: {
  status: string;
  document: FollowedDocument;
  color: string;
  icon: ReactNode;
  reason?: string;
  children: ReactNode;
}) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status={props.status} data-document={props.document}>
      <ThemeIcon color={props.color} variant="light" size="md">
        {props.icon}
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="sm">{props.children}</Text>
        {props.reason && (
          <Text size="xs" c="dimmed" data-testid="print-status-reason">
            {props.reason}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/**
 * A document's print job as it goes: printing, printed (on which printer), waiting for its printer, or
 * failed with the reason; `printJobId` null when no printer is chosen for the document.
 */
export function PrintStatus({ printJobId, document }: { printJobId: number | null; document: FollowedDocument }) {
  const { t } = useTranslation('print');
  // The jobs list newest first, starting just above this job: its first row is the job itself.
  const job = useOp('print.jobs.list', { beforeId: (printJobId ?? 0) + 1, limit: 1 }, { enabled: printJobId !== null });
  const row = job.data?.rows[0]?.id === printJobId ? job.data.rows[0] : undefined;
  const words = (key: 'printed' | 'printing' | 'waiting' | 'failed' | 'noPrinter') => t(`printStatus.${document}.${key}`);

  if (printJobId === null) {
    return (
      <StatusLine status="none" document={document} color={STATUS.warn} icon={<IconPrinterOff size={16} />}>
        {words('noPrinter')}{' '}
        <Anchor size="sm" href="#/settings/printers">
          {t('printStatus.routePrinter')}
        </Anchor>
      </StatusLine>
    );
  }
  const status = row?.status;
  if (status === 'done') {
    return (
      <StatusLine status="done" document={document} color={STATUS.ok} icon={<IconCheck size={16} />}>
        {words('printed')} · {row?.printerName}
      </StatusLine>
    );
  }
  const trouble = status === 'failed' || status === 'cancelled' || (status === 'queued' && (row?.attempts ?? 0) > 0);
  if (trouble) {
    return (
      <StatusLine
        status={status}
        document={document}
        color={status === 'queued' ? STATUS.warn : STATUS.danger}
        icon={<IconAlertTriangle size={16} />}
        reason={row?.lastErrorCode ? printErrorText(t, row.lastErrorCode) : undefined}
      >
        {words(status === 'queued' ? 'waiting' : 'failed')}{' '}
        <Anchor size="sm" href="#/settings/printers">
          {t('printStatus.problems')}
        </Anchor>
      </StatusLine>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" data-testid="print-status" data-status="printing" data-document={document}>
      <Loader size="xs" />
      <Text size="sm">{words('printing')}</Text>
    </Group>
  );
}
