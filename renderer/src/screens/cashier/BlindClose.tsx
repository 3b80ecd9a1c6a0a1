import { useState } from 'react';
import { Alert, Button, Group, Kbd, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DrawerClosed } from '../../../../shared/contract/cashier-drawer.ts';
import type { Approval } from '../../../../shared/contract/fields.ts';
import { isApiError } from '../../api/errors.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { ManagerApproval } from '../../components/ManagerApproval.tsx';
import { useMoney } from '../jobs/useMoney.ts';
import { asCounts, countTotal, CountGrid, emptyCounts } from './CountGrid.tsx';
import { notifyTillError } from './tillErrors.ts';

/**
 * The blind close: the cashier counts the drawer by denomination and submits the count before anything
 * expected is shown. When the core says the count is far enough off, a note is asked for (and submitted
 * again); further off, a manager approves with their PIN. The Z report follows.
 */
export function BlindClose({
  till,
  denominations,
  onClosed,
  onCancel,
}: {
  till: string;
  denominations: readonly number[];
  onClosed: (report: DrawerClosed) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('cashierDrawer');
  const money = useMoney();
  const close = useOpMutation('cashier.drawer.close');
  const [values, setValues] = useState(() => emptyCounts(denominations));
  const [needsNote, setNeedsNote] = useState(false);
  const [note, setNote] = useState('');
  const [variance, setVariance] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const total = countTotal(denominations, values);

  const send = (approval: Approval | null) =>
    close.mutateAsync({ till, counts: asCounts(denominations, values), note: note.trim(), approval }).then(onClosed);

  const submit = () => {
    send(null).catch((error: unknown) => {
      if (isApiError(error) && error.code === 'VALIDATION' && error.fields.note) {
        setNeedsNote(true);
        setVariance(typeof error.params.varianceMinor === 'number' ? error.params.varianceMinor : null);
      } else if (isApiError(error) && error.code === 'APPROVAL_REQUIRED') setAsking(true);
      else notifyTillError(t, error);
    });
  };

  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (needsNote && note.trim() === '') return;
          submit();
        }}
      >
        <SimpleGrid cols={2} spacing="lg" data-testid="blind-close">
          <CountGrid denominations={denominations} values={values} onChange={setValues} testId="close-count" />
          <Stack gap="sm">
            <Title order={3}>{t('close.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('close.intro')}
            </Text>
            {needsNote && (
              <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('close.noteTitle')} data-testid="close-note-needed">
                <Stack gap="xs">
                  <Text size="sm">
                    {t('close.noteBody')}
                    {variance !== null && ` (${t('report.variance')}: ${variance > 0 ? '+' : '−'}${money(Math.abs(variance))})`}
                  </Text>
                  <Textarea
                    label={t('close.note')}
                    value={note}
                    onChange={(e) => setNote(e.currentTarget.value)}
                    maxLength={500}
                    autosize
                    minRows={2}
                    withAsterisk
                    autoFocus
                    data-testid="close-note"
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !e.shiftKey) {
                        e.preventDefault();
                        e.currentTarget.form?.requestSubmit();
                      }
                    }}
                  />
                </Stack>
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={onCancel}>
                {t('close.cancel')}
              </Button>
              <Button
                type="submit"
                color="red"
                loading={close.isPending}
                rightSection={<Kbd size="xs">Enter</Kbd>}
                data-testid="close-submit"
              >
                {t('close.submit', { amount: money(total) })}
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </form>
      <ManagerApproval
        opened={asking}
        onClose={() => setAsking(false)}
        action={t('close.approvalAction', { amount: variance === null ? '' : money(Math.abs(variance)) })}
        submitLabel={t('close.approve')}
        onApprove={async (approval) => {
          await send(approval);
          setAsking(false);
        }}
      />
    </>
  );
}
