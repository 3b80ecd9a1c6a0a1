import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainCheck } from '../../../../shared/contract/cashier-integrity.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess, translateFieldMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../format.ts';
import { useSignedIn } from '../../session/session.tsx';
import { useMoney } from '../jobs/useMoney.ts';
import { useProblemText } from './useProblemText.ts';

/**
 * Settings → Backups: the money records check. The last check (at start-up or from here) and what it
 * found; "Check now" for a manager or an admin; an admin acknowledges a broken chain with a note.
 */
export function MoneyChainCard() {
  const { t } = useTranslation('cashierIntegrity');
  const { staff } = useSignedIn();
  const status = useOp('cashier.integrity.status');
  const [acknowledging, setAcknowledging] = useState<ChainCheck | null>(null);
  const check = useOpMutation('cashier.integrity.check', { onError: (error) => notifyError(t, error) });
  const latest = status.data?.latest ?? null;
  const warning = status.data?.warning ?? null;

  return (
    <Paper withBorder p="md" data-testid="money-chain-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{t('panel.title')}</Title>
          <Button variant="light" loading={check.isPending} onClick={() => check.mutate({})} data-testid="money-chain-run">
            {t('panel.run')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('panel.intro')}
        </Text>
        {latest ? <CheckResult check={latest} known={status.data?.known ?? null} /> : <Text c="dimmed">{t('panel.never')}</Text>}
        {warning &&
          (staff.role === 'admin' ? (
            <Group>
              <Button color="red" onClick={() => setAcknowledging(warning)} data-testid="money-chain-acknowledge">
                {t('panel.acknowledge')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('panel.onlyAdmin')}
            </Text>
          ))}
      </Stack>
      <AcknowledgeDialog check={acknowledging} onClose={() => setAcknowledging(null)} />
    </Paper>
  );
}

function CheckResult({ check, known }: { check: ChainCheck; known: ChainCheck['acknowledged'] }) {
  const { t } = useTranslation('cashierIntegrity');
  const money = useMoney();
  const problemText = useProblemText();
  const acknowledgement = check.acknowledged ?? known;
  const when = t('panel.last', { at: formatDateTime(check.at), trigger: t(`panel.trigger.${check.trigger}`) });
  return (
    <Stack gap={6} data-testid="money-chain-result" data-ok={check.ok}>
      <Group gap="xs">
        <Badge
          color={check.ok ? 'teal' : 'red'}
          variant="light"
          size="lg"
          tt="none"
          leftSection={check.ok ? <IconShieldCheck size={14} /> : <IconShieldExclamation size={14} />}
        >
          {when}
        </Badge>
        {check.byName && (
          <Text size="sm" c="dimmed">
            {t('panel.byWhom', { name: check.byName })}
          </Text>
        )}
      </Group>
      {check.problem ? (
        <Alert color="red" title={t('panel.broken')}>
          <Text size="sm" data-testid="money-chain-problem">
            {problemText(check.problem)}
          </Text>
        </Alert>
      ) : (
        <Text size="sm">{t('panel.whole', { count: check.checked, total: money(check.grandTotalMinor) })}</Text>
      )}
      {acknowledgement && (
        <Text size="sm" c="dimmed" data-testid="money-chain-acknowledged">
          {t(check.acknowledged ? 'panel.acknowledged' : 'panel.known', {
            name: acknowledgement.byName,
            at: formatDateTime(acknowledgement.at),
            note: acknowledgement.note,
          })}
        </Text>
      )}
    </Stack>
  );
}

function AcknowledgeDialog({ check, onClose }: { check: ChainCheck | null; onClose: () => void }) {
  const { t } = useTranslation('cashierIntegrity');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const close = () => {
    setNote('');
    setNoteError(null);
    onClose();
  };
  const acknowledge = useOpMutation('cashier.integrity.acknowledge', {
    onSuccess: () => {
      notifySuccess(t('panel.acknowledgedDone'));
      close();
    },
    onError: (error) => {
      if (error.fields.note) setNoteError(translateFieldMessage(t, error.fields.note));
      else notifyError(t, error);
    },
  });
  return (
    <Modal opened={check !== null} onClose={close} title={t('panel.acknowledgeTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('panel.acknowledgeBody')}</Text>
        <Textarea
          label={t('panel.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={noteError}
          autosize
          minRows={3}
          maxLength={500}
          data-autofocus
          data-testid="money-chain-note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={acknowledge.isPending}
            onClick={() => {
              if (!note.trim()) setNoteError(t('panel.noteRequired'));
              else if (check) acknowledge.mutate({ checkId: check.id, note });
            }}
            data-testid="money-chain-confirm"
          >
            {t('panel.acknowledge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
