import type { ReactNode } from 'react';
import { Select } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { role as roleSchema, staffCreateInput, staffMember, staffSetPinInput } from '../../../../../shared/contract/staff.ts';
import { text } from '../../../../../shared/contract/fields.ts';
import { ROLES, type Role } from '../../../../../shared/roles.ts';

const pinsMatch = (v: { pin: string; pinConfirm: string }) => v.pin === v.pinConfirm;
export const createForm = staffCreateInput
  .extend({ pinConfirm: z.string() })
  .refine(pinsMatch, { path: ['pinConfirm'], message: 'validation:pinsDiffer' });
export const editForm = z.object({ name: text(40), role: roleSchema, active: staffMember.shape.active });
export const pinForm = staffSetPinInput
  .omit({ id: true })
  .extend({ pinConfirm: z.string() })
  .refine(pinsMatch, { path: ['pinConfirm'], message: 'validation:pinsDiffer' });

function useRoleOptions() {
  const { t } = useTranslation('staff');
  return ROLES.map((r) => ({ value: r, label: `${t(`roles:${r}`)} · ${t(`roleHints.${r}`)}` }));
}

/** The form's `role` field: a required choice of role, each with its hint. */
export function RoleSelect<T extends FieldValues & { role: Role }, O>({
  control,
  error,
}: {
  control: Control<T, unknown, O>;
  error: ReactNode;
}) {
  const { t } = useTranslation('staff');
  const roles = useRoleOptions();
  return (
    <Controller
      control={control}
      name={'role' as Path<T>}
      render={({ field }) => (
        <Select<Role>
          label={t('form.role')}
          data={roles}
          value={field.value}
          onChange={(v) => field.onChange(v)}
          allowDeselect={false}
          withAsterisk
          error={error}
        />
      )}
    />
  );
}
