import { Badge, Checkbox, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINAL_STATUSES } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { COVERING_OUTCOMES } from '../../../../shared/contract/warranty-rules.ts';
import { contract } from '../../../../shared/contract/index.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { useSignedIn } from '../../session/session.tsx';
import { useMoney } from './useMoney.ts';

const LINE_COLOUR = { pending: 'yellow', accepted: 'green', refused: 'gray' } as const;

type Line = Job['lines'][number];

/** The warranty's mark on a line: a box staff tick while the job is open and its warranty covers work, else a badge when covered. */
function CoveredMark({ job, line, editable }: { job: Job; line: Line; editable: boolean }) {
  const { t } = useTranslation('jobBoard');
  const cover = useOpMutation('jobs.coverLine', { onError: (e) => notifyError(t, e) });
  if (!editable || line.status === 'refused')
    return line.warrantyCovered ? (
      <Badge size="sm" variant="outline" color="teal">
        {t('page.covered')}
      </Badge>
    ) : null;
  return (
    <Tooltip label={t('page.coveredHint')} openDelay={400}>
      <Checkbox
        size="xs"
        color="teal"
        label={t('page.covered')}
        checked={cover.isPending ? (cover.variables.covered ?? line.warrantyCovered) : line.warrantyCovered}
        disabled={cover.isPending}
        onChange={(e) => cover.mutate({ jobId: job.id, lineId: line.id, covered: e.currentTarget.checked })}
        data-testid="job-line-covered"
      />
    </Tooltip>
  );
}

/** The work and parts with their status, then the estimate, the deposit and what is owed; a covered line costs nothing (its price struck). */
export function JobLines({ job }: { job: Job }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const money = useMoney();
  const role = useSignedIn().staff.role;
  const editable =
    !FINAL_STATUSES.includes(job.status) &&
    job.warranty !== null &&
    COVERING_OUTCOMES.includes(job.warranty.outcome) &&
    contract['jobs.coverLine'].access.includes(role);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('page.lines')}</Title>
        <Table verticalSpacing={4} data-testid="job-lines">
          <Table.Tbody>
            {job.lines.map((l) => (
              <Table.Tr
                key={l.id}
                data-testid="job-line"
                data-covered={l.warrantyCovered}
                style={{ opacity: l.status === 'refused' ? 0.6 : 1 }}
              >
                <Table.Td>
                  <Text size="sm" td={l.status === 'refused' ? 'line-through' : undefined}>
                    {l.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`jobs:lineKinds.${l.kind}`)} × {l.quantity}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Badge size="sm" variant="light" color={LINE_COLOUR[l.status]}>
                      {t(`page.lineStatus.${l.status}`)}
                    </Badge>
                    <CoveredMark job={job} line={l} editable={editable} />
                  </Group>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {l.warrantyCovered ? (
                    <Stack gap={0} align="flex-end">
                      <Text size="xs" c="dimmed" td="line-through" ff="monospace">
                        {money(l.quantity * l.unitPriceMinor)}
                      </Text>
                      <Text size="sm" c="teal.8" ff="monospace" data-testid="job-line-amount">
                        {money(0)}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" ff="monospace" data-testid="job-line-amount">
                      {money(l.quantity * l.unitPriceMinor)}
                    </Text>
                  )}
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
