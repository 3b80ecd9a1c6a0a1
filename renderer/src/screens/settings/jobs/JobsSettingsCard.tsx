import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface JobsSettingsCardProps {
  title: string;
  intro?: ReactNode;
  /** Beside the title (a card's own action, such as restoring a preset). */
  actions?: ReactNode;
  dirty: boolean;
  saving: boolean;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  testId: string;
  children: ReactNode;
}

/** One card, one form: its title and intro, its fields, and Save (enabled once something changed). */
export function JobsSettingsCard({ title, intro, actions, dirty, saving, onSubmit, testId, children }: JobsSettingsCardProps) {
  const { t } = useTranslation('jobSettings');
  return (
    <Paper withBorder p="lg" data-testid={testId}>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={4}>{title}</Title>
              {intro && (
                <Text size="sm" c="dimmed" maw={760}>
                  {intro}
                </Text>
              )}
            </Stack>
            {actions}
          </Group>
          {children}
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={!dirty}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
