import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCoffee, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../format.ts';
import { STATUS } from '../../theme.ts';
import { ActionButton } from './ActionButton.tsx';

interface OnBreakProps {
  since: string;
  hotkey: string;
  pending: boolean;
  onBack: () => void;
}

/** The counter on break, where the ticket would be: since when, what customers see, and the way back. */
export function OnBreak({ since, hotkey, pending, onBack }: OnBreakProps) {
  const { t } = useTranslation('queue');
  return (
    <Stack align="center" justify="center" gap="sm" mih={300} data-testid="counter-on-break" data-since={since}>
      <ThemeIcon size={72} radius="xl" variant="light" color={STATUS.warn}>
        <IconCoffee size={40} stroke={1.5} />
      </ThemeIcon>
      <Text fz={32} fw={800}>
        {t('counter.onBreakSince', { time: formatWhen(since) })}
      </Text>
      <Text c="dimmed" fz="lg" ta="center" maw={560}>
        {t('counter.onBreakHint')}
      </Text>
      <ActionButton
        hotkey={hotkey}
        size="lg"
        fullWidth={false}
        mt="sm"
        color={STATUS.warn}
        c="dark"
        leftSection={<IconPlayerPlay size={20} />}
        loading={pending}
        onClick={onBack}
      >
        {t('counter.actions.back')}
      </ActionButton>
    </Stack>
  );
}
