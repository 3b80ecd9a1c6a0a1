import { Badge, Group, Kbd, Loader, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconClock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Service, ServiceLoad } from '../../../../shared/contract/queue.ts';
import { STATUS } from '../../theme.ts';
import { useLocalName } from '../queue/names.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import classes from './ServiceTile.module.css';

interface ServiceTileProps {
  service: Service;
  load: ServiceLoad | undefined;
  issuing: boolean;
  onIssue: () => void;
}

/** One service on reception: its letter (the key that issues its number), how many wait and for how long. */
export function ServiceTile({ service, load, issuing, onIssue }: ServiceTileProps) {
  const { t, i18n } = useTranslation('queue');
  const name = useLocalName();
  const other = i18n.language === 'en' ? service.nameZh : service.nameEn;
  const closed = load ? !load.open : false;
  const full = load?.capLeft === 0;
  const busy = !closed && !full && service.busyThreshold !== null && (load?.waiting ?? 0) >= service.busyThreshold;
  const unavailable = closed || full;
  return (
    <UnstyledButton
      onClick={onIssue}
      aria-label={`${service.prefix} ${name(service)}`}
      data-testid="service-tile"
      data-prefix={service.prefix}
      className={classes.tile}
    >
      <Paper
        withBorder
        radius="lg"
        p="lg"
        h="100%"
        bg={unavailable ? 'gray.0' : busy ? 'yellow.0' : undefined}
        shadow="xs"
        style={{ borderColor: busy ? 'var(--mantine-color-yellow-5)' : undefined, opacity: unavailable ? 0.72 : 1 }}
      >
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="md" wrap="nowrap" miw={0}>
              <ServiceBadge prefix={service.prefix} size={56} />
              <Stack gap={0} miw={0}>
                <Text fz={22} fw={700} lh={1.25} lineClamp={1}>
                  {name(service)}
                </Text>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {other}
                </Text>
              </Stack>
            </Group>
            {issuing ? (
              <Loader size="sm" />
            ) : (
              <Kbd size="xl" fz={20} px={12} aria-hidden>
                {service.prefix}
              </Kbd>
            )}
          </Group>
          {closed ? (
            <Badge color={STATUS.neutral} variant="light" size="lg" radius="sm">
              {t('reception.closed', { opensAt: service.opensAt, closesAt: service.closesAt })}
            </Badge>
          ) : full ? (
            <Badge color={STATUS.danger} variant="light" size="lg" radius="sm">
              {t('reception.capReached')}
            </Badge>
          ) : (
            <Group gap="lg" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <IconUsers size={18} stroke={1.7} color="var(--mantine-color-dimmed)" />
                <Text fw={600} data-testid="tile-waiting" c={busy ? 'yellow.9' : undefined}>
                  {t('reception.waiting', { count: load?.waiting ?? 0 })}
                </Text>
              </Group>
              <Group gap={6} wrap="nowrap">
                <IconClock size={18} stroke={1.7} color="var(--mantine-color-dimmed)" />
                <Text fw={600}>{t('reception.estimate', { count: load?.estimatedMinutes ?? 0 })}</Text>
              </Group>
              {load?.capLeft !== null && load?.capLeft !== undefined && (
                <Text size="sm" c="dimmed" ml="auto">
                  {t('reception.capLeft', { count: load.capLeft })}
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
