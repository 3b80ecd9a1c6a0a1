import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOp } from '../../../api/hooks.ts';
import { CopyIconButton } from '../../../components/CopyIconButton.tsx';
import { STATUS } from '../../../theme.ts';

const LOOPBACK = /^https?:\/\/(127\.|localhost|\[::1\])/;

/** Where a TV opens the display: the station's addresses on the shop network, with `#/display`. */
export function DisplayAddress() {
  const { t } = useTranslation('display');
  const info = useOp('system.info');
  const lanUrls = (info.data?.stationUrls ?? []).filter((url) => !LOOPBACK.test(url)).map((url) => `${url}#/display`);
  return (
    <Paper withBorder p="xl">
      <Stack gap="sm">
        <Title order={4}>{t('settings.address')}</Title>
        {info.data && lanUrls.length === 0 ? (
          <Alert color={STATUS.warn} variant="light" data-testid="display-lan-off">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t('settings.lanOff')}</Text>
              <Anchor component={Link} to="/settings/station" size="sm" fw={600}>
                {t('settings.openStation')}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('settings.addressHint')}
            </Text>
            <Stack gap={4} data-testid="display-urls">
              {lanUrls.map((url) => (
                <Group key={url} gap="xs">
                  <Text className="fd-mono" fz="lg">
                    {url}
                  </Text>
                  <CopyIconButton value={url} />
                </Group>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
