import { Badge, Tooltip } from '@mantine/core';
import { IconCrown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Marks a VIP customer wherever their name shows: called first in the queue. */
export function VipBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('customers');
  return (
    <Tooltip label={t('vipHint')}>
      <Badge color="yellow" c="dark" size={size} variant="filled" leftSection={<IconCrown size={12} />} data-testid="vip-badge">
        {t('vip')}
      </Badge>
    </Tooltip>
  );
}
