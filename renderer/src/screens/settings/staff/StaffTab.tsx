import { useEffect, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconLockOpen, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { StaffMember } from '../../../../../shared/contract/staff.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { StaffAvatar } from '../../../app/StaffAvatar.tsx';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { formatDateTime, formatWhen } from '../../../format.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { STATUS } from '../../../theme.ts';
import { AddStaffDialog } from './AddStaffDialog.tsx';
import { EditStaffDialog } from './EditStaffDialog.tsx';
import { ResetPinDialog } from './ResetPinDialog.tsx';

type Dialog = { kind: 'add' } | { kind: 'edit'; member: StaffMember } | { kind: 'pin'; member: StaffMember } | null;

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

  // "Add staff" from the command palette arrives here with a flag in the navigation state: the dialog
  // opens once for that navigation, and the flag is then taken out of the history entry.
  const askedToAdd = (location.state as { addStaff?: boolean } | null)?.addStaff === true && isAdmin;
  const [answeredAsk, setAnsweredAsk] = useState<string | null>(null);
  if (askedToAdd && answeredAsk !== location.key) {
    setAnsweredAsk(location.key);
    setDialog({ kind: 'add' });
  }
  useEffect(() => {
    if (askedToAdd) void navigate(location.pathname, { replace: true, state: null });
  }, [askedToAdd, navigate, location.pathname]);

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
                      <Button
                        size="xs"
                        variant="light"
                        color={STATUS.danger}
                        leftSection={<IconLockOpen size={14} />}
                        loading={unlock.isPending && unlock.variables?.id === member.id}
                        onClick={() => unlock.mutate({ id: member.id })}
                      >
                        {t('unlock')}
                      </Button>
                    )}
                    {isAdmin && (
                      <>
                        <Tooltip label={t('resetPin')}>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={`${t('resetPin')}: ${member.name}`}
                            onClick={() => setDialog({ kind: 'pin', member })}
                          >
                            <IconKey size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('edit')}>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={`${t('edit')}: ${member.name}`}
                            onClick={() => setDialog({ kind: 'edit', member })}
                          >
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
