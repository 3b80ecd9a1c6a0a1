import { useEffect, useRef } from 'react';
import { Grid, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useOp } from '../../api/hooks.ts';
import { JobActions } from './JobActions.tsx';
import { JobFacts } from './JobFacts.tsx';
import { JobHeader } from './JobHeader.tsx';
import { JobLines } from './JobLines.tsx';
import { JobPhotos } from './JobPhotos.tsx';
import { JobReprints } from './JobReprints.tsx';
import { JobTimeline } from './JobTimeline.tsx';
import { useJobMover } from './useJobMover.tsx';
import { BackLink, RecordLoading, RecordNotFound } from '../../components/RecordFrame.tsx';

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

  const backLink = <BackLink onBack={back} label={t('page.back')} />;
  if (!valid || job.isError) return <RecordNotFound back={backLink} text={t('page.notFound')} />;
  if (!job.data) return <RecordLoading />;
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
            <JobReprints job={j} keysOn={!mover.open} />
            <JobTimeline job={j} />
            <JobPhotos media={j.media} />
          </Stack>
        </Grid.Col>
      </Grid>
      {mover.dialogs}
    </Stack>
  );
}
