import { ActionIcon, Badge, Group, Table, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS } from '../../../theme.ts';

/** The cells every service and counter row ends with. */

export function ActiveCell({ active }: { active: boolean }) {
  const { t } = useTranslation('queue');
  return (
    <Table.Td>
      <Badge color={active ? STATUS.ok : STATUS.neutral} variant="light">
        {t(active ? 'settings.active' : 'settings.inactive')}
      </Badge>
    </Table.Td>
  );
}

/** The edit button; `what` names the row for screen readers ("Edit: A"). */
export function EditCell({ what, onEdit }: { what: string; onEdit: () => void }) {
  const { t } = useTranslation('queue');
  return (
    <Table.Td>
      <Group justify="flex-end">
        <Tooltip label={t('settings.edit')}>
          <ActionIcon variant="subtle" size="lg" aria-label={`${t('settings.edit')}: ${what}`} onClick={onEdit}>
            <IconPencil size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Table.Td>
  );
}
