import { Button, Paper, Stack, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintStatus } from '../../../components/PrintStatus.tsx';

/** What a refund or a void issued: the refund receipts' numbers and how each prints. */
export function RefundDone({
  title,
  receipts,
  printJobs,
  onAnother,
}: {
  title: string;
  receipts: readonly { number: string }[];
  printJobs: readonly { id: number }[];
  onAnother: () => void;
}) {
  const { t } = useTranslation('cashierRefund');
  return (
    <Paper withBorder p="md" data-testid="refund-done">
      <Stack gap="sm">
        <Stack gap={4} align="flex-start">
          <IconCircleCheck size={32} color="var(--mantine-color-green-6)" />
          <Title order={4} data-testid="refund-done-title" data-receipts={receipts.map((r) => r.number).join(' ')}>
            {title}
          </Title>
        </Stack>
        {printJobs.map((job) => (
          <PrintStatus key={job.id} printJobId={job.id} document="receipt" />
        ))}
        {printJobs.length === 0 && receipts.length > 0 && <PrintStatus printJobId={null} document="receipt" />}
        <Button variant="default" w="fit-content" onClick={onAnother} data-testid="refund-another">
          {t('done.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
