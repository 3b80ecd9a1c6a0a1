import { afterAll, describe, expect, it } from 'vitest';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, moneyRows, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';
import { anyString } from '../support/matchers.ts';

/** Voiding a bill: an unpaid one cancelled; a paid one by refunding what is left of each payment, a manager approving. */

afterAll(closeJobsStores);

const SCREEN = { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 } as const;

async function expectRefused(s: CashierStore, input: Record<string, unknown>, code: string, field: string) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, 'cashier.void', { till: 'till1', reason: 'wrong items', ...input }, s.cashier.token);
  expect(result.ok, `${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe(code);
  expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  // Checking a manager's PIN is auth's to record; nothing else may change.
  const { audit_log: _auditAfter, staff: _staffAfter, ...after } = snapshot(s.core);
  const { audit_log: _auditBefore, staff: _staffBefore, ...kept } = before;
  expect(after).toEqual(kept);
}

describe('cashier.void', () => {
  it('cancels an unpaid bill with a reason, no manager needed, and the job can be billed again', async () => {
    const s = await cashierStore();
    const job = await s.intake({ lines: [SCREEN] });
    const bill = await s.openBill({ source: { kind: 'job', jobId: job.id } });
    const rows = moneyRows(s.core);
    await expectRefused(s, { billId: bill.id, reason: ' ' }, 'VALIDATION', 'reason');
    await expectRefused(s, { billId: bill.id, till: 'nowhere' }, 'NOT_FOUND', 'till');
    const voided = await op(s.core, 'cashier.void', { billId: bill.id, till: 'till1', reason: 'priced the wrong screen' }, s.cashier.token);
    expect(voided).toMatchObject({
      bill: { status: 'voided', balanceMinor: 0, voided: { by: s.cashier.id, reason: 'priced the wrong screen' } },
      receipts: [],
      printJobs: [],
    });
    // Nothing moved: no receipt, payment or refund; the bill's lines stay.
    expect(moneyRows(s.core)).toEqual(rows);
    await expectRefused(s, { billId: bill.id }, 'INVALID_STATE', 'billId');
    // The job is owed in full again and a new bill opens for it.
    expect((await op(s.core, 'jobs.get', { jobId: job.id }, s.cashier.token)).owedMinor).toBe(45_000);
    const again = await s.openBill({ source: { kind: 'job', jobId: job.id } });
    expect(again).toMatchObject({ status: 'open', dueMinor: 45_000 });
    expect(again.id).not.toBe(bill.id);
    const audit = s.core.db
      .prepare("SELECT actor_id, approver_id, before_json, after_json FROM audit_log WHERE action = 'cashier.bill.void'")
      .all();
    expect(audit).toEqual([
      {
        actor_id: s.cashier.id,
        approver_id: null,
        before_json: JSON.stringify({ status: 'open' }),
        after_json: JSON.stringify({ status: 'voided', reason: 'priced the wrong screen', refunds: [] }),
      },
    ]);
  });

  it('voids a settled split bill by refunding each payment to its method, a manager approving by PIN; the chain stays whole', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const bill = await chargers(s, 2);
    const paid = await s.pay(bill.id, [
      { method: 'card', amountMinor: 10_000 },
      { method: 'cash', tenderedMinor: 10_000 },
    ]);
    const card = paid.bill.payments[0];
    // Part of the card payment was already given back: only the rest is refunded by the void.
    await op(
      s.core,
      'cashier.refund',
      { paymentId: card!.id, amountMinor: 1_000, till: 'till1', reason: 'scratched box', approval: null },
      s.manager.token,
    );
    await expectRefused(s, { billId: bill.id }, 'APPROVAL_REQUIRED', 'approval');
    await expectRefused(s, { billId: bill.id, approval: { approverId: s.manager.id, pin: '00000000' } }, 'WRONG_PIN', 'approval.pin');
    const voided = await op(
      s.core,
      'cashier.void',
      { billId: bill.id, till: 'till1', reason: 'returned both', approval: { approverId: s.manager.id, pin: '21212121' } },
      s.cashier.token,
    );
    expect(voided.receipts.map((r) => r.number)).toEqual(['R2026-000003', 'R2026-000004']);
    expect(voided.printJobs).toHaveLength(2);
    expect(voided.bill).toMatchObject({ status: 'voided', refundedMinor: 17_800, balanceMinor: 0, paidMinor: 17_800 });
    expect(voided.bill.payments.map((p) => [p.method, p.amountMinor, p.refundedMinor])).toEqual([
      ['card', 10_000, 10_000],
      ['cash', 7_800, 7_800],
    ]);
    const refunds = s.core.db.prepare('SELECT method, amount_minor, approved_by, reason FROM refunds ORDER BY id').all();
    expect(refunds).toEqual([
      { method: 'card', amount_minor: 1_000, approved_by: s.manager.id, reason: 'scratched box' },
      { method: 'card', amount_minor: 9_000, approved_by: s.manager.id, reason: 'returned both' },
      { method: 'cash', amount_minor: 7_800, approved_by: s.manager.id, reason: 'returned both' },
    ]);
    // The cash went back out of the drawer.
    const status = await op(s.core, 'cashier.drawer.status', { till: 'till1' }, s.cashier.token);
    expect(status.open).toMatchObject({ cashRefundsMinor: 7_800, expectedCashMinor: 50_000 });
    const audit = s.core.db.prepare("SELECT approver_id, after_json FROM audit_log WHERE action = 'cashier.bill.void'").get() as {
      approver_id: number;
      after_json: string;
    };
    expect(audit.approver_id).toBe(s.manager.id);
    expect(JSON.parse(audit.after_json)).toEqual({
      status: 'voided',
      reason: 'returned both',
      refunds: [
        { receipt: 'R2026-000003', refundOf: 'R2026-000001', method: 'card', amountMinor: 9_000 },
        { receipt: 'R2026-000004', refundOf: 'R2026-000001', method: 'cash', amountMinor: 7_800 },
      ],
    });
    expect(await op(s.core, 'cashier.verify', {}, s.admin.token)).toMatchObject({ ok: true, grandTotalMinor: 0 });
    // The store itself refuses to reopen or change a voided bill.
    expect(() => s.core.db.prepare("UPDATE bills SET status = 'settled' WHERE id = ?").run(bill.id)).toThrow(/never changed/);
  });

  it('refuses, writing nothing: cash to give back with the drawer closed, a deposit a live bill took off, no such bill', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const bill = await chargers(s);
    await s.pay(bill.id, [{ method: 'cash', tenderedMinor: 8_900 }]);
    // Counted as expected (the float and the 89.00 taken) and closed.
    const counts = [
      [10_000, 5],
      [5_000, 1],
      [2_000, 1],
      [1_000, 1],
      [500, 1],
      [100, 4],
    ].map(([denominationMinor, count]) => ({ denominationMinor, count }));
    await op(s.core, 'cashier.drawer.close', { till: 'till1', counts, note: '', approval: null }, s.cashier.token);
    const closed = await op(s.core, 'cashier.drawer.status', { till: 'till1' }, s.cashier.token);
    expect(closed.open).toBeNull();
    await expectRefused(s, { billId: bill.id, approval: { approverId: s.manager.id, pin: '21212121' } }, 'INVALID_STATE', 'till');

    const job = await s.intake({ lines: [SCREEN], depositMinor: 10_000 });
    await s.payDeposit(job.id);
    const deposit = (await op(s.core, 'cashier.findBills', { number: job.number }, s.cashier.token))[0]!;
    expect(deposit).toMatchObject({ kind: 'deposit', status: 'settled' });
    await s.openBill({ source: { kind: 'job', jobId: job.id } });
    await expectRefused(s, { billId: deposit.id, approval: { approverId: s.manager.id, pin: '21212121' } }, 'INVALID_STATE', 'billId');
    await expectRefused(s, { billId: 9_999 }, 'NOT_FOUND', 'billId');
  });
});

describe('cashier.findBills', () => {
  it('finds the bill behind a receipt (a payment or a refund), or a job’s bills newest first, by the number typed or scanned', async () => {
    const s = await cashierStore();
    const job = await s.intake({ lines: [SCREEN], depositMinor: 10_000 });
    await s.payDeposit(job.id);
    const work = await s.openBill({ source: { kind: 'job', jobId: job.id } });
    const paid = await s.pay(work.id, [{ method: 'wechat', amountMinor: 35_000 }]);
    const find = (number: string) => op(s.core, 'cashier.findBills', { number }, s.cashier.token);
    expect((await find(paid.receipt.number)).map((b) => b.id)).toEqual([work.id]);
    expect((await find(` ${paid.receipt.number.toLowerCase()} `)).map((b) => b.id)).toEqual([work.id]);
    const byJob = await find(job.number);
    expect(byJob.map((b) => [b.kind, b.status])).toEqual([
      ['job', 'settled'],
      ['deposit', 'settled'],
    ]);
    const missing = await tryOp(s.core, 'cashier.findBills', { number: 'R2026-999999' }, s.cashier.token);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { number: anyString() } } });
    const forbidden = await tryOp(s.core, 'cashier.findBills', { number: job.number }, s.tech.token);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
