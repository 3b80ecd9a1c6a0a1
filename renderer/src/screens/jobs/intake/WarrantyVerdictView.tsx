import { Alert, Group, List, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../../shared/contract/jobs.ts';
import { reasonOptions } from '../../../../../shared/warranty-words.ts';

type Verdict = NonNullable<Job['warranty']>;

const COLOR: Record<Verdict['outcome'], string> = {
  returnEligible: 'teal',
  exchangeEligible: 'teal',
  inWarranty: 'teal',
  outOfWarranty: 'gray',
  excluded: 'red',
  needsDecision: 'yellow',
};

const DATES = ['purchasedOn', 'intakeOn', 'returnUntil', 'exchangeUntil', 'warrantyUntil'] as const;

/** The warranty's outcome in words, why, and the dates the rules counted from. */
export function WarrantyVerdictView({ verdict }: { verdict: Verdict }) {
  const { t, i18n } = useTranslation('warranty');
  const colon = i18n.language.startsWith('zh') ? '：' : ': ';
  const dates = verdict.dates;
  return (
    <Alert
      color={COLOR[verdict.outcome]}
      variant="light"
      icon={<IconShieldCheck size={18} />}
      title={t(`outcomes.${verdict.outcome}`)}
      data-testid="warranty-outcome"
      data-outcome={verdict.outcome}
    >
      {verdict.override && (
        <Text size="sm" fw={500}>
          {t('overridden', { reason: verdict.override.reason })} · {t('computed', { outcome: t(`outcomes.${verdict.computed.outcome}`) })}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {verdict.computed.reasons.map((r, i) => (
          <List.Item key={i}>{t(`reasons.${r.code}`, reasonOptions(r.params))}</List.Item>
        ))}
      </List>
      {dates && (
        <Group gap="md" mt={6} style={{ rowGap: 0 }}>
          {DATES.map((key) =>
            dates[key] ? (
              <Text key={key} size="xs" c="dimmed">
                {t(`dates.${key}`)}
                {colon}
                {dates[key]}
              </Text>
            ) : null,
          )}
          {dates.distanceKm !== null && (
            <Text size="xs" c="dimmed">
              {t('dates.distanceKm')}
              {colon}
              {dates.distanceKm} km
            </Text>
          )}
        </Group>
      )}
    </Alert>
  );
}
