import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS } from '../../theme.ts';

type PlaceholderKey = 'reception' | 'queue' | 'jobs' | 'cashier' | 'handover' | 'reports';

/** An honest stand-in for a screen a later release fills: what it will hold, and nothing pretend. */
export function PlaceholderScreen({ screen }: { screen: PlaceholderKey }) {
  const { t } = useTranslation('placeholders');
  const items = t(`${screen}.items`, { returnObjects: true }) as string[];
  return (
    <Stack gap="lg" maw={760}>
      <Group gap="sm" align="center">
        <Title order={2}>{t(`nav:${screen}`)}</Title>
        <Badge color={STATUS.neutral} variant="light">
          {t('badge')}
        </Badge>
      </Group>
      <Text size="lg" c="dimmed">
        {t(`${screen}.intro`)}
      </Text>
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('willHold')}
        </Title>
        <List
          spacing="sm"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light">
              <IconPoint size={14} />
            </ThemeIcon>
          }
        >
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('note')}
      </Text>
    </Stack>
  );
}
