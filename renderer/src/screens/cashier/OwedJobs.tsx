import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../../shared/contract/index.ts';
import { useMoney } from '../jobs/useMoney.ts';

export type OwedJob = OpOutput<'jobs.readyList'>[number];

/** Ready jobs with something owed, the longest waiting first: a click (or ↑ ↓ and Enter from the number box) bills one. */
export function OwedJobs({ jobs, active, onPick }: { jobs: readonly OwedJob[]; active: number; onPick: (job: OwedJob) => void }) {
  const { t } = useTranslation('cashierTill');
  const money = useMoney();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={5}>{t('start.owedTitle')}</Title>
        {jobs.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="till-owed-empty">
            {t('start.owedEmpty')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('start.owedKeys')}
            </Text>
            <Table verticalSpacing={6} highlightOnHover data-testid="till-owed-jobs">
              <Table.Tbody>
                {jobs.map((job, i) => (
                  <Table.Tr
                    key={job.id}
                    data-testid="till-owed-job"
                    data-number={job.number}
                    aria-selected={i === active}
                    bg={i === active ? 'var(--mantine-primary-color-light)' : undefined}
                    style={{ cursor: 'pointer' }}
                    onClick={() => onPick(job)}
                  >
                    <Table.Td>
                      <Text ff="monospace" fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {job.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {job.customerName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={1}>
                        {job.assetLabel ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Badge color="red" variant="light" size="lg" tt="none" ff="monospace" styles={{ label: { overflow: 'visible' } }}>
                        {money(job.owedMinor)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
