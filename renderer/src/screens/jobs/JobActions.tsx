import { Alert, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../session/session.tsx';
import { OFFERS, offeredEvents } from './jobMoves.ts';
import type { JobMover } from './useJobMover.tsx';

/** The events this role is offered in the job's status, each with its key; a refusal says why beside it. */
export function JobActions({ job, mover }: { job: Job; mover: JobMover }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const role = useSignedIn().staff.role;
  const events = offeredEvents(job.status, role);
  useScreenHotkeys(
    events.map((type) => [
      OFFERS[type].key.toLowerCase(),
      () => {
        if (!mover.open) mover.start(job, type);
      },
    ]),
  );
  const refusal = mover.refusal?.jobId === job.id && !mover.open ? mover.refusal : null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('page.actions')}</Title>
        {events.length === 0 && <Text c="dimmed">{t('page.noActions')}</Text>}
        <Group gap="xs">
          {events.map((type) => (
            <Button
              key={type}
              variant={refusal?.type === type ? 'outline' : 'default'}
              color={refusal?.type === type ? 'red' : undefined}
              size="sm"
              rightSection={<Kbd size="xs">{OFFERS[type].key}</Kbd>}
              onClick={() => mover.start(job, type)}
            >
              {t(`actions.${type}`)}
            </Button>
          ))}
        </Group>
        {refusal && (
          <Alert color="red" title={t(`actions.${refusal.type}`)} data-testid="action-refusal">
            {refusal.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
