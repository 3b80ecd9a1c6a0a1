import { useEffect, useState } from 'react';
import { Badge, Box, Center, Stack, Text, Title } from '@mantine/core';
import { dayjs } from '../../../../shared/time.ts';
import { useOp } from '../../api/hooks.ts';
import { storeTimeZone } from '../../format.ts';
import { i18n } from '../../i18n/index.ts';
import { STATUS } from '../../theme.ts';

/**
 * The customer-facing screen (a TV, or the display window on a second monitor). It needs no sign-in
 * and shows nothing private. Until the queue feature fills it, it greets customers and says plainly
 * what will appear here, in the store's own language.
 */
export function CustomerDisplay() {
  const status = useOp('setup.status', undefined, { staleTime: 60_000 });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const locale = status.data?.locale ?? 'zh-CN';
  const t = i18n.getFixedT(locale, 'display');
  const at = dayjs(now).tz(storeTimeZone()).locale(locale === 'en' ? 'en' : 'zh-cn');

  return (
    <Box h="100%" style={{ background: 'linear-gradient(160deg, var(--mantine-color-indigo-9) 0%, var(--mantine-color-indigo-7) 100%)', color: 'white' }} data-testid="customer-display">
      <Center h="100%">
        <Stack align="center" gap="xl" px="xl">
          <Stack align="center" gap="xs">
            <Title order={1} fz={56} ta="center">
              {status.data?.storeName ?? t('notSetUp')}
            </Title>
            {status.data?.demo && (
              <Badge color={STATUS.demo} variant="filled" size="xl">
                {i18n.getFixedT(locale)('common:demo')}
              </Badge>
            )}
          </Stack>
          <Text fz={44} fw={600}>
            {t('welcome')}
          </Text>
          <Text fz={96} fw={700} ff="monospace" lh={1}>
            {at.format('HH:mm')}
          </Text>
          <Text fz={28} opacity={0.85}>
            {at.format(locale === 'en' ? 'dddd D MMMM' : 'M月D日 dddd')}
          </Text>
          <Text fz={26} mt="xl">
            {t('waiting')}
          </Text>
          <Text fz={18} opacity={0.7} ta="center" maw={900}>
            {t('coming')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
