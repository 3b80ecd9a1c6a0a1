import { useEffect, useState } from 'react';
import { Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../shared/time.ts';

/** The store's time, ticking, whatever zone the computer itself is set to. */
export function Clock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const at = dayjs(now)
    .tz(timeZone)
    .locale(i18n.language === 'en' ? 'en' : 'zh-cn');
  return (
    <Tooltip label={t('clock', { zone: timeZone })}>
      <Stack gap={0} align="flex-end" data-testid="clock">
        <Text fw={600} size="lg" ff="monospace" lh={1.1}>
          {at.format('HH:mm:ss')}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {at.format(i18n.language === 'en' ? 'ddd D MMM YYYY' : 'YYYY年M月D日 dddd')}
        </Text>
      </Stack>
    </Tooltip>
  );
}
