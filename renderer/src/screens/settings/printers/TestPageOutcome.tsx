import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks.ts';
import { printErrorText } from '../../../components/printError.ts';

/** The notification a test page's outcome is written into, by job. */
export const testPageNotice = (jobId: number): string => `test-page-${jobId}`;

/**
 * Follows one test page until the printer has it or it failed, and turns its "sending" notice into a
 * green "printed" or a red message with the reason, in the console's language. Renders nothing.
 */
export function TestPageOutcome({
  jobId,
  printerName,
  onSettled,
}: {
  jobId: number;
  printerName: string;
  onSettled: (jobId: number) => void;
}) {
  const { t } = useTranslation('print');
  // The jobs list newest first, starting just above this job: its first row is the job itself.
  const list = useOp('print.jobs.list', { beforeId: jobId + 1, limit: 1 });
  const job = list.data?.rows[0]?.id === jobId ? list.data.rows[0] : undefined;
  const status = job?.status;
  const code = job?.lastErrorCode ?? null;

  useEffect(() => {
    if (status === 'done') {
      notifications.update({
        id: testPageNotice(jobId),
        color: 'green',
        loading: false,
        title: undefined,
        message: t('settings.testPrinted', { name: printerName }),
        autoClose: 4000,
      });
      onSettled(jobId);
    } else if (status === 'failed' || status === 'cancelled' || (status === 'queued' && code !== null)) {
      notifications.update({
        id: testPageNotice(jobId),
        color: 'red',
        loading: false,
        title: t('settings.testFailed', { name: printerName }),
        message: status === 'cancelled' && code === null ? t('status.cancelled') : printErrorText(t, code),
        autoClose: false,
        withCloseButton: true,
      });
      onSettled(jobId);
    }
  }, [status, code, jobId, printerName, t, onSettled]);
  return null;
}
