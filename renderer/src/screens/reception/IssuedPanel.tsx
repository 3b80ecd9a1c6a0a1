import { useState } from 'react';
import { Alert, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPrinter, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks.ts';
import { errorText, notifyError, notifySuccess } from '../../components/errors.ts';
import { formatWhen } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { useLocalName } from '../queue/names.ts';
import { PrintStatus } from '../../components/PrintStatus.tsx';
import type { IssuedNumber, Outcome } from './types.ts';
import { waitText } from '../../components/waitText.ts';

/** The confirmation after a key press: the number, large, with who is ahead, the wait and the slip. */
export function IssuedPanel({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('queue');
  if (outcome?.kind === 'refused') {
    const full = outcome.error.code === 'QUEUE_FULL';
    return (
      <Paper withBorder radius="lg" p="xl" data-testid="issue-refused">
        <Alert
          color={full ? STATUS.danger : STATUS.neutral}
          variant="light"
          icon={<IconInfoCircle />}
          title={t(full ? 'reception.refused.full' : 'reception.refused.closed')}
          radius="md"
        >
          <Text size="md">{errorText(t, outcome.error)}</Text>
        </Alert>
      </Paper>
    );
  }
  if (outcome?.kind === 'issued') return <Issued key={outcome.issued.ticket.id} issued={outcome.issued} />;
  return null;
}

function Issued({ issued }: { issued: IssuedNumber }) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const [jobId, setJobId] = useState(issued.printJobId);
  const reprint = useOpMutation('queue.reprintSlip', {
    onSuccess: (r) => {
      setJobId(r.printJobId);
      if (r.printJobId !== null) notifySuccess(t('reception.issued.reprinted'));
    },
    onError: (e) => notifyError(t, e),
  });
  const { ticket } = issued;
  return (
    <Paper withBorder radius="lg" p="md" data-testid="issued-panel" style={{ borderColor: 'var(--mantine-color-green-5)', borderWidth: 2 }}>
      <Stack gap="xs" align="stretch">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} c="green.8">
            {t('reception.issued.title')}
          </Title>
          <Group gap={6} wrap="nowrap">
            {ticket.priority && (
              <Badge color="green" variant="filled" leftSection={<IconStar size={12} />}>
                {t('reception.issued.priority')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t('reception.issued.issuedAt', { time: formatWhen(ticket.issuedAt) })}
            </Text>
          </Group>
        </Group>
        <Group gap="lg" wrap="nowrap" align="center">
          <Text
            fz={76}
            fw={800}
            lh={1}
            data-testid="issued-number"
            style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: 1, flex: 'none' }}
          >
            {ticket.number}
          </Text>
          <Stack gap={2} miw={0}>
            <Text fz="lg" fw={600} lineClamp={2}>
              {name(issued.service)}
            </Text>
            {ticket.customerName && (
              <Text c="dimmed" lineClamp={1}>
                {t('reception.issued.forCustomer', { name: ticket.customerName })}
              </Text>
            )}
          </Stack>
        </Group>
        <Group grow gap="sm">
          <Stat value={String(issued.ahead)} label={t('reception.issued.aheadLabel', { count: issued.ahead })} testId="issued-ahead" />
          <Stat value={waitText(t, issued.estimatedMinutes)} label={t('reception.issued.waitLabel')} testId="issued-wait" />
        </Group>
        <Divider />
        <Group justify="space-between" wrap="nowrap">
          <PrintStatus printJobId={jobId} document="queueSlip" />
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            loading={reprint.isPending}
            onClick={() => reprint.mutate({ ticketId: ticket.id })}
            style={{ flex: 'none' }}
          >
            {t('reception.issued.reprint')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Stat({ value, label, testId }: { value: string; label: string; testId: string }) {
  return (
    <Paper bg="gray.0" px="sm" py={6} radius="md" data-testid={testId}>
      <Text fz={22} fw={800} ta="center" lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" ta="center">
        {label}
      </Text>
    </Paper>
  );
}
