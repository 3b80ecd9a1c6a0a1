import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** Names the row for screen readers ("Move up: Charger"). */
  what: string;
  index: number;
  count: number;
  /** Without it the row has no order to change (only remove). */
  onMove?: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A list row's own buttons: up and down (when its order matters), remove. */
export function RowActions({ what, index, count, onMove, onRemove }: RowActionsProps) {
  const { t } = useTranslation('jobSettings');
  const button = (label: string, icon: React.ReactNode, onClick: () => void, disabled = false, color?: string) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={`${label}: ${what}`} onClick={onClick} disabled={disabled}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      {onMove && button(t('list.moveUp'), <IconArrowUp size={16} />, () => onMove(index, index - 1), index === 0)}
      {onMove && button(t('list.moveDown'), <IconArrowDown size={16} />, () => onMove(index, index + 1), index === count - 1)}
      {button(t('list.remove'), <IconTrash size={16} />, () => onRemove(index), false, 'red')}
    </Group>
  );
}
