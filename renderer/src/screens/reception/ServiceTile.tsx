import { Badge, Group, Kbd, Loader, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconClock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Service, ServiceLoad } from '../../../../shared/contract/queue.ts';
import { STATUS } from '../../theme.ts';
import { useLocalName } from '../queue/names.ts';
import { ServiceBadge } from '../queue/ServiceBadge.tsx';
import classes from './ServiceTile.module.css';
import { otherNameIn } from '../../../../shared/names.ts';
import { waitText } from '../../components/waitText.ts';

interface ServiceTileProps {
  service: Service;
  load: ServiceLoad | undefined;
  issuing: boolean;
  /** Enter issues this service for the customer at the desk. */
  enterIssues: boolean;
  onIssue: () => void;
}

/** One service on reception: its letter (the key that issues its number), how many wait and for how long. */
export function ServiceTile({ service, load, issuing, enterIssues, onIssue }: ServiceTileProps) {
  const { t, i18n } = useTranslation('queue');
  const name = useLocalName();
  const other = otherNameIn(i18n.language, service);
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
      data-enter={enterIssues}
      className={classes.tile}
    >
      <Paper
        withBorder
        radius="lg"
        p="lg"
        h="100%"
        bg={unavailable ? 'gray.0' : busy ? 'yellow.0' : undefined}
        shadow="xs"
        style={{
          borderColor: enterIssues ? 'var(--mantine-color-blue-6)' : busy ? 'var(--mantine-color-yellow-5)' : undefined,
          boxShadow: enterIssues ? '0 0 0 2px var(--mantine-color-blue-6)' : undefined,
          opacity: unavailable ? 0.72 : 1,
        }}
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
              <Group gap={6} wrap="nowrap" style={{ flex: 'none' }} aria-hidden>
                {enterIssues && (
                  <Kbd size="md" c="blue.8">
                    Enter
                  </Kbd>
                )}
                <Kbd size="xl" fz={20} px={12}>
                  {service.prefix}
                </Kbd>
              </Group>
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
                <Text fw={600}>{waitText(t, load?.estimatedMinutes ?? 0)}</Text>
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
