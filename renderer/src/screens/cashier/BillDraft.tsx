import { useState } from 'react';
import { ActionIcon, Alert, Button, Center, Group, Kbd, Loader, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconDiscount, IconMinus, IconPlus, IconShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Bill, PaymentMethod, Quote } from '../../../../shared/contract/cashier-bills.ts';
import type { CashierSettings } from '../../../../shared/contract/cashier-settings.ts';
import type { Approval } from '../../../../shared/contract/fields.ts';
import { APPROVER_ROLES } from '../../../../shared/roles.ts';
import { isApiError } from '../../api/errors.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { ManagerApproval } from '../../components/ManagerApproval.tsx';
import { useScreenHotkeys } from '../../components/useScreenHotkeys.ts';
import { useSignedIn } from '../../session/session.tsx';
import { useMoney } from '../jobs/useMoney.ts';
import { BillLines } from './BillLines.tsx';
import { BillTotals } from './BillTotals.tsx';
import { DiscountDialog } from './DiscountDialog.tsx';
import { lineDiscount, withItemAdded, withLineDiscount, withQuantity, type Draft } from './draft.ts';
import { METHOD_KEYS } from './methods.ts';
import { QuickItems } from './QuickItems.tsx';
import { tillErrorText } from './tillErrors.ts';
import { notifications } from '@mantine/notifications';

/** Which discount the dialog edits: the bill's, or one line's. */
type Editing = { kind: 'bill' } | { kind: 'line'; lineNo: number; jobLineNo: number | null; description: string };

/**
 * A bill being put together: its lines priced by the core (`cashier.quote`) as they will be kept, line
 * and bill discounts, quick-sale items, and opening it: Enter, or a method's number key to open it and
 * start paying that way. A discount above the cashier's limit asks for a manager's PIN first. A job that
 * already has its bill open goes straight to that bill.
 */
