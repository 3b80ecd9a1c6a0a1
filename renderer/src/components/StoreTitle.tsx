import { Badge, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS } from '../theme.ts';

/** The store's name, with the DEMO badge while the store is the demo: the top of the sign-in and lock screens. */
export function StoreTitle({ name, demo }: { name: string | null | undefined; demo: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Title order={3} data-testid="store-name">
        {name}
      </Title>
      {demo && (
        <Badge color={STATUS.demo} variant="filled" size="lg" radius="sm">
          {t('common:demo')}
        </Badge>
      )}
    </Group>
  );
}
