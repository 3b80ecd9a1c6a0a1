import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DisplayAddress } from './displays/DisplayAddress.tsx';
import { PairedDevices } from './displays/PairedDevices.tsx';
import { VoiceSettings } from './displays/VoiceSettings.tsx';

/** Settings › Displays (admin): where a TV opens the display, pairing and paired displays, voice and notice. */
export function DisplaysTab() {
  const { t } = useTranslation('display');
  return (
    <Stack maw={900} gap="lg">
      <Text c="dimmed">{t('settings.intro')}</Text>
      <DisplayAddress />
      <PairedDevices />
      <VoiceSettings />
    </Stack>
  );
}
