import { useEffect, type ReactNode } from 'react';
import { Alert, Modal, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { IconShield } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { approval as approvalSchema, type Approval } from '../../../shared/contract/fields.ts';
import { APPROVER_ROLES } from '../../../shared/roles.ts';
import { useOp } from '../api/hooks.ts';
import { formatWhen } from '../format.ts';
import { applyServerErrors, useFieldErrorText } from './errors.ts';
import { FormActions } from './FormActions.tsx';

/** The form allows an empty choice while the approver is being picked; the contract decides on submit. */
const approvalForm = approvalSchema.extend({
  approverId: z
    .number({ error: 'is required' })
    .nullable()
    .refine((v) => v !== null, { message: 'is required' }),
});
type ApprovalValues = z.input<typeof approvalForm>;

interface ManagerApprovalProps {
  opened: boolean;
  onClose: () => void;
  /** What is being approved, in the staff member's words (shown above the form). */
  action: ReactNode;
  /** The button's label, e.g. "Restore" or "Approve discount". */
  submitLabel?: string;
  /**
   * Runs the privileged call with the approval. Throw the ApiError it fails with: errors on
   * `approval.approverId` and `approval.pin` land on this form, anything else is a notification.
   */
  onApprove: (approval: Approval) => Promise<unknown>;
}

/**
 * A manager's or admin's approval at the counter: choose who approves, they type their PIN. Gives the
 * caller `{ approverId, pin }` for the privileged operation (restores now; discounts, refunds and voids
 * later), which the station checks and records with the action.
 */
export function ManagerApproval({ opened, onClose, action, submitLabel, onApprove }: ManagerApprovalProps) {
  const { t } = useTranslation('approval');
  const errorText = useFieldErrorText();
  const staff = useOp('auth.staffList', undefined, { enabled: opened });
  const approvers = (staff.data ?? []).filter((s) => APPROVER_ROLES.includes(s.role));
  const form = useForm<ApprovalValues>({ resolver: zodResolver(approvalForm), defaultValues: { approverId: null, pin: '' } });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (opened) form.reset({ approverId: null, pin: '' });
  }, [opened, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await onApprove({ approverId: values.approverId as number, pin: values.pin });
    } catch (error) {
      form.setValue('pin', '');
      applyServerErrors(t, error, form, { 'approval.approverId': 'approverId', 'approval.pin': 'pin', staffId: 'approverId' });
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('title')} size="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Alert icon={<IconShield size={18} />} variant="light">
            <Text size="sm" fw={600}>
              {action}
            </Text>
            <Text size="sm" mt={4}>
              {t('intro')}
            </Text>
          </Alert>
          {staff.isSuccess && approvers.length === 0 && <Alert color="yellow">{t('noApprovers')}</Alert>}
          <Controller
            control={form.control}
            name="approverId"
            render={({ field }) => (
              <Select
                label={t('approver')}
                placeholder={t('approverPlaceholder')}
                data={approvers.map((s) => ({
                  value: String(s.id),
                  label: `${s.name} · ${t(`roles:${s.role}`)}${s.lockedUntil ? ` (${t('lockedUntil', { time: formatWhen(s.lockedUntil) })})` : ''}`,
                }))}
                value={field.value == null ? null : String(field.value)}
                onChange={(v) => field.onChange(v ? Number(v) : null)}
                error={errorText(errors.approverId)}
                allowDeselect={false}
                withAsterisk
                data-autofocus
              />
            )}
          />
          <PasswordInput
            label={t('pin')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            withAsterisk
            error={errorText(errors.pin)}
            {...form.register('pin')}
          />
          <FormActions onCancel={onClose} loading={isSubmitting} submitLabel={submitLabel ?? t('approve')} />
        </Stack>
      </form>
    </Modal>
  );
}
