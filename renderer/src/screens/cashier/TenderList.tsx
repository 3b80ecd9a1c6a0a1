import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../jobs/useMoney.ts';
import type { Tender } from './tenders.ts';

/** The payments entered so far for this receipt, each removable until it is paid. */
export function TenderList({ tenders, onRemove }: { tenders: readonly Tender[]; onRemove: (index: number) => void }) {
  const { t } = useTranslation(['cashierTill', 'cashier']);
  const money = useMoney();
  if (tenders.length === 0) return null;
  return (
    <Paper withBorder p="xs" data-testid="till-tenders">
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('pay.tenders')}
        </Text>
        {tenders.map((tender, i) => (
          <Group key={i} justify="space-between" wrap="nowrap" data-testid="till-tender" data-method={tender.method}>
            <Text size="sm">
              {t(`cashier:methods.${tender.method}`)}
              {tender.reference !== '' && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {tender.reference}
                </Text>
              )}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" ff="monospace" fw={600}>
                {money(tender.amountMinor)}
              </Text>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('pay.removeTender')} onClick={() => onRemove(i)}>
                <IconX size={14} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
