import { useState } from 'react';
import { Button, Group, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useScanTarget } from '../../jobs/useJobScanner.ts';

/** The receipt or job number, typed (Enter) or scanned: what the refund screen looks the bill up by. */
export function FindBill({
  initial,
  error,
  busy,
  onFind,
}: {
  initial: string;
  error: string | null;
  busy: boolean;
  onFind: (n: string) => void;
}) {
  const { t } = useTranslation('cashierRefund');
  const [number, setNumber] = useState(initial);
  const find = (typed: string) => {
    const wanted = typed.trim().toUpperCase();
    if (wanted !== '') onFind(wanted);
  };
  useScanTarget((scanned) => {
    setNumber(scanned);
    find(scanned);
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        find(number);
      }}
    >
      <Group align="flex-start" gap="sm">
        <TextInput
          size="md"
          w={360}
          label={t('find.label')}
          placeholder={t('find.hint')}
          value={number}
          error={error}
          autoFocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="refund-number"
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
        <Button
          type="submit"
          size="md"
          mt={25}
          leftSection={<IconSearch size={18} />}
          rightSection={<Kbd size="xs">Enter</Kbd>}
          loading={busy}
        >
          {t('find.submit')}
        </Button>
      </Group>
    </form>
  );
}
