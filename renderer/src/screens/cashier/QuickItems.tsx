import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../shared/contract/cashier-settings.ts';
import { nameIn } from '../../../../shared/names.ts';
import { useMoney } from '../jobs/useMoney.ts';

/** The settings' quick-sale items as buttons: a click adds one to the sale. */
export function QuickItems({ items, onAdd }: { items: CashierSettings['quickItems']; onAdd: (key: string) => void }) {
  const { t, i18n } = useTranslation('cashierTill');
  const money = useMoney();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={5}>{t('start.itemsTitle')}</Title>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('start.noItems')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('start.itemsHint')}
            </Text>
            <SimpleGrid cols={3} spacing="xs">
              {items.map((item) => (
                <Button
                  key={item.key}
                  variant="light"
                  h="auto"
                  py={8}
                  onClick={() => onAdd(item.key)}
                  data-testid={`quick-item-${item.key}`}
                  styles={{ label: { flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'normal' } }}
                >
                  <Text size="sm" fw={600}>
                    {nameIn(i18n.language, item)}
                  </Text>
                  <Text size="xs" ff="monospace">
                    {money(item.unitPriceMinor)}
                  </Text>
                </Button>
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
