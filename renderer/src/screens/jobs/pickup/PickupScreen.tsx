import { useState } from 'react';
import { Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOp } from '../../../api/hooks.ts';
import { useScreenHotkeys } from '../../../components/useScreenHotkeys.ts';
import { HandoverStep, type HandedOver } from './HandoverStep.tsx';
import { PICKUP_KEY_LABEL } from './pickupPath.ts';
import { PickupDone } from './PickupDone.tsx';
import { VerifyStep, type Verified } from './VerifyStep.tsx';

/**
 * Handing a finished job back (/jobs/pickup, Shift+F5; `?job=` when a job's page opened it): who
 * collects proves it, then the summary, what is owed, the accessories, the signature and "Hand over";
 * then the delivery note prints and the next pickup starts with Enter.
 */
export function PickupScreen() {
  const { t } = useTranslation(['jobPickup', 'jobBoard']);
  const [params, setParams] = useSearchParams();
  const preset = Number(params.get('job')) || null;
  const presetJob = useOp('jobs.get', { jobId: preset ?? 0 }, { enabled: preset !== null });
  const [verified, setVerified] = useState<Verified | null>(null);
  const [done, setDone] = useState<HandedOver | null>(null);
  const restart = () => {
    setVerified(null);
    setDone(null);
    if (preset !== null) setParams({}, { replace: true });
  };
  useScreenHotkeys([['Escape', () => verified && !done && restart()]]);

  return (
    <Stack gap="md" maw={960} data-loading={preset !== null && presetJob.isPending ? true : undefined}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Group gap="xs">
            <Title order={2}>{t('title')}</Title>
            <Kbd>{PICKUP_KEY_LABEL}</Kbd>
          </Group>
          <Text size="sm" c="dimmed">
            {t('subtitle')}
          </Text>
        </Stack>
        {verified && !done && (
          <Button variant="default" onClick={restart} rightSection={<Kbd size="xs">Esc</Kbd>}>
            {t('summary.change')}
          </Button>
        )}
      </Group>
      {done ? (
        <PickupDone job={done} onNext={restart} />
      ) : verified ? (
        <HandoverStep key={verified.job.id} verified={verified} onDone={setDone} />
      ) : (
        <VerifyStep
          key={presetJob.data?.number ?? ''}
          presetNumber={preset !== null ? (presetJob.data?.number ?? '') : ''}
          onVerified={setVerified}
        />
      )}
    </Stack>
  );
}
