import { useState } from 'react';
import { Button, Group, Kbd, Paper, Stack, Title } from '@mantine/core';
import { IconPrinter, IconTag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { JobPrintStatus } from './JobPrintStatus.tsx';

type Copy = 'customer' | 'shop';

/** What was last sent to print from here, to follow: the print jobs and the document asked for. */
interface Sent {
  printJobs: PrintedJob[];
  asked: PrintedJob['kind'];
}

/**
 * The job's ticket (the customer's or the shop's copy) and its device label printed again, as the job
 * stands now; how the print goes is shown under the buttons. K prints the customer's copy, L the label.
 */
export function JobReprints({ job, keysOn }: { job: Job; keysOn: boolean }) {
  const { t } = useTranslation('jobBoard');
  const [sent, setSent] = useState<Sent | null>(null);
  const ticket = useOpMutation('jobs.printTicket', {
    onSuccess: (r) => setSent({ printJobs: r.printJobs, asked: 'jobTicket' }),
    onError: (e) => notifyError(t, e),
  });
  const label = useOpMutation('jobs.printLabel', {
    onSuccess: (r) => setSent({ printJobs: r.printJobs, asked: 'deviceLabel' }),
    onError: (e) => notifyError(t, e),
  });
  const busy = ticket.isPending || label.isPending;
  const printTicket = (copies: Copy) => busy || ticket.mutate({ jobId: job.id, copies });
  const printLabel = () => busy || label.mutate({ jobId: job.id });
  useScreenHotkeys(
    keysOn
      ? [
          ['k', () => printTicket('customer')],
          ['l', printLabel],
        ]
      : [],
  );
  return (
    <Paper withBorder p="md" data-testid="job-reprints">
      <Stack gap="sm">
        <Title order={4}>{t('page.print')}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            leftSection={<IconPrinter size={16} />}
            rightSection={<Kbd size="xs">K</Kbd>}
            loading={ticket.isPending && ticket.variables.copies === 'customer'}
            onClick={() => printTicket('customer')}
          >
            {t('page.printCustomerCopy')}
          </Button>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconPrinter size={16} />}
            loading={ticket.isPending && ticket.variables.copies === 'shop'}
            onClick={() => printTicket('shop')}
          >
            {t('page.printShopCopy')}
          </Button>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconTag size={16} />}
            rightSection={<Kbd size="xs">L</Kbd>}
            loading={label.isPending}
            onClick={printLabel}
          >
            {t('page.printLabel')}
          </Button>
        </Group>
        {sent && (
          <JobPrintStatus key={sent.printJobs.map((p) => p.id).join() || sent.asked} printJobs={sent.printJobs} asked={[sent.asked]} />
        )}
      </Stack>
    </Paper>
  );
}
