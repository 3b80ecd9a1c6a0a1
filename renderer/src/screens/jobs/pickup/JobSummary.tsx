import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../../shared/contract/jobs.ts';
import { formatDateTime } from '../../../format.ts';
import { isBoardStatus, STATUS_COLOUR } from '../jobMoves.ts';
import { useMoney } from '../useMoney.ts';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </Stack>
  );
}

/** The job being collected: number and status, customer and item, the work done with its total. */
export function JobSummary({ job, verifiedBy }: { job: Job; verifiedBy: string }) {
  const { t } = useTranslation(['jobPickup', 'jobs', 'jobBoard']);
  const money = useMoney();
  const work = job.lines.filter((l) => l.status === 'accepted');
  return (
    <Paper withBorder p="md" data-testid="pickup-summary">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Title order={3} ff="monospace" data-testid="pickup-job-number">
              {job.number}
            </Title>
            <Badge size="lg" color={isBoardStatus(job.status) ? STATUS_COLOUR[job.status] : 'gray'}>
              {t(`jobs:statuses.${job.status}`)}
            </Badge>
          </Group>
          <Badge variant="light" color="teal" size="lg" tt="none">
            {t('summary.verified', { how: verifiedBy })}
          </Badge>
        </Group>
        {job.status !== 'ready' && (
          <Alert color="yellow" data-testid="pickup-not-ready">
            {t('summary.notReady', { status: t(`jobs:statuses.${job.status}`) })}
          </Alert>
        )}
        <SimpleGrid cols={3}>
          <Fact label={t('summary.customer')} value={job.customerName} />
          <Fact label={t('summary.item')} value={job.assetLabel ?? t(`jobBoard:assetKinds.${job.assetKind}`)} />
          <Fact label={t('summary.readySince')} value={job.readyAt ? formatDateTime(job.readyAt) : '—'} />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('summary.work')}
        </Text>
        {work.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('summary.noWork')}
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {work.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.quantity === 1 ? l.description : `${l.description} × ${l.quantity}`}</Table.Td>
                  <Table.Td ta="right">{l.warrantyCovered ? t('summary.covered') : money(l.quantity * l.unitPriceMinor)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('summary.total')}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(job.estimateMinor)}
                </Table.Td>
              </Table.Tr>
              {job.depositMinor > 0 && (
                <Table.Tr>
                  <Table.Td c="dimmed">{t('summary.deposit')}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {money(job.depositMinor)}
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
