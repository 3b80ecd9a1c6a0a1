import { Group, Kbd, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const PRIORITY_HOTKEY = 'mod+G';

/** The green channel: the next number is called before walk-ins. VIP customers get it anyway. */
export function PriorityToggle({ checked, vip, onChange }: { checked: boolean; vip: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation('queue');
  const on = checked || vip;
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py={10}
      bg={on ? 'green.0' : undefined}
      style={{ borderColor: on ? 'var(--mantine-color-green-5)' : undefined, cursor: vip ? undefined : 'pointer' }}
      onClick={() => !vip && onChange(!checked)}
      data-testid="priority-toggle"
      data-on={on}
    >
      <Group gap="sm" wrap="nowrap">
        <Switch
          size="md"
          color="green"
          checked={on}
          disabled={vip}
          onChange={(e) => onChange(e.currentTarget.checked)}
          onClick={(e) => e.stopPropagation()}
          aria-label={t('reception.priority')}
        />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="nowrap">
            <IconStar
              size={15}
              color={on ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-gray-6)'}
              fill={on ? 'var(--mantine-color-green-7)' : 'none'}
              style={{ flex: 'none' }}
            />
            <Text fw={600} size="sm">
              {t('reception.priority')}
            </Text>
            <Kbd size="xs" style={{ whiteSpace: 'nowrap', flex: 'none' }}>
              Ctrl G
            </Kbd>
          </Group>
          <Text size="xs" c="dimmed">
            {vip ? t('reception.vipAuto') : t('reception.priorityHint')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
