import type { Ref } from 'react';
import { Group, Kbd, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { CustomerPicker } from '../../components/CustomerPicker.tsx';
import { useLocalName } from '../queue/names.ts';

export const CUSTOMER_HOTKEY = '/';

/**
 * The customer a number is for (optional): / reaches the box; found by phone digits, name, pinyin
 * initials, a plate or an IMEI's last digits, or created. Once chosen, the line under it says which
 * service Enter issues (their usual one, or the first).
 */
export function CustomerSlot({
  value,
  onChange,
  inputRef,
  enterService,
  usual,
  note,
}: {
  value: CustomerSummary | null;
  onChange: (c: CustomerSummary | null) => void;
  inputRef: Ref<HTMLInputElement>;
  enterService: Service | undefined;
  usual: boolean;
  /** What the last answer at the desk did (a slip reprinted), said here rather than in a toast over the controls. */
  note: string | null;
}) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  return (
    <Stack gap={4}>
      <CustomerPicker
        value={value}
        onChange={onChange}
        label={t('reception.customer')}
        labelKey={CUSTOMER_HOTKEY}
        inputRef={inputRef}
        allowCreate
      />
      {value && enterService ? (
        <Group gap={6} wrap="nowrap" data-testid="enter-issues" data-prefix={enterService.prefix}>
          <Kbd size="xs">Enter</Kbd>
          <Text size="sm" fw={600} truncate>
            {t(usual ? 'reception.enterIssuesUsual' : 'reception.enterIssues', { service: `${enterService.prefix} ${name(enterService)}` })}
          </Text>
        </Group>
      ) : note ? (
        <Text size="sm" c="green.8" fw={600} data-testid="desk-note">
          {note}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('reception.customerHint')}
        </Text>
      )}
    </Stack>
  );
}
