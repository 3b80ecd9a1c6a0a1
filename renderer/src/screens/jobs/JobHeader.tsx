import type { ReactNode } from 'react';
import { Anchor, Badge, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconCreditCard, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FINAL_STATUSES, type JobEventType } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { formatDateTime } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { isBoardStatus, STATUS_COLOUR } from './jobMoves.ts';
import { useMoney } from './useMoney.ts';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500} component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** When a mark was last set: the latest step of the event that sets it. */
const lastAt = (job: Job, event: JobEventType) => job.trail.findLast((s) => s.event === event)?.at ?? null;

/** One mark: done (a green tick, by whom and when) or still to do (a grey dashed circle). */
function Mark(props: {
  label: string;
  by: string | null;
  at: string | null;
  color?: string;
  icon?: ReactNode;
  testId: string;
  extra?: string;
}) {
  const { t } = useTranslation('jobBoard');
  const done = props.by !== null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" data-testid={props.testId} data-done={done}>
      <ThemeIcon size="md" radius="xl" variant={done ? 'filled' : 'light'} color={done ? (props.color ?? STATUS.ok) : STATUS.neutral}>
        {done ? (props.icon ?? <IconCheck size={16} />) : <IconCircleDashed size={16} />}
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="sm" fw={done ? 600 : 400} c={done ? undefined : 'dimmed'}>
          {props.label}
        </Text>
        {done && (
          <Text size="xs" c="dimmed">
            {props.at ? t('page.by', { name: props.by, when: formatDateTime(props.at) }) : props.by}
            {props.extra ? ` · ${props.extra}` : ''}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** The quality check is shown once the job has reached it. */
const qcReached = (job: Job) => ['qualityCheck', 'ready', 'delivered'].includes(job.status) || job.qc.selfCheckBy !== null;

/** The quality check: each check passed, by whom and when, or still to do. */
function QcMarks({ job }: { job: Job }) {
  const { t } = useTranslation('jobBoard');
  const { qc } = job;
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {t('page.qc')}
      </Text>
      <Mark
        testId="job-qc-self"
        label={qc.selfCheckBy !== null ? t('page.qcSelf') : t('page.qcSelfWaiting')}
        by={qc.selfCheckByName}
        at={lastAt(job, 'qcSelfCheck')}
      />
      <Mark
        testId="job-qc-second"
        label={qc.secondCheckBy !== null ? t('page.qcSecond') : t('page.qcSecondWaiting')}
        by={qc.secondCheckByName}
        at={lastAt(job, 'qcSecondCheck')}
      />
    </Stack>
  );
}

/** What the customer owes, large, and the manager's marks that let the item go without it. */
function MoneyMarks({ job }: { job: Job }) {
  const { t } = useTranslation('jobBoard');
  const money = useMoney();
  const { settlement: s } = job;
  const settled = s.paidMarkedBy !== null || s.creditApprovedBy !== null;
  const owedColour = job.owedMinor === 0 || s.paidMarkedBy !== null ? STATUS.ok : s.creditApprovedBy !== null ? 'orange' : STATUS.danger;
  return (
    <Stack gap={6} align="flex-end">
      <Text size="xs" c="dimmed">
        {t('page.owed')}
      </Text>
      <Text fz={26} fw={800} ff="monospace" c={`${owedColour}.8`} lh={1} data-testid="job-header-owed" data-owed={job.owedMinor}>
        {money(job.owedMinor)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('page.owedOf', { estimate: money(job.estimateMinor), deposit: money(job.depositMinor) })}
      </Text>
      {!settled && job.owedMinor > 0 && (
        <Badge color={STATUS.danger} variant="light" data-testid="job-unsettled">
          {t('page.notSettled')}
        </Badge>
      )}
      {s.paidMarkedBy !== null && (
        <Mark
          testId="job-paid"
          label={t('page.paidMarked')}
          by={s.paidMarkedByName}
          at={lastAt(job, 'markPaid')}
          icon={<IconReceipt size={16} />}
        />
      )}
      {s.creditApprovedBy !== null && (
        <Mark
          testId="job-credit"
          label={t('page.creditApproved')}
          by={s.creditApprovedByName}
          at={lastAt(job, 'approveCredit')}
          color="orange"
          icon={<IconCreditCard size={16} />}
          extra={s.creditReason ?? undefined}
        />
      )}
    </Stack>
  );
}

/** The job's number and status, whose it is and when it was promised, its quality check and what is owed. `now`: when it was read. */
export function JobHeader({ job, now }: { job: Job; now: number }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const overdue =
    job.promisedReadyAt !== null && job.status !== 'ready' && !FINAL_STATUSES.includes(job.status) && Date.parse(job.promisedReadyAt) < now;
  return (
    <Paper withBorder p="md" data-testid="job-header">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2} ff="monospace" data-testid="job-number">
              {job.number}
            </Title>
            <Badge size="lg" color={isBoardStatus(job.status) ? STATUS_COLOUR[job.status] : 'gray'} data-testid="job-status">
              {t(`jobs:statuses.${job.status}`)}
            </Badge>
          </Group>
          <Group gap="xl" align="flex-start" wrap="nowrap">
            <Fact label={t('page.customer')}>
              <Anchor component={Link} to={`/customers/${job.customerId}`}>
                {job.customerName}
              </Anchor>
            </Fact>
            <Fact label={t('page.asset')}>{job.assetLabel ?? t(`assetKinds.${job.assetKind}`)}</Fact>
            <Fact label={t('page.promised')} testId="job-promise">
              <Group gap={6} wrap="nowrap">
                {job.promisedReadyAt ? formatDateTime(job.promisedReadyAt) : t('board.noPromise')}
                {overdue && (
                  <Badge color="red" variant="filled" size="sm">
                    {t('board.overdue')}
                  </Badge>
                )}
              </Group>
            </Fact>
            <Fact label={t('page.technician')} testId="job-technician">
              {job.technicianName ?? t('board.unassigned')}
            </Fact>
          </Group>
        </Stack>
        <Group gap="lg" align="flex-start" wrap="nowrap">
          {qcReached(job) && (
            <>
              <QcMarks job={job} />
              <Divider orientation="vertical" />
            </>
          )}
          <MoneyMarks job={job} />
        </Group>
      </Group>
    </Paper>
  );
}
