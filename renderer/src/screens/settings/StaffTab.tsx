import { useEffect, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Modal, Paper, PasswordInput, Select, Stack, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconKey, IconLockOpen, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { role as roleSchema, staffCreateInput, staffMember, staffSetPinInput } from '../../../../shared/contract/staff.ts';
import type { StaffMember } from '../../../../shared/contract/staff.ts';
import { text } from '../../../../shared/contract/fields.ts';
import { ROLES } from '../../../../shared/roles.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { StaffAvatar } from '../../app/StaffAvatar.tsx';
import { applyServerErrors, notifyError, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { formatDateTime, formatWhen } from '../../format.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';

const pinsMatch = (v: { pin: string; pinConfirm: string }) => v.pin === v.pinConfirm;
const createForm = staffCreateInput.extend({ pinConfirm: z.string() }).refine(pinsMatch, { path: ['pinConfirm'], message: 'validation:pinsDiffer' });
const editForm = z.object({ name: text(40), role: roleSchema, active: staffMember.shape.active });
const pinForm = staffSetPinInput.omit({ id: true }).extend({ pinConfirm: z.string() }).refine(pinsMatch, { path: ['pinConfirm'], message: 'validation:pinsDiffer' });

type Dialog = { kind: 'add' } | { kind: 'edit'; member: StaffMember } | { kind: 'pin'; member: StaffMember } | null;

function useRoleOptions() {
  const { t } = useTranslation('staff');
  return ROLES.map((r) => ({ value: r, label: `${t(`roles:${r}`)} · ${t(`roleHints.${r}`)}` }));
}

export function StaffTab() {
  const { t } = useTranslation('staff');
  const { staff: me } = useSignedIn();
  const isAdmin = me.role === 'admin';
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useOp('staff.list', { includeInactive: showInactive });
  const location = useLocation();
  const navigate = useNavigate();
  const unlock = useOpMutation('staff.unlock', {
    onSuccess: (member) => notifySuccess(t('unlocked', { name: member.name })),
    onError: (error) => notifyError(t, error),
  });

  // "Add staff" from the command palette arrives here with a flag in the navigation state.
  useEffect(() => {
    if ((location.state as { addStaff?: boolean } | null)?.addStaff && isAdmin) {
      setDialog({ kind: 'add' });
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location, isAdmin, navigate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed">{t('intro')}</Text>
        <Group>
          <Switch label={t('showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
          {isAdmin && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setDialog({ kind: 'add' })}>
              {t('add')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th>{t('columns.role')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th>{t('columns.since')}</Table.Th>
              <Table.Th ta="right">{t('columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((member) => (
              <Table.Tr key={member.id} data-testid="staff-row" opacity={member.active ? 1 : 0.6}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <StaffAvatar name={member.name} role={member.role} size="sm" />
                    <Text fw={500}>{member.name}</Text>
                    {member.id === me.id && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('you')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`roles:${member.role}`)}</Table.Td>
                <Table.Td>
                  {member.lockedUntil ? (
                    <Badge color={STATUS.danger} variant="light">
                      {t('status.lockedUntil', { time: formatWhen(member.lockedUntil) })}
                    </Badge>
                  ) : (
                    <Badge color={member.active ? STATUS.ok : STATUS.neutral} variant="light">
                      {t(member.active ? 'status.active' : 'status.inactive')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(member.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {member.lockedUntil && (
                      <Button size="xs" variant="light" color={STATUS.danger} leftSection={<IconLockOpen size={14} />} loading={unlock.isPending && unlock.variables?.id === member.id} onClick={() => unlock.mutate({ id: member.id })}>
                        {t('unlock')}
                      </Button>
                    )}
                    {isAdmin && (
                      <>
                        <Tooltip label={t('resetPin')}>
                          <ActionIcon variant="subtle" size="lg" aria-label={`${t('resetPin')}: ${member.name}`} onClick={() => setDialog({ kind: 'pin', member })}>
                            <IconKey size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('edit')}>
                          <ActionIcon variant="subtle" size="lg" aria-label={`${t('edit')}: ${member.name}`} onClick={() => setDialog({ kind: 'edit', member })}>
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data?.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('empty')}
          </Text>
        )}
      </Paper>
      <AddStaffDialog opened={dialog?.kind === 'add'} onClose={() => setDialog(null)} />
      <EditStaffDialog member={dialog?.kind === 'edit' ? dialog.member : null} onClose={() => setDialog(null)} />
      <ResetPinDialog member={dialog?.kind === 'pin' ? dialog.member : null} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function AddStaffDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const roles = useRoleOptions();
  const form = useForm<z.input<typeof createForm>, unknown, z.output<typeof createForm>>({
    resolver: zodResolver(createForm),
    defaultValues: { name: '', role: 'reception', pin: '', pinConfirm: '' },
  });
  const create = useOpMutation('staff.create', {
    onSuccess: (member) => {
      notifySuccess(t('form.created', { name: member.name }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (opened) form.reset({ name: '', role: 'reception', pin: '', pinConfirm: '' });
  }, [opened, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.addTitle')} size="lg">
      <form noValidate onSubmit={form.handleSubmit((v) => create.mutate({ name: v.name, role: v.role, pin: v.pin }))}>
        <Stack>
          <TextInput label={t('form.name')} withAsterisk data-autofocus error={errorText(errors.name)} {...form.register('name')} />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <Select label={t('form.role')} data={roles} value={field.value} onChange={(v) => field.onChange(v)} allowDeselect={false} withAsterisk error={errorText(errors.role)} />}
          />
          <PasswordInput label={t('form.pin')} description={t('form.pinHint')} inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk error={errorText(errors.pin)} {...form.register('pin')} />
          <PasswordInput label={t('form.pinConfirm')} inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk error={errorText(errors.pinConfirm)} {...form.register('pinConfirm')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditStaffDialog({ member, onClose }: { member: StaffMember | null; onClose(): void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const roles = useRoleOptions();
  const form = useForm<z.input<typeof editForm>, unknown, z.output<typeof editForm>>({ resolver: zodResolver(editForm) });
  const update = useOpMutation('staff.update', {
    onSuccess: (saved) => {
      notifySuccess(t('form.updated', { name: saved.name }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (member) form.reset({ name: member.name, role: member.role, active: member.active });
  }, [member, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('form.editTitle', { name: member?.name ?? '' })} size="lg">
      <form noValidate onSubmit={form.handleSubmit((v) => member && update.mutate({ id: member.id, ...v }))}>
        <Stack>
          <TextInput label={t('form.name')} withAsterisk data-autofocus error={errorText(errors.name)} {...form.register('name')} />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <Select label={t('form.role')} data={roles} value={field.value} onChange={(v) => field.onChange(v)} allowDeselect={false} withAsterisk error={errorText(errors.role)} />}
          />
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Switch label={t('form.active')} description={t('form.activeHint')} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} error={errorText(errors.active)} />
            )}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ResetPinDialog({ member, onClose }: { member: StaffMember | null; onClose(): void }) {
  const { t } = useTranslation('staff');
  const errorText = useFieldErrorText();
  const form = useForm<z.input<typeof pinForm>, unknown, z.output<typeof pinForm>>({ resolver: zodResolver(pinForm), defaultValues: { pin: '', pinConfirm: '' } });
  const setPin = useOpMutation('staff.setPin', {
    onSuccess: () => {
      notifySuccess(t('resetPinForm.done', { name: member?.name ?? '' }));
      onClose();
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  useEffect(() => {
    if (member) form.reset({ pin: '', pinConfirm: '' });
  }, [member, form]);
  const { errors } = form.formState;
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('resetPinForm.title', { name: member?.name ?? '' })}>
      <form noValidate onSubmit={form.handleSubmit((v) => member && setPin.mutate({ id: member.id, pin: v.pin }))}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('resetPinForm.intro')}
          </Text>
          <PasswordInput label={t('resetPinForm.pin')} inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk data-autofocus error={errorText(errors.pin)} {...form.register('pin')} />
          <PasswordInput label={t('resetPinForm.pinConfirm')} inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk error={errorText(errors.pinConfirm)} {...form.register('pinConfirm')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={setPin.isPending}>
              {t('resetPinForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
