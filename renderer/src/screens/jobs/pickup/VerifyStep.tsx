import { useRef, useState } from 'react';
import { Anchor, Button, Group, Kbd, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconBarcode, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../../shared/contract/jobs.ts';
import type { PickupProof } from '../../../../../shared/contract/jobs-pickup.ts';
import { api } from '../../../api/client.ts';
import { isApiError } from '../../../api/errors.ts';
import { notifyError } from '../../../components/errors.ts';
import { useScanTarget } from '../useJobScanner.ts';

export interface Verified {
  job: Job;
  proof: PickupProof;
}

/**
 * The pickup's first step (keyed by the number filled in, so a preset one starts it afresh): the ticket scanned (checked at once), or the job number typed with the last
 * four digits of the customer's phone; a manager's override, with a reason, for someone who has neither.
 */
export function VerifyStep({ presetNumber, onVerified }: { presetNumber: string; onVerified: (v: Verified) => void }) {
  const { t } = useTranslation(['jobPickup', 'common']);
  const [number, setNumber] = useState(presetNumber);
  const [lastFour, setLastFour] = useState('');
  const [errors, setErrors] = useState<{ number?: string; lastFour?: string }>({});
  const [busy, setBusy] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const lastFourRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);

  const check = (proof: Extract<PickupProof, { kind: 'ticket' | 'phone' }>) => {
    setBusy(true);
    setErrors({});
    api.call('jobs.pickupVerify', { proof }).then(
      (job) => {
        setBusy(false);
        onVerified({ job, proof });
      },
      (error: unknown) => {
        setBusy(false);
        if (isApiError(error) && error.fields['proof.lastFour']) {
          setErrors({ lastFour: t('verify.lastFourWrong') });
          lastFourRef.current?.select();
        } else if (isApiError(error) && error.fields['proof.number']) {
          setErrors({ number: t('verify.numberWrong') });
          numberRef.current?.select();
        } else notifyError(t, error);
      },
    );
  };
  useScanTarget((scanned) => {
    setNumber(scanned);
    check({ kind: 'ticket', number: scanned });
  });

  const submit = () => {
    const wrong = {
      ...(number.trim() === '' ? { number: t('verify.numberRequired') } : {}),
      ...(/^\d{4}$/.test(lastFour) ? {} : { lastFour: t('verify.lastFourFormat') }),
    };
    setErrors(wrong);
    if (wrong.number) numberRef.current?.focus();
    else if (wrong.lastFour) lastFourRef.current?.focus();
    else check({ kind: 'phone', number: number.trim(), lastFour });
  };

  const override = () => {
    if (number.trim() === '' || reason.trim() === '') return;
    api.call('jobs.byNumber', { number: number.trim() }).then(
      (job) => {
        setOverriding(false);
        onVerified({ job, proof: { kind: 'override', reason: reason.trim(), approval: null } });
      },
      (error: unknown) => {
        setOverriding(false);
        if (isApiError(error) && error.code === 'NOT_FOUND') setErrors({ number: t('verify.numberWrong') });
        else notifyError(t, error);
      },
    );
  };

  return (
    <Paper withBorder p="lg" maw={720} data-testid="pickup-verify">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Group gap="xs" c="dimmed">
            <IconBarcode size={18} />
            <Text size="sm">{t('verify.scanHint')}</Text>
          </Group>
          <Group align="flex-start" grow wrap="nowrap">
            <TextInput
              ref={numberRef}
              label={t('verify.number')}
              placeholder={t('verify.numberPlaceholder')}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={errors.number}
              autoFocus={presetNumber === ''}
              autoComplete="off"
              ff="monospace"
              data-testid="pickup-number"
            />
            <TextInput
              ref={lastFourRef}
              label={t('verify.lastFour')}
              description={t('verify.lastFourHint')}
              value={lastFour}
              onChange={(e) => setLastFour(e.currentTarget.value.replace(/\D/g, '').slice(0, 4))}
              error={errors.lastFour}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              autoFocus={presetNumber !== ''}
              data-testid="pickup-last-four"
            />
          </Group>
          <Group justify="space-between">
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {t('verify.lostBoth')}
              </Text>
              <Anchor component="button" type="button" size="sm" onClick={() => setOverriding(true)} data-testid="pickup-override">
                {t('verify.override')}
              </Anchor>
            </Group>
            <Button type="submit" loading={busy} rightSection={<Kbd size="xs">Enter</Kbd>} data-testid="pickup-check">
              {t('verify.find')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={overriding} onClose={() => setOverriding(false)} title={t('verify.overrideTitle')} size="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            override();
          }}
          noValidate
        >
          <Stack>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconShieldCheck size={20} />
              <Text size="sm">{t('verify.overrideIntro')}</Text>
            </Group>
            <TextInput
              label={t('verify.number')}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              ff="monospace"
              withAsterisk
              data-autofocus={number === '' ? true : undefined}
            />
            <Textarea
              label={t('verify.overrideReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={200}
              autosize
              minRows={2}
              withAsterisk
              data-autofocus={number !== '' ? true : undefined}
              data-testid="pickup-override-reason"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOverriding(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" disabled={number.trim() === '' || reason.trim() === ''}>
                {t('verify.overrideContinue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
