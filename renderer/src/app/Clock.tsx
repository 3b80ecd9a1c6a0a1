import { useEffect, useState } from 'react';
import { Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../shared/time.ts';
import { dateLocale } from '../dateLocale.ts';

/** The store's time, ticking, whatever zone the computer itself is set to. */
export function Clock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Tooltip label={t('clock', { zone: timeZone })}>
      <Stack gap={0} align="flex-end" data-testid="clock">
        <Text fw={600} size="lg" ff="monospace" lh={1.1}>
          {formatInstant(now, timeZone, 'HH:mm:ss')}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {formatInstant(now, timeZone, i18n.language === 'en' ? 'EEE d MMM yyyy' : 'yyyy年M月d日 EEEE', dateLocale(i18n.language))}
        </Text>
      </Stack>
    </Tooltip>
  );
}
