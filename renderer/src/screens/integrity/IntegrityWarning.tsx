import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOp } from '../../api/hooks.ts';
import { formatDateTime } from '../../format.ts';
import { useSignedIn } from '../../session/session.tsx';
import { useProblemText } from './useProblemText.ts';

/**
 * The warning every signed-in user sees, on every screen, while the last check of the money records
 * found them changed outside the till and no admin has acknowledged it. An admin is taken to the check.
 */
export function IntegrityWarning() {
  const { t } = useTranslation('cashierIntegrity');
  const { staff } = useSignedIn();
  const navigate = useNavigate();
  const status = useOp('cashier.integrity.status');
  const problemText = useProblemText();
  const warning = status.data?.warning;
  if (!warning?.problem) return null;
  const isAdmin = staff.role === 'admin';
  return (
    <Alert
      color="red"
      variant="filled"
      radius="md"
      mb="lg"
      icon={<IconShieldExclamation size={28} />}
      title={t('warning.title')}
      role="alert"
      data-testid="integrity-warning"
      styles={{ title: { fontSize: 17 } }}
    >
      <Stack gap={6}>
        <Text size="md" data-testid="integrity-warning-problem">
          {t('warning.body', { at: formatDateTime(warning.at), problem: problemText(warning.problem) })}
        </Text>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="sm" fw={600}>
            {isAdmin ? t('warning.adminHint') : t('warning.staffHint')}
          </Text>
          {isAdmin && (
            <Button variant="white" color="red" onClick={() => void navigate('/settings/backups')} data-testid="integrity-open">
              {t('warning.open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
