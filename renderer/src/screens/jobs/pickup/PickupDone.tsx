import { Alert, Button, Group, Kbd, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { useScreenHotkeys } from '../../../components/useScreenHotkeys.ts';
import type { HandedOver } from './HandoverStep.tsx';

/** The job is handed over: whether its delivery note printed, a reprint, the job, and the next pickup (Enter). */
export function PickupDone({ job, onNext }: { job: HandedOver; onNext: () => void }) {
  const { t } = useTranslation(['jobPickup', 'common']);
  const navigate = useNavigate();
  const reprint = useOpMutation('jobs.printDeliveryNote');
  const note = job.printJobs[0];
  useScreenHotkeys([['Enter', onNext]]);
  const printing = note === undefined ? t('done.noPrinter') : note.status === 'failed' ? t('done.printFailed') : t('done.printed');
  return (
    <Paper withBorder p="lg" maw={720} data-testid="pickup-done">
      <Stack gap="md">
        <Group gap="sm">
          <IconCircleCheck size={32} color="var(--mantine-color-green-6)" />
          <Title order={3}>{t('done.title', { number: job.number })}</Title>
        </Group>
        <Alert color={note?.status === 'failed' ? 'red' : note ? 'green' : 'yellow'} icon={<IconPrinter size={18} />}>
          {printing}
        </Alert>
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              loading={reprint.isPending}
              onClick={() =>
                reprint.mutate(
                  { jobId: job.id },
                  {
                    onSuccess: (r) =>
                      r.printJobs.length > 0
                        ? notifySuccess(t('done.reprinted'))
                        : notifications.show({ color: 'yellow', title: t('done.noPrinter'), message: undefined }),
                    onError: (error) => notifyError(t, error),
                  },
                )
              }
              data-testid="pickup-reprint"
            >
              {t('done.reprint')}
            </Button>
            <Button variant="default" onClick={() => void navigate(`/jobs/${job.id}`)}>
              {t('done.open')}
            </Button>
          </Group>
          <Button onClick={onNext} rightSection={<Kbd size="xs">Enter</Kbd>} data-autofocus data-testid="pickup-next">
            {t('done.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