export function BillDraft({
  draft,
  onChange,
  settings,
  title,
  onOpened,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  settings: CashierSettings;
  title: string;
  onOpened: (billId: number, method: PaymentMethod | null) => void;
}) {
  const { t } = useTranslation(['cashierTill', 'common']);
  const money = useMoney();
  const manager = APPROVER_ROLES.includes(useSignedIn().staff.role);
  const empty = draft.source.kind === 'sale' && draft.source.items.length === 0;
  const quote = useOp('cashier.quote', draft, { enabled: !empty });
  const [shown, setShown] = useState<Quote | null>(null);
  if (quote.data && quote.data !== shown) setShown(quote.data);
  const current = empty ? null : shown;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [asking, setAsking] = useState<{ method: PaymentMethod | null } | null>(null);
  const openBill = useOpMutation('cashier.openBill');

  const run = (approval: Approval | null, method: PaymentMethod | null) =>
    openBill.mutateAsync({ ...draft, approval }).then(
      (bill: Bill) => onOpened(bill.id, method),
      (error: unknown) => {
        // The job's bill is already open: carry on with it.
        if (isApiError(error) && error.code === 'CONFLICT' && typeof error.params.billId === 'number')
          onOpened(error.params.billId, method);
        else throw error;
      },
    );
  const open = (method: PaymentMethod | null) => {
    if (!current || openBill.isPending || editing) return;
    if (current.needsApproval && !manager) setAsking({ method });
    else
      run(null, method).catch((error: unknown) => notifications.show({ color: 'red', title: tillErrorText(t, error), message: undefined }));
  };
  useScreenHotkeys([
    ['Enter', () => open(null)],
    ...METHOD_KEYS.map(({ key, method }): [string, () => void] => [key, () => open(method)]),
    ...(draft.source.kind === 'deposit' ? [] : [['d', () => setEditing({ kind: 'bill' })] as [string, () => void]]),
  ]);

  const discountable = draft.source.kind !== 'deposit';
  return (
    <SimpleGrid
      cols={2}
      spacing="lg"
      style={{ gridTemplateColumns: '3fr 2fr' }}
      data-testid="bill-draft"
      data-loading={quote.isPending && !empty ? true : undefined}
    >
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        {draft.source.kind === 'sale' && <QuickItems items={settings.quickItems} onAdd={(key) => onChange(withItemAdded(draft, key))} />}
        {quote.isError ? (
          <Alert color="red" title={t('bill.failed')} data-testid="bill-error">
            {tillErrorText(t, quote.error)}
          </Alert>
        ) : !current && !empty ? (
          <Center h={120}>
            <Loader />
          </Center>
        ) : (
          <BillLines
            lines={current?.lines ?? []}
            actions={
              discountable
                ? (line) => (
                    <Group gap={4} wrap="nowrap">
                      {draft.source.kind === 'sale' && (
                        <>
                          <ActionIcon variant="subtle" aria-label="−" onClick={() => onChange(withQuantity(draft, line.lineNo, -1))}>
                            <IconMinus size={16} />
                          </ActionIcon>
                          <ActionIcon variant="subtle" aria-label="+" onClick={() => onChange(withQuantity(draft, line.lineNo, 1))}>
                            <IconPlus size={16} />
                          </ActionIcon>
                        </>
                      )}
                      {line.coveredReason === null && (
                        <Tooltip label={t('bill.discountLine')}>
                          <ActionIcon
                            variant={lineDiscount(draft, line.lineNo, line.jobLineNo) ? 'light' : 'subtle'}
                            color="orange"
                            aria-label={t('bill.discountLine')}
                            onClick={() =>
                              setEditing({ kind: 'line', lineNo: line.lineNo, jobLineNo: line.jobLineNo, description: line.description })
                            }
                          >
                            <IconDiscount size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  )
                : undefined
            }
          />
        )}
      </Stack>
      <Stack gap="sm">
        {current && <BillTotals totals={current} />}
        {discountable && (
          <Button
            variant="default"
            leftSection={<IconDiscount size={16} />}
            rightSection={<Kbd size="xs">D</Kbd>}
            onClick={() => setEditing({ kind: 'bill' })}
          >
            {t('bill.addDiscount')}
            {draft.billDiscount
              ? ` · ${draft.billDiscount.kind === 'percent' ? `${draft.billDiscount.bp / 100}%` : money(draft.billDiscount.valueMinor)}`
              : ''}
          </Button>
        )}
        {current?.needsApproval && !manager && (
          <Alert color="orange" icon={<IconShield size={18} />} data-testid="bill-needs-approval">
            {t('bill.needsApproval')}
          </Alert>
        )}
        <Button
          size="lg"
          onClick={() => open(null)}
          disabled={!current}
          loading={openBill.isPending}
          rightSection={<Kbd>Enter</Kbd>}
          data-testid="bill-open"
        >
          {t('bill.open')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('bill.openHint')}
        </Text>
      </Stack>
      <DiscountDialog
        title={
          editing === null
            ? null
            : editing.kind === 'bill'
              ? t('discount.titleBill')
              : t('discount.titleLine', { line: editing.description })
        }
        current={
          editing === null ? null : editing.kind === 'bill' ? draft.billDiscount : lineDiscount(draft, editing.lineNo, editing.jobLineNo)
        }
        limitBp={settings.discountLimitBp}
        onClose={() => setEditing(null)}
        onApply={(discount) => {
          if (editing?.kind === 'bill') onChange({ ...draft, billDiscount: discount });
          else if (editing) onChange(withLineDiscount(draft, editing.lineNo, editing.jobLineNo, discount));
          setEditing(null);
        }}
      />
      <ManagerApproval
        opened={asking !== null}
        onClose={() => setAsking(null)}
        action={t('bill.approvalAction', { amount: money((current?.lineDiscountMinor ?? 0) + (current?.billDiscountMinor ?? 0)) })}
        submitLabel={t('bill.approve')}
        onApprove={async (approval) => {
          await run(approval, asking?.method ?? null);
          setAsking(null);
        }}
      />
    </SimpleGrid>
  );
}
