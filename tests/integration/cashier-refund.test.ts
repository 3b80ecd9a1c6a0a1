import { afterAll, describe, expect, it } from 'vitest';
import { getJobDocument } from '../../electron/core/printing/jobs.ts';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';

/** Refunds: against one payment, never more than is left of it, a manager approving; a reversing record and its own receipt. */

afterAll(closeJobsStores);

const MANAGER = { approverId: 0, pin: '21212121' };

async function expectRefused(s: CashierStore, input: Record<string, unknown>, code: string, field: string) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, 'cashier.refund', { till: 'till1', reason: 'faulty', ...input }, s.cashier.token);
  expect(result.ok, `${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe(code);
  expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  // Checking a manager's PIN is auth's to record (a wrong one counted and audited, a right one clearing the count).
  const { audit_log: _auditAfter, staff: _staffAfter, ...after } = snapshot(s.core);
  const { audit_log: _auditBefore, staff: _staffBefore, ...kept } = before;
  expect(after).toEqual(kept);
}

describe('cashier.refund', () => {
  it('gives back part of a card payment to the card and the rest in cash, each approved, the payment untouched', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const approval = { ...MANAGER, approverId: s.manager.id };
    const bill = await chargers(s, 2);
    const paid = await s.pay(bill.id, [{ method: 'card', amountMinor: 17_800 }]);
    const card = paid.bill.payments[0]!;
    const refund = (more: Record<string, unknown>) =>
      op(
        s.core,
        'cashier.refund',
        { paymentId: card.id, till: 'till1', reason: 'one charger was faulty', approval, ...more },
        s.cashier.token,
      );

    const first = await refund({ amountMinor: 8_900 });
    expect(first).toMatchObject({
      receipt: { number: 'R2026-000002' },
      bill: { status: 'settled', refundedMinor: 8_900, balanceMinor: 0 },
    });
    expect(first.bill.payments[0]).toMatchObject({ amountMinor: 17_800, refundedMinor: 8_900 });
    const { document } = getJobDocument(s.core.db, first.printJobs[0]!.id);
    const text = document.blocks.map((b) => (b.t === 'kv' ? `${b.key}: ${b.value}` : b.t === 'text' ? b.text : `[${b.t}]`));
    expect(text).toEqual(
      expect.arrayContaining([
        'Refund receipt',
        'Refund of receipt: R2026-000001',
        'Refunded (Card): CN¥89.00',
        'Reason: one charger was faulty',
        'Approved by: Max Manager',
      ]),
    );
    expect(text).not.toContain('[drawer]');

    await expectRefused(s, { paymentId: card.id, amountMinor: 8_901, approval }, 'VALIDATION', 'amountMinor');
    const cash = await refund({ amountMinor: 8_900, to: 'cash' });
    expect(cash.bill.refundedMinor).toBe(17_800);
    await expectRefused(s, { paymentId: card.id, amountMinor: 1, approval }, 'INVALID_STATE', 'paymentId');
    // The drawer paid out the cash refund: it should now hold the float less 89.00.
    const status = await op(s.core, 'cashier.drawer.status', { till: 'till1' }, s.cashier.token);
    expect(status.open).toMatchObject({ refundsMinor: 17_800, cashRefundsMinor: 8_900, expectedCashMinor: 50_000 - 8_900 });
    const audit = s.core.db
      .prepare("SELECT actor_id, approver_id, after_json FROM audit_log WHERE action = 'cashier.refund' ORDER BY id")
      .all();
    expect(audit).toEqual([
      {
        actor_id: s.cashier.id,
        approver_id: s.manager.id,
        after_json: JSON.stringify({
          receipt: 'R2026-000002',
          refundOf: 'R2026-000001',
          method: 'card',
          amountMinor: 8_900,
          reason: 'one charger was faulty',
        }),
      },
      {
        actor_id: s.cashier.id,
        approver_id: s.manager.id,
        after_json: JSON.stringify({
          receipt: 'R2026-000003',
          refundOf: 'R2026-000001',
          method: 'cash',
          amountMinor: 8_900,
          reason: 'one charger was faulty',
        }),
      },
    ]);
    // Both refunds are links of the chain: it is whole, its grand total what was kept.
    expect(await op(s.core, 'cashier.verify', {}, s.admin.token)).toMatchObject({ ok: true, checked: 7, grandTotalMinor: 0 });
  });

  it('refuses, writing nothing: no manager, a wrong PIN, no reason, nothing left, a fraction, cash beyond what the drawer holds', async () => {
    const s = await cashierStore();
    await s.openDrawer('till1', 1);
    const bill = await chargers(s, 3);
    const paid = await s.pay(bill.id, [{ method: 'alipay', amountMinor: 26_700 }]);
    const paymentId = paid.bill.payments[0]!.id;
    const approval = { ...MANAGER, approverId: s.manager.id };
    await expectRefused(s, { paymentId, amountMinor: 100 }, 'APPROVAL_REQUIRED', 'approval');
    await expectRefused(s, { paymentId, amountMinor: 100, approval: { ...approval, pin: '00000000' } }, 'WRONG_PIN', 'approval.pin');
    await expectRefused(s, { paymentId, amountMinor: 100, approval, reason: ' ' }, 'VALIDATION', 'reason');
    await expectRefused(s, { paymentId, amountMinor: 0.5, approval }, 'VALIDATION', 'amountMinor');
    await expectRefused(s, { paymentId, amountMinor: 26_701, approval }, 'VALIDATION', 'amountMinor');
    await expectRefused(s, { paymentId: 999, amountMinor: 1, approval }, 'NOT_FOUND', 'paymentId');
    // The drawer holds 100.00: 200.00 in cash cannot come out of it.
    await expectRefused(s, { paymentId, amountMinor: 20_000, to: 'cash', approval }, 'VALIDATION', 'amountMinor');
  });
});
