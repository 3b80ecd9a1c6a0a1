import { useState } from 'react';
import { Button, Group, Kbd, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBasket, IconCoin, IconReceipt2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { useOp } from '../../api/hooks.ts';
import { useScanTarget } from '../jobs/useJobScanner.ts';
import { depositDraft, jobDraft, saleDraft, type Draft } from './draft.ts';
import { OwedJobs } from './OwedJobs.tsx';
import { tillErrorText } from './tillErrors.ts';

/**
 * Where a sale starts: a job's number typed or scanned (Enter bills its work, Shift+Enter takes its
 * deposit), a ready job with something owed picked from the list (↑ ↓ and Enter on an empty box), or a
 * quick sale (Alt+Q).
 */
export function StartPanel({
  onDraft,
}: {
  onDraft: (draft: Draft, title: { kind: Draft['source']['kind']; number: string | null }) => void;
}) {
  const { t } = useTranslation('cashierTill');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useOp('jobs.readyList', {});
  const owed = (ready.data ?? []).filter((j) => j.owedMinor > 0);
  const [active, setActive] = useState(0);

  const begin = (typed: string, deposit: boolean) => {
    const wanted = typed.trim().toUpperCase();
    if (wanted === '') {
      const job = owed[active];
      if (job && !deposit) onDraft(jobDraft(job.id), { kind: 'job', number: job.number });
      return;
    }
    setBusy(true);
    api.call('jobs.byNumber', { number: wanted }).then(
      (job) => onDraft(deposit ? depositDraft(job.id) : jobDraft(job.id), { kind: deposit ? 'deposit' : 'job', number: job.number }),
      (e: unknown) => {
        setBusy(false);
        setError(isApiError(e) && e.code === 'NOT_FOUND' ? t('start.notFound', { number: wanted }) : tillErrorText(t, e));
      },
    );
  };
  useScanTarget((scanned) => begin(scanned, false));
  const quickSale = () => onDraft(saleDraft(), { kind: 'sale', number: null });
  useHotkeys([['alt+Q', quickSale]], []);

  return (
    <SimpleGrid cols={2} spacing="lg" data-loading={ready.isPending ? true : undefined}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            size="lg"
            label={t('start.jobNumber')}
            placeholder={t('start.jobNumberHint')}
            value={number}
            error={error}
            autoFocus
            ff="monospace"
            data-testid="till-job-number"
            onChange={(e) => {
              setNumber(e.currentTarget.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                begin(number, e.shiftKey);
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => Math.min(Math.max(a + (e.key === 'ArrowDown' ? 1 : -1), 0), Math.max(owed.length - 1, 0)));
              }
            }}
          />
          <Group gap="xs">
            <Button
              leftSection={<IconReceipt2 size={18} />}
              rightSection={<Kbd size="xs">Enter</Kbd>}
              loading={busy}
              onClick={() => begin(number, false)}
            >
              {t('start.billWork')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconCoin size={18} />}
              rightSection={<Kbd size="xs">⇧ Enter</Kbd>}
              disabled={number.trim() === ''}
              onClick={() => begin(number, true)}
              data-testid="till-take-deposit"
            >
              {t('start.takeDeposit')}
            </Button>
          </Group>
          <Button
            variant="light"
            leftSection={<IconBasket size={18} />}
            rightSection={<Kbd size="xs">Alt Q</Kbd>}
            onClick={quickSale}
            data-testid="till-quick-sale"
          >
            {t('start.quickSale')}
          </Button>
        </Stack>
      </Paper>
      <OwedJobs jobs={owed} active={active} onPick={(job) => onDraft(jobDraft(job.id), { kind: 'job', number: job.number })} />
    </SimpleGrid>
  );
}
