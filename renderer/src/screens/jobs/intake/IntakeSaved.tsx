import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../../../shared/contract/index.ts';
import { JobPrintStatus } from '../JobPrintStatus.tsx';
import { WarrantyVerdictView } from './WarrantyVerdictView.tsx';

/** The intake saved: its number large (written on the item's label), how its ticket and label print, the warranty's verdict, and what is still being sent. */
export function IntakeSaved(props: {
  job: OpOutput<'jobs.intake'>;
  photosLeft: number;
  photoFailures: number;
  onAnother: () => void;
  onOpen: () => void;
}) {
  const { job, photosLeft, photoFailures, onAnother, onOpen } = props;
  const { t } = useTranslation('jobIntake');
  return (
    <Paper withBorder radius="lg" p="xl" maw={760}>
      <Stack gap="md">
        <Group gap="sm">
          <IconCircleCheck size={32} color="var(--mantine-color-teal-6)" />
          <Title order={3}>{t('saved.title')}</Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('saved.number')}
        </Text>
        <Text fz={44} fw={800} ff="monospace" data-testid="intake-job-number">
          {job.number}
        </Text>
        <Text>
          {job.customerName}
          {job.assetLabel ? ` · ${job.assetLabel}` : ''}
        </Text>
        {photosLeft > 0 && <Text c="dimmed">{t('saved.sendingPhotos', { count: photosLeft })}</Text>}
        {photoFailures > 0 && <Text c="red">{t('saved.photosFailed', { count: photoFailures })}</Text>}
        <JobPrintStatus printJobs={job.printJobs} asked={['jobTicket', 'deviceLabel']} />
        {job.warranty && <WarrantyVerdictView verdict={job.warranty} />}
        <Group>
          <Button onClick={onOpen} data-testid="intake-open-job">
            {t('saved.open')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('saved.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
