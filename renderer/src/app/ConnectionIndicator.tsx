import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../api/hooks.ts';
import { STATUS } from '../theme.ts';

const COLOR = { connected: STATUS.ok, reconnecting: STATUS.warn, offline: STATUS.danger } as const;

export function ConnectionIndicator() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <Tooltip label={t(`connection.${state}Hint`)} multiline maw={260}>
      <Badge
        variant="dot"
        color={COLOR[state]}
        size="lg"
        tt="none"
        data-testid="connection"
        data-state={state}
        aria-label={t('connection.label')}
      >
        {t(`connection.${state}`)}
      </Badge>
    </Tooltip>
  );
}
