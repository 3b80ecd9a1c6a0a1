import { useState } from 'react';
import { Button, Group, Kbd, Paper, Stack, Title } from '@mantine/core';
import { IconPrinter, IconTag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { PrintStatus, type FollowedDocument } from '../../components/PrintStatus.tsx';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';

type Copy = 'customer' | 'shop';
type Reprinted = Extract<FollowedDocument, 'customerCopy' | 'shopCopy' | 'deviceLabel'>;

const ORDER: readonly Reprinted[] = ['customerCopy', 'shopCopy', 'deviceLabel'];
const COPY_DOCUMENT: Record<Copy, Reprinted> = { customer: 'customerCopy', shop: 'shopCopy' };

/**
 * The job's ticket (the customer's or the shop's copy) and its device label printed again, as the job
 * stands now; how each one's latest print goes is shown under the buttons. K prints the customer's copy, L the label.
 */
export function JobReprints({ job, keysOn }: { job: Job; keysOn: boolean }) {
  const { t } = useTranslation('jobBoard');
  // Each document's latest print job from here (null: no printer takes it), to follow until it has printed.
  const [sent, setSent] = useState<Partial<Record<Reprinted, number | null>>>({});
  const ticket = useOpMutation('jobs.printTicket', {
    onSuccess: (r, input) => {
      const document = COPY_DOCUMENT[input.copies === 'shop' ? 'shop' : 'customer'];
      setSent((s) => ({ ...s, [document]: r.printJobs[0]?.id ?? null }));
    },
    onError: (e) => notifyError(t, e),
  });
  const label = useOpMutation('jobs.printLabel', {
    onSuccess: (r) => setSent((s) => ({ ...s, deviceLabel: r.printJobs[0]?.id ?? null })),
    onError: (e) => notifyError(t, e),
  });
  // A document already on its way is not sent twice; the ticket and the label do not wait for each other.
  const printTicket = (copies: Copy) => ticket.isPending || ticket.mutate({ jobId: job.id, copies });
  const printLabel = () => label.isPending || label.mutate({ jobId: job.id });
  const buttons = [
    {
      document: 'customerCopy',
      label: 'page.printCustomerCopy',
      key: 'k',
      pending: ticket.isPending && ticket.variables.copies === 'customer',
      print: () => printTicket('customer'),
    },
    {
      document: 'shopCopy',
      label: 'page.printShopCopy',
      key: null,
      pending: ticket.isPending && ticket.variables.copies === 'shop',
      print: () => printTicket('shop'),
    },
    { document: 'deviceLabel', label: 'page.printLabel', key: 'l', pending: label.isPending, print: printLabel },
  ] as const;
  useScreenHotkeys(keysOn ? buttons.flatMap((b) => (b.key ? [[b.key, b.print] as const] : [])) : []);
  return (
    <Paper withBorder p="md" data-testid="job-reprints">
      <Stack gap="sm">
        <Title order={4}>{t('page.print')}</Title>
        <Group gap="xs">
          {buttons.map((b) => (
            <Button
              key={b.document}
              variant="default"
              size="sm"
              leftSection={b.document === 'deviceLabel' ? <IconTag size={16} /> : <IconPrinter size={16} />}
              rightSection={b.key ? <Kbd size="xs">{b.key.toUpperCase()}</Kbd> : undefined}
              loading={b.pending}
              onClick={b.print}
            >
              {t(b.label)}
            </Button>
          ))}
        </Group>
        {ORDER.map((document) =>
          sent[document] === undefined ? null : (
            <PrintStatus key={`${document}-${sent[document]}`} printJobId={sent[document]} document={document} />
          ),
        )}
      </Stack>
    </Paper>
  );
}
