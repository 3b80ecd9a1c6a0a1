import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contract/jobs.ts';
import { nameIn } from '../../../../shared/names.ts';
import { reasonOptions } from '../../../../shared/warranty-words.ts';
import { useOp } from '../../api/hooks.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** What was said and found, what was left with the item, its condition, the warranty, the passcode. */
export function JobFacts({ job }: { job: Job }) {
  const { t, i18n } = useTranslation(['jobBoard', 'warranty']);
  const settings = useOp('jobs.settings.get');
  const named = (list: 'conditionChecklist' | 'accessoriesChecklist', key: string) => {
    const item = settings.data?.[list].find((i) => i.key === key);
    return item ? nameIn(i18n.language, item) : key;
  };
  const w = job.warranty;
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Section title={t('page.fault')}>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="job-fault">
            {job.fault}
          </Text>
        </Section>
        <Section title={t('page.findings')}>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={job.findings ? undefined : 'dimmed'} data-testid="job-findings">
            {job.findings || t('page.noFindings')}
          </Text>
        </Section>
        <Section title={t('page.accessories')}>
          {job.accessories.length === 0 ? (
            <Text c="dimmed">{t('page.noAccessories')}</Text>
          ) : (
            <Group gap={6}>
              {job.accessories.map((a) => (
                <Badge key={a} variant="light" color="gray">
                  {named('accessoriesChecklist', a)}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
        {Object.keys(job.condition).length > 0 && (
          <Section title={t('page.condition')}>
            <Group gap={6}>
              {Object.entries(job.condition).map(([key, c]) => (
                <Badge key={key} variant="light" color={c.state === 'ok' ? 'gray' : 'orange'} title={c.note}>
                  {named('conditionChecklist', key)}: {c.state === 'ok' ? t('page.ok') : t('page.damaged')}
                  {c.note ? ` (${c.note})` : ''}
                </Badge>
              ))}
            </Group>
          </Section>
        )}
        <Section title={t('page.warranty')}>
          {w ? (
            <Stack gap={2} data-testid="job-warranty">
              <Title order={5}>{t(`warranty:outcomes.${w.outcome}`)}</Title>
              {w.override ? (
                <Text size="sm">{t('page.override', { reason: w.override.reason })}</Text>
              ) : (
                w.computed.reasons.map((r) => (
                  <Text key={r.code} size="sm">
                    {t(`warranty:reasons.${r.code}`, reasonOptions(r.params))}
                  </Text>
                ))
              )}
            </Stack>
          ) : (
            <Text c="dimmed">{t('page.noWarranty')}</Text>
          )}
        </Section>
        {job.hasPasscode && (
          <Section title={t('page.passcode')}>
            {job.passcode !== null ? (
              <Text ff="monospace" data-testid="job-passcode">
                {job.passcode}
              </Text>
            ) : (
              <Text c="dimmed">{t('page.passcodeHidden')}</Text>
            )}
          </Section>
        )}
      </Stack>
    </Paper>
  );
}
