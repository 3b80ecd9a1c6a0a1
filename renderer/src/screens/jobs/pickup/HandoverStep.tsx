import { useState } from 'react';
import { Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Approval } from '../../../../../shared/contract/fields.ts';
import type { Job } from '../../../../../shared/contract/jobs.ts';
import { nameIn } from '../../../../../shared/names.ts';
import { APPROVER_ROLES } from '../../../../../shared/roles.ts';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError } from '../../../components/errors.ts';
import { ManagerApproval } from '../../../components/ManagerApproval.tsx';
import { SignaturePad } from '../../../components/SignaturePad.tsx';
import { useScreenHotkeys } from '../../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { AccessoriesCheck, type AccessoryBack } from './AccessoriesCheck.tsx';
import { JobSummary } from './JobSummary.tsx';
import { OwedBanner, settled } from './OwedBanner.tsx';
import type { Verified } from './VerifyStep.tsx';

export type HandedOver = Job & { printJobs: { id: number; kind: string; status: string }[] };

/** An override's PIN errors come back under proof.approval: the approval form knows them as approval.*. */
function asApprovalError(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace(/^proof\.approval/, 'approval'), v]));
  return new ApiError({ code: error.code, message: error.message, fields, params: error.params });
}

/**
 * The verified job: its summary, what is owed (settled first), every accessory ticked back, the
 * customer's signature, and "Hand over" (Enter). An override by a desk that is not a manager asks a
 * manager's PIN on the way.
 */
export function HandoverStep({ verified, onDone }: { verified: Verified; onDone: (job: HandedOver) => void }) {
  const { t, i18n } = useTranslation(['jobPickup', 'common']);
  const role = useSignedIn().staff.role;
  const current = useOp('jobs.get', { jobId: verified.job.id });
  const job = current.data ?? verified.job;
  const settings = useOp('jobs.settings.get');
  const pickup = useOpMutation('jobs.pickup');
  const [items, setItems] = useState<AccessoryBack[]>(() => verified.job.accessories.map((item) => ({ item, state: null, note: '' })));
  const [confirmed, setConfirmed] = useState(false);
  const [signature, setSignature] = useState<string | null>(null);
  const [errors, setErrors] = useState({ index: null as number | null, confirm: false, undecided: false, signature: false });
  const [approving, setApproving] = useState(false);
  const signatureRequired = settings.data?.required.pickupSignature ?? true;
  const nameOf = (item: string) => {
    const found = settings.data?.accessoriesChecklist.find((c) => c.key === item);
    return found ? nameIn(i18n.language, found) : item;
  };
  const ready = job.status === 'ready' && settled(job);

  const send = (approval: Approval | null) => {
    const proof = verified.proof.kind === 'override' ? { ...verified.proof, approval } : verified.proof;
    return pickup.mutateAsync({
      jobId: job.id,
      proof,
      accessories: items.map((a) => ({ item: a.item, state: a.state ?? 'returned', note: a.note })),
      missingConfirmed: confirmed,
      signature,
    });
  };

  const handOver = () => {
    if (!ready || pickup.isPending || approving) return;
    const missingWithoutNote = items.findIndex((a) => a.state === 'missing' && a.note.trim() === '');
    const found = {
      index: missingWithoutNote >= 0 ? missingWithoutNote : null,
      undecided: items.some((a) => a.state === null),
      confirm: items.some((a) => a.state === 'missing') && !confirmed,
      signature: signatureRequired && signature === null,
    };
    setErrors(found);
    if (found.index !== null || found.undecided || found.confirm || found.signature) return;
    if (verified.proof.kind === 'override' && !APPROVER_ROLES.includes(role)) {
      setApproving(true);
      return;
    }
    send(null).then(onDone, (error: unknown) => notifyError(t, error));
  };
  useScreenHotkeys([['Enter', handOver]]);
  // The screen's keys skip inputs: Enter on a tick (an accessory, the confirmation) hands over too.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLInputElement;
    if (e.key === 'Enter' && target.tagName === 'INPUT' && ['radio', 'checkbox'].includes(target.type)) handOver();
  };

  return (
    <Stack gap="md" data-testid="pickup-handover" onKeyDown={onKeyDown}>
      <JobSummary job={job} verifiedBy={t(`verifiedBy.${verified.proof.kind}`)} />
      <OwedBanner job={job} />
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={5}>{t('accessories.title')}</Title>
          <AccessoriesCheck
            items={items}
            nameOf={nameOf}
            onChange={setItems}
            confirmed={confirmed}
            onConfirm={setConfirmed}
            errors={errors}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-field="signature">
        <Stack gap="xs">
          <Title order={5}>{t('signature.label')}</Title>
          <Text size="xs" c="dimmed">
            {signatureRequired ? t('signature.required') : t('signature.optional')}
          </Text>
          <SignaturePad value={signature} onChange={setSignature} error={errors.signature ? t('signature.required') : undefined} />
        </Stack>
      </Paper>
      <Group justify="flex-end">
        <Button
          size="md"
          leftSection={<IconPackageExport size={18} />}
          rightSection={<Kbd size="xs">Enter</Kbd>}
          disabled={!ready}
          loading={pickup.isPending}
          onClick={handOver}
          data-testid="pickup-hand-over"
        >
          {t('handOver')}
        </Button>
      </Group>
      <ManagerApproval
        opened={approving}
        onClose={() => setApproving(false)}
        action={t('handOverAction', { number: job.number })}
        submitLabel={t('handOver')}
        onApprove={async (approval) => {
          try {
            const done = await send(approval);
            setApproving(false);
            onDone(done);
          } catch (error) {
            throw asApprovalError(error);
          }
        }}
      />
    </Stack>
  );
}
