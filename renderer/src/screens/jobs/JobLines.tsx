import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { useMoney } from './useMoney.ts';

const LINE_COLOUR = { pending: 'yellow', accepted: 'green', refused: 'gray' } as const;

/** The work and parts with their status, then the estimate, the deposit and what is owed. */
export function JobLines({ job }: { job: Job }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const money = useMoney();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('page.lines')}</Title>
        <Table verticalSpacing={4} data-testid="job-lines">
          <Table.Tbody>
            {job.lines.map((l) => (
              <Table.Tr key={l.id} data-testid="job-line" style={{ opacity: l.status === 'refused' ? 0.6 : 1 }}>
                <Table.Td>
                  <Text size="sm" td={l.status === 'refused' ? 'line-through' : undefined}>
                    {l.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`jobs:lineKinds.${l.kind}`)} × {l.quantity}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="sm" variant="light" color={LINE_COLOUR[l.status]}>
                      {t(`page.lineStatus.${l.status}`)}
                    </Badge>
                    {l.warrantyCovered && (
                      <Badge size="sm" variant="outline" color="teal">
                        {t('page.covered')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {money(l.quantity * l.unitPriceMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Stack gap={2} align="flex-end">
          <Text size="sm">
            {t('page.estimate')}: <b>{money(job.estimateMinor)}</b>
          </Text>
          <Text size="sm">
            {t('page.deposit')}: {money(job.depositMinor)}
          </Text>
          <Text size="md" fw={700} c={job.owedMinor > 0 ? 'red.8' : undefined} data-testid="job-owed">
            {t('page.owed')}: {money(job.owedMinor)}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
