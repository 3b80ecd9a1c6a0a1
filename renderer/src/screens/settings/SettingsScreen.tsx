import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useSignedIn } from '../../session/session.tsx';
import { SETTINGS_TABS } from './tabs.tsx';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { tab } = useParams();
  const navigate = useNavigate();
  const { staff } = useSignedIn();
  const visible = SETTINGS_TABS.filter((s) => s.roles.includes(staff.role));
  const active = visible.find((s) => s.key === tab);
  if (!active) return <Navigate to={`/settings/${visible[0]?.key ?? 'myPin'}`} replace />;
  const Panel = active.component;
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('title')}</Title>
      <Tabs value={active.key} onChange={(key) => key && void navigate(`/settings/${key}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {visible.map((s) => (
            <Tabs.Tab key={s.key} value={s.key} fz="md" px="lg">
              {t(s.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={active.key}>
          <Panel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
