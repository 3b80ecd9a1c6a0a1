import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WarrantyRuleSet } from '../../../../../shared/contract/warranty-rules.ts';
import { useOp } from '../../../api/hooks.ts';

const PRESETS = ['phoneSanbao', 'car'] as const;
type PresetName = (typeof PRESETS)[number];

/** "Restore a preset": phones under 三包 or cars, after a confirmation that says what it replaces. */
export function PresetMenu({ onRestore }: { onRestore: (preset: WarrantyRuleSet) => void }) {
  const { t } = useTranslation('jobSettings');
  const presets = useOp('jobs.settings.warrantyPresets');
  const [asking, setAsking] = useState<PresetName | null>(null);
  const p = (key: string, params: Record<string, string> = {}) => t(`warranty.presets.${key}`, params);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconRestore size={16} />}
            rightSection={<IconChevronDown size={14} />}
            disabled={!presets.data}
          >
            {t('warranty.restore')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {PRESETS.map((name) => (
            <Menu.Item key={name} onClick={() => setAsking(name)}>
              {p(name)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking ? p('confirmTitle', { name: p(asking) }) : ''}>
        <Stack>
          <Text size="sm">{p('confirmBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              onClick={() => {
                if (asking && presets.data) onRestore(presets.data[asking]);
                setAsking(null);
              }}
            >
              {p('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
