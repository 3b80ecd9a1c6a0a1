import { Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { formatDateTime } from '../../format.ts';

type Step = Job['trail'][number];

/** The words an event's own fields add to its step: a reason, a note, the check's result, the answer, the lines. */
function StepDetail({ step }: { step: Step }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const d = (step.detail ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.passed === 'boolean') parts.push(d.passed ? t('form.passed') : t('form.failed'));
  if (typeof d.decision === 'string' && typeof d.answeredBy === 'string' && typeof d.channel === 'string')
    parts.push(`${t(`form.${d.decision}`)} · ${d.answeredBy} · ${t(`jobs:channels.${d.channel}`)}`);
  if (Array.isArray(d.lines)) parts.push((d.lines as { description?: string }[]).map((l) => l.description ?? '').join(', '));
  if (typeof d.reason === 'string' && d.reason) parts.push(d.reason);
  if (typeof d.note === 'string' && d.note) parts.push(d.note);
  if (parts.length === 0) return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {parts.join(' — ')}
    </Text>
  );
}

/** The job's trail, oldest first: what happened, who did it and when, with its notes. */
export function JobTimeline({ job }: { job: Job }) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('page.timeline')}</Title>
        <Timeline bulletSize={14} lineWidth={2} active={job.trail.length - 1} data-testid="job-trail">
          {job.trail.map((step) => (
            <Timeline.Item
              key={`${step.id}-${step.at}`}
              data-testid="trail-step"
              title={
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t(`jobs:events.${step.event}`, { defaultValue: step.event })}
                  </Text>
                  {step.from !== step.to && (
                    <Badge size="xs" variant="light" color="gray">
                      {t(`jobs:statuses.${step.to}`)}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {t('page.by', { name: step.byName ?? '—', when: formatDateTime(step.at) })}
              </Text>
              <StepDetail step={step} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
