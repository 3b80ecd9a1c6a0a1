import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCash, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Approval } from '../../../../../shared/contract/fields.ts';
import type { Job } from '../../../../../shared/contract/jobs.ts';
import { APPROVER_ROLES } from '../../../../../shared/roles.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { notifyError } from '../../../components/errors.ts';
import { ManagerApproval } from '../../../components/ManagerApproval.tsx';
import { useSignedIn } from '../../../session/session.tsx';
import { useMoney } from '../useMoney.ts';

type Settle = { type: 'markPaid' } | { type: 'approveCredit'; reason: string };

/** Whether the job may go: nothing owed, or a manager marked it paid or approved credit. */
export const settled = (job: Job): boolean =>
  job.owedMinor === 0 || job.settlement.paidMarkedBy !== null || job.settlement.creditApprovedBy !== null;

/**
 * What the customer owes, and that it must be settled before the item goes. Until the cashier comes, a
 * manager marks the job paid or approves credit here: the desk's own manager at once, anyone else with
 * a manager's PIN.
 */
export function OwedBanner({ job }: { job: Job }) {
  const { t } = useTranslation(['jobPickup', 'common']);
  const money = useMoney();
  const role = useSignedIn().staff.role;
  const manager = APPROVER_ROLES.includes(role);
  const settle = useOpMutation('jobs.pickupSettle');
  const [asking, setAsking] = useState<Settle | null>(null);
  const [crediting, setCrediting] = useState(false);
  const [reason, setReason] = useState('');

  if (job.owedMinor === 0) return null;
  if (settled(job))
    return (
      <Alert color="green" icon={<IconCircleCheck size={18} />} title={t('owed.done')} data-testid="pickup-settled">
        {job.settlement.paidMarkedBy !== null ? t('owed.paid') : t('owed.credit')}
      </Alert>
    );

  const run = (what: Settle, approval: Approval | null) => settle.mutateAsync({ jobId: job.id, settle: what, approval });
  const start = (what: Settle) => {
    if (manager) run(what, null).catch((error: unknown) => notifyError(t, error));
    else setAsking(what);
  };
  const amount = money(job.owedMinor);
  return (
    <Alert color="red" icon={<IconCash size={18} />} title={t('owed.title', { amount })} data-testid="pickup-owed">
      <Stack gap="sm">
        <Text size="sm">{t('owed.body')}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            color="red"
            onClick={() => start({ type: 'markPaid' })}
            loading={settle.isPending}
            data-testid="pickup-mark-paid"
          >
            {t('owed.markPaid')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setCrediting(true)}>
            {t('owed.approveCredit')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={crediting} onClose={() => setCrediting(false)} title={t('owed.creditTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() === '') return;
            setCrediting(false);
            start({ type: 'approveCredit', reason: reason.trim() });
          }}
          noValidate
        >
          <Stack>
            <Textarea
              label={t('owed.creditReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={200}
              data-autofocus
              withAsterisk
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCrediting(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" disabled={reason.trim() === ''}>
                {t('owed.approveCredit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ManagerApproval
        opened={asking !== null}
        onClose={() => setAsking(null)}
        action={
          asking?.type === 'approveCredit'
            ? t('owed.approveCreditAction', { number: job.number, amount })
            : t('owed.approvePaid', { number: job.number, amount })
        }
        onApprove={async (approval) => {
          if (!asking) return;
          await run(asking, approval);
          setAsking(null);
        }}
      />
    </Alert>
  );
}
