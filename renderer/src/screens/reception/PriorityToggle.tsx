import { Group, Kbd, Paper, Switch, Text } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const PRIORITY_HOTKEY = 'mod+G';

/** The green channel: the next number is called before walk-ins. VIP customers get it anyway. */
export function PriorityToggle({ checked, vip, onChange }: { checked: boolean; vip: boolean; onChange(on: boolean): void }) {
  const { t } = useTranslation('queue');
  const on = checked || vip;
  return (
    <Paper withBorder radius="md" px="md" py="sm" bg={on ? 'green.0' : undefined} style={{ borderColor: on ? 'var(--mantine-color-green-5)' : undefined }}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Switch
          size="md"
          color="green"
          checked={on}
          disabled={vip}
          onChange={(e) => onChange(e.currentTarget.checked)}
          label={
            <Group gap={6} wrap="nowrap">
              <IconStar size={16} color={on ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-gray-6)'} />
              <Text fw={600}>{t('reception.priority')}</Text>
            </Group>
          }
          description={vip ? t('reception.vipAuto') : t('reception.priorityHint')}
        />
        <Kbd>Ctrl G</Kbd>
      </Group>
    </Paper>
  );
}
