import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One card, one form: its title and intro, its fields, and Save (enabled once something changed). */
export function CashierCard(props: {
  title: string;
  intro?: string;
  dirty: boolean;
  saving: boolean;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('cashierSettings');
  return (
    <Paper withBorder p="lg" data-testid={props.testId}>
      <form noValidate onSubmit={(e) => void props.onSubmit(e)}>
        <Stack>
          <Stack gap={4}>
            <Title order={4}>{props.title}</Title>
            {props.intro && (
              <Text size="sm" c="dimmed" maw={760}>
                {props.intro}
              </Text>
            )}
          </Stack>
          {props.children}
          <Group justify="flex-end">
            <Button type="submit" loading={props.saving} disabled={!props.dirty}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
