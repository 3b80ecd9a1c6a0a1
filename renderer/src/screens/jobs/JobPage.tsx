import { useEffect, useRef, type ReactNode } from 'react';
import { Anchor, Badge, Center, Grid, Group, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FINAL_STATUSES } from '../../../../shared/contract/job-events.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { useOp } from '../../api/hooks.ts';
import { formatDateTime } from '../../format.ts';
import { JobActions } from './JobActions.tsx';
import { JobFacts } from './JobFacts.tsx';
import { JobLines } from './JobLines.tsx';
import { JobPhotos } from './JobPhotos.tsx';
import { JobTimeline } from './JobTimeline.tsx';
import { isBoardStatus, STATUS_COLOUR } from './jobMoves.ts';
import { useJobMover } from './useJobMover.tsx';

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

/** `now`: when the job was read (the overdue mark is as of then). */
function JobHeader({ job, now }: { job: Job; now: number }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const overdue =
    job.promisedReadyAt !== null && job.status !== 'ready' && !FINAL_STATUSES.includes(job.status) && Date.parse(job.promisedReadyAt) < now;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
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
      </Group>
    </Paper>
  );
}

/** One job: its facts, lines and money, its timeline and photos, and what can be done to it now. */
export function JobPage() {
  const { t } = useTranslation('jobBoard');
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const job = useOp('jobs.get', { jobId: valid ? id : 1 }, { enabled: valid });
  const board = useOp('jobs.board', { technicianId: null, serviceId: null, assetKind: null });
  const mover = useJobMover(board.data?.technicians ?? []);
  const back = () => void navigate('/jobs');
  // Escape in a dialog closes only the dialog: whether one was open is noted before the dialog's own
  // listener (registered later, so called later) closes it.
  const dialogAtKey = useRef(false);
  useEffect(() => {
    const note = () => {
      dialogAtKey.current = document.querySelector('[role="dialog"]') !== null;
    };
    window.addEventListener('keydown', note, { capture: true });
    return () => window.removeEventListener('keydown', note, { capture: true });
  }, []);
  useHotkeys([['Escape', () => dialogAtKey.current || back()]]);

  const backLink = (
    <Anchor component="button" onClick={back} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {t('page.back')}
        <Kbd size="xs">Esc</Kbd>
      </Group>
    </Anchor>
  );
  if (!valid || job.isError) {
    return (
      <Stack>
        {backLink}
        <Text c="dimmed">{t('page.notFound')}</Text>
      </Stack>
    );
  }
  if (!job.data) {
    return (
      <Center h={200} data-loading>
        <Loader />
      </Center>
    );
  }
  const j = job.data;
  return (
    <Stack gap="md" data-testid="job-page">
      {backLink}
      <JobHeader job={j} now={job.dataUpdatedAt} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <JobActions job={j} mover={mover} />
            <JobLines job={j} />
            <JobFacts job={j} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <JobTimeline job={j} />
            <JobPhotos media={j.media} />
          </Stack>
        </Grid.Col>
      </Grid>
      {mover.dialogs}
    </Stack>
  );
}
