import { useEffect, useState } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { voiceChoices, type VoiceChoice } from '../../../screens/display/voice-pick.ts';
import { loadVoices, onWindows, speechSupported } from '../../../screens/display/voices.ts';
import { STATUS } from '../../../theme.ts';

/** Which voice this browser would use for Chinese and for English calls, or why it has none. */
export function VoiceCheck() {
  const { t } = useTranslation('display');
  const [choices, setChoices] = useState<VoiceChoice[] | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => void loadVoices().then((voices) => live && setChoices(voiceChoices(voices, speechSupported(), onWindows())));
    check();
    if (speechSupported()) window.speechSynthesis.addEventListener('voiceschanged', check);
    return () => {
      live = false;
      if (speechSupported()) window.speechSynthesis.removeEventListener('voiceschanged', check);
    };
  }, []);
  if (!choices) return null;
  // Without any voice (or speech at all) one line says so for both languages.
  const general = choices.find((c) => c.reason === 'none' || c.reason === 'unsupported')?.reason;
  return (
    <Stack gap={6} data-testid="voice-check">
      <Text fw={600} size="sm">
        {t('settings.voicesHere')}
      </Text>
      {general && (
        <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="voice-none">
          <IconAlertTriangle size={18} color={`var(--mantine-color-${STATUS.warn}-7)`} />
          <Text size="sm">{t(`settings.noVoice.${general}`)}</Text>
        </Group>
      )}
      {!general &&
        choices.map((c) => (
          <Group key={c.language} gap="xs" wrap="nowrap" align="flex-start" data-testid={`voice-${c.language}`}>
            {c.voice ? (
              <IconCheck size={18} color={`var(--mantine-color-${STATUS.ok}-7)`} />
            ) : (
              <IconAlertTriangle size={18} color={`var(--mantine-color-${STATUS.warn}-7)`} />
            )}
            <Text size="sm">
              <Text span fw={600} size="sm">
                {t('settings.voiceLabel', { lang: t(`settings.voiceLang.${c.language}`) })}
              </Text>
              {c.voice ? `${c.voice.name} (${c.voice.lang})` : t(`settings.noVoice.${c.reason ?? 'missing'}`)}
            </Text>
          </Group>
        ))}
      <Text size="xs" c="dimmed">
        {t('settings.voicesNote')}
      </Text>
    </Stack>
  );
}
