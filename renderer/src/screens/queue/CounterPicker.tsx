import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Counter, Service } from '../../../../shared/contract/queue.ts';
import { useSignedIn } from '../../session/session.tsx';
import { STATUS } from '../../theme.ts';
import { useLocalName } from './names.ts';
import { ServiceBadge } from './ServiceBadge.tsx';

/** "Which counter are you at?": one card per counter, with who sits there now. */
export function CounterPicker({
  counters,
  services,
  onPick,
}: {
  counters: Counter[];
  services: Service[];
  onPick: (counter: Counter) => void;
}) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const { staff } = useSignedIn();
  const byId = new Map(services.map((s) => [s.id, s]));
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={2}>
        <Title order={2}>{t('counter.pickTitle')}</Title>
        <Text c="dimmed">{t('counter.pickHint')}</Text>
      </Stack>
      {counters.length === 0 ? (
        <Paper withBorder radius="lg" p="xl">
          <Stack align="center" gap="xs">
            <Text fw={600}>{t('counter.noCounters')}</Text>
            {staff.role === 'admin' && <Anchor href="#/settings/queue">{t('counter.setUpCounters')}</Anchor>}
          </Stack>
        </Paper>
      ) : (
        <SimpleGrid cols={3} spacing="lg">
          {counters.map((counter) => (
            <UnstyledButton key={counter.id} onClick={() => onPick(counter)} data-testid="counter-choice" aria-label={name(counter)}>
              <Paper withBorder radius="lg" p="lg" shadow="xs" h="100%">
                <Stack gap="sm">
                  <Group gap="sm" wrap="nowrap">
                    <IconDeviceDesktop size={28} stroke={1.5} color="var(--mantine-color-indigo-7)" />
                    <Stack gap={0}>
                      <Text fz={22} fw={700}>
                        {name(counter)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t(`kinds.${counter.kind}`)}
                      </Text>
                    </Stack>
                  </Group>
                  <Group gap={6}>
                    {counter.serviceIds.map((id) => {
                      const service = byId.get(id);
                      return service ? <ServiceBadge key={id} prefix={service.prefix} size={26} /> : null;
                    })}
                  </Group>
                  <Badge variant="light" color={counter.openStaffName ? STATUS.warn : STATUS.ok} w="fit-content">
                    {counter.openStaffName ? t('counter.openedBy', { name: counter.openStaffName }) : t('counter.free')}
                  </Badge>
                </Stack>
              </Paper>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
