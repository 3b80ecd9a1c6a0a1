import type { ReactNode } from 'react';
import { Anchor, Center, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The way back from one record's page to its list (Esc does the same, by the page's own hotkey). */
export function BackLink({ onBack, label }: { onBack: () => void; label: string }) {
  return (
    <Anchor component="button" onClick={onBack} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {label}
        <Kbd size="xs">Esc</Kbd>
      </Group>
    </Anchor>
  );
}

/** A record's page when the address is bad or the store has no such record: says so, with the way back. */
export function RecordNotFound({ back, text }: { back: ReactNode; text: string }) {
  return (
    <Stack>
      {back}
      <Text c="dimmed">{text}</Text>
    </Stack>
  );
}

/** A record's page while its record loads (`data-loading`: the end-to-end tests wait on it before pressing keys). */
export function RecordLoading() {
  const { t } = useTranslation();
  return (
    <Center h={200} data-loading>
      <Loader aria-label={t('loading')} />
    </Center>
  );
}
