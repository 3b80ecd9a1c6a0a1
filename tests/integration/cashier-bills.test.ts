import { afterAll, describe, expect, it } from 'vitest';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';

/** Bills from a job, its deposit or a quick sale: priced once (per-line tax, half-up), discounts approved above the limit. */

afterAll(closeJobsStores);

const SCREEN = { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 } as const;
const LABOUR = { kind: 'labour', description: 'Fitting', quantity: 2, unitPriceMinor: 5_000, warrantyCovered: true } as const;

/** Expects the call refused with `code`, naming `field` (when given), and the store exactly as before. */
async function expectRefused(s: CashierStore, name: string, input: unknown, code: string, field?: string, token = s.cashier.token) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, name, input, token);
  expect(result.ok, `${name} ${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe(code);
  if (field) expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  // A wrong PIN is counted and audited by auth, a forbidden call audited; nothing else may change.
  const { audit_log: _after, staff: _staffAfter, ...after } = snapshot(s.core);
  const { audit_log: _before, staff: _staffBefore, ...kept } = before;
  expect(after).toEqual(kept);
  if (code !== 'WRONG_PIN' && code !== 'FORBIDDEN') expect(snapshot(s.core)).toEqual(before);
}

describe('a job bill', () => {
  it('bills the accepted lines, a covered one at no charge saying why, the deposit taken off once it is paid', async () => {
    const s = await cashierStore();
    const job = await s.intake({ lines: [SCREEN, LABOUR], depositMinor: 10_000 });
    // The deposit agreed is not money yet: nothing is taken off.
    const before = await op(s.core, 'cashier.quote', { source: { kind: 'job', jobId: job.id } }, s.cashier.token);
    expect(before).toMatchObject({ totalMinor: 45_000, depositAppliedMinor: 0, dueMinor: 45_000, needsApproval: false });

    const deposit = await s.openBill({ source: { kind: 'deposit', jobId: job.id } });
    expect(deposit).toMatchObject({
      kind: 'deposit',
      jobNumber: job.number,
      lines: [{ kind: 'deposit', description: `Deposit for job ${job.number}`, taxable: false, taxMinor: 0, totalMinor: 10_000 }],
      dueMinor: 10_000,
      status: 'open',
    });
    await s.pay(deposit.id, [{ method: 'wechat', amountMinor: 10_000, reference: 'WX-1' }]);
    expect((await op(s.core, 'jobs.get', { jobId: job.id }, s.cashier.token)).owedMinor).toBe(35_000);

    const bill = await s.openBill({ source: { kind: 'job', jobId: job.id } });
    expect(bill).toMatchObject({
      kind: 'job',
      status: 'open',
      taxMode: 'inclusive',
      taxRateBp: 600,
      lines: [
        // 450.00 holding 6%: 450.00 × 6 / 106 = 25.4716... rounds half-up to 25.47.
        {
          lineNo: 1,
          jobLineNo: 1,
          description: 'Screen assembly',
          unitPriceMinor: 45_000,
          coveredReason: null,
          taxMinor: 2_547,
          totalMinor: 45_000,
        },
        {
          lineNo: 2,
          jobLineNo: 2,
          description: 'Fitting',
          quantity: 2,
          unitPriceMinor: 0,
          listPriceMinor: 5_000,
          coveredReason: 'warranty',
          totalMinor: 0,
        },
      ],
      totalMinor: 45_000,
      taxMinor: 2_547,
      depositAppliedMinor: 10_000,
      dueMinor: 35_000,
      balanceMinor: 35_000,
    });
    // One live bill of each kind for a job.
    await expectRefused(s, 'cashier.openBill', { source: { kind: 'job', jobId: job.id } }, 'CONFLICT', 'source.jobId');
    await expectRefused(s, 'cashier.openBill', { source: { kind: 'deposit', jobId: job.id } }, 'CONFLICT', 'source.jobId');
    const audit = s.core.db
      .prepare("SELECT actor_id, entity_id, after_json FROM audit_log WHERE action = 'cashier.bill.open' ORDER BY id")
      .all();
    expect(audit.at(-1)).toEqual({
      actor_id: s.cashier.id,
      entity_id: String(bill.id),
      after_json: JSON.stringify({
        kind: 'job',
        job: job.number,
        totalMinor: 45_000,
        discountMinor: 0,
        taxMinor: 2_547,
        depositAppliedMinor: 10_000,
        dueMinor: 35_000,
      }),
    });
  });

  it('refuses, writing nothing: a discount on a covered or unknown line, a deposit bill for a job with none, no such job', async () => {
    const s = await cashierStore();
    const job = await s.intake({ lines: [SCREEN, LABOUR], depositMinor: 0 });
    const discount = { kind: 'percent', bp: 500 };
    await expectRefused(
      s,
      'cashier.openBill',
      { source: { kind: 'job', jobId: job.id, lineDiscounts: [{ lineNo: 2, discount }] } },
      'VALIDATION',
      'source.lineDiscounts.0.lineNo',
    );
    await expectRefused(
      s,
      'cashier.openBill',
      { source: { kind: 'job', jobId: job.id, lineDiscounts: [{ lineNo: 9, discount }] } },
      'VALIDATION',
      'source.lineDiscounts.0.lineNo',
    );
    await expectRefused(s, 'cashier.openBill', { source: { kind: 'deposit', jobId: job.id } }, 'VALIDATION', 'source.jobId');
    await expectRefused(s, 'cashier.openBill', { source: { kind: 'job', jobId: 999 } }, 'NOT_FOUND', 'source.jobId');
  });
});

describe('a quick sale', () => {
  it('prices items from the till list with tax added per line (half-up), and line and bill discounts', async () => {
    const s = await cashierStore();
    await op(
      s.core,
      'store.profile.update',
      { ...(await import('../support/core.ts')).PROFILE, taxMode: 'exclusive', taxRateBp: 1_300 },
      s.admin.token,
    );
    const bill = await s.openBill({
      source: {
        kind: 'sale',
        customerId: s.customerId,
        items: [
          { itemKey: 'charger', quantity: 3, discount: { kind: 'percent', bp: 1_000 } },
          { itemKey: 'screen-protector', quantity: 1 },
        ],
      },
      billDiscount: { kind: 'amount', valueMinor: 1_000 },
    });
    // Chargers 3 × 89.00 = 267.00 less 10% = 240.30; protector 30.00. The 10.00 off the bill is shared 240.30 : 30.00
    // (8.89 and 1.11, the largest remainder taking the odd fen); each line then carries 13% of its own net.
    expect(bill.lines.map((l) => [l.description, l.discountMinor, l.billDiscountShareMinor, l.netMinor, l.taxMinor, l.totalMinor])).toEqual(
      [
        ['Charger', 2_670, 889, 23_141, 3_008, 26_149],
        ['Screen protector', 0, 111, 2_889, 376, 3_265],
      ],
    );
    expect(bill).toMatchObject({
      grossMinor: 29_700,
      lineDiscountMinor: 2_670,
      billDiscountMinor: 1_000,
      taxMinor: 3_384,
      totalMinor: 29_414,
      dueMinor: 29_414,
    });
  });

  it('needs a manager for a discount above the limit: the PIN given, or a manager at the till; a wrong PIN is refused', async () => {
    const s = await cashierStore();
    const big = { source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 1, discount: { kind: 'percent', bp: 2_000 } }] } };
    expect(await op(s.core, 'cashier.quote', big, s.cashier.token)).toMatchObject({ needsApproval: true, totalMinor: 7_120 });
    await expectRefused(s, 'cashier.openBill', big, 'APPROVAL_REQUIRED', 'approval');
    await expectRefused(
      s,
      'cashier.openBill',
      { ...big, approval: { approverId: s.manager.id, pin: '99999999' } },
      'WRONG_PIN',
      'approval.pin',
    );
    const approved = await s.openBill({ ...big, approval: { approverId: s.manager.id, pin: '21212121' } });
    expect(approved).toMatchObject({ discountApprovedBy: s.manager.id, totalMinor: 7_120 });
    const byManager = await s.openBill(big, s.manager.token);
    expect(byManager.discountApprovedBy).toBe(s.manager.id);
    const rows = s.core.db.prepare("SELECT actor_id, approver_id FROM audit_log WHERE action = 'cashier.bill.open' ORDER BY id").all();
    expect(rows).toEqual([
      { actor_id: s.cashier.id, approver_id: s.manager.id },
      { actor_id: s.manager.id, approver_id: null },
    ]);
    // Within the limit (10% by default) the cashier gives it alone.
    expect(
      (
        await s.openBill({
          source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 1, discount: { kind: 'percent', bp: 1_000 } }] },
        })
      ).discountApprovedBy,
    ).toBeNull();
  });

  it('refuses, naming the field and writing nothing: a discount over 100% or above the line, a fraction of a fen, an unknown item, a receptionist', async () => {
    const s = await cashierStore();
    const item = (more: Record<string, unknown>) => ({ source: { kind: 'sale', items: [{ itemKey: 'charger', quantity: 1, ...more }] } });
    await expectRefused(
      s,
      'cashier.openBill',
      item({ discount: { kind: 'percent', bp: 10_001 } }),
      'VALIDATION',
      'source.items.0.discount.bp',
    );
    await expectRefused(
      s,
      'cashier.openBill',
      item({ discount: { kind: 'amount', valueMinor: 8_901 } }),
      'VALIDATION',
      'source.items.0.discount.valueMinor',
    );
    await expectRefused(
      s,
      'cashier.openBill',
      item({ discount: { kind: 'amount', valueMinor: 10.5 } }),
      'VALIDATION',
      'source.items.0.discount.valueMinor',
    );
    await expectRefused(
      s,
      'cashier.openBill',
      item({ discount: { kind: 'amount', valueMinor: -1 } }),
      'VALIDATION',
      'source.items.0.discount.valueMinor',
    );
    await expectRefused(s, 'cashier.openBill', item({ quantity: 1.5 }), 'VALIDATION', 'source.items.0.quantity');
    await expectRefused(
      s,
      'cashier.openBill',
      { ...item({}), billDiscount: { kind: 'amount', valueMinor: 9_000 } },
      'VALIDATION',
      'billDiscount.valueMinor',
    );
    await expectRefused(
      s,
      'cashier.openBill',
      { source: { kind: 'sale', items: [{ itemKey: 'phone', quantity: 1 }] } },
      'VALIDATION',
      'source.items.0.itemKey',
    );
    await expectRefused(s, 'cashier.openBill', item({}), 'FORBIDDEN', undefined, s.reception.token);
    // A bill discount of 100% is allowed (with a manager): the bill costs nothing and is settled as it opens.
    const free = await s.openBill({ ...item({}), billDiscount: { kind: 'percent', bp: 10_000 } }, s.manager.token);
    expect(free).toMatchObject({ totalMinor: 0, dueMinor: 0, status: 'settled' });
    expect((await chargers(s)).status).toBe('open');
  });
});

describe('the store keeps financial records as they were written', () => {
  it('refuses to change or delete a bill line, a payment, a receipt, a drawer movement, or a bill’s money, whoever asks', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const bill = await chargers(s, 2);
    await s.pay(bill.id, [{ method: 'card', amountMinor: 10_000 }]);
    const { db } = s.core;
    const refused: [string, RegExp][] = [
      ['UPDATE payments SET amount_minor = 1', /payments are never changed: a refund is a new record/],
      ['DELETE FROM payments', /payments are never deleted/],
      ['UPDATE receipts SET amount_minor = 1', /receipts are never changed/],
      ['DELETE FROM receipts', /receipts are never deleted/],
      ['UPDATE bill_lines SET unit_price_minor = 1', /bill lines are never changed/],
      ['DELETE FROM bill_lines', /bill lines are never deleted/],
      ['UPDATE drawer_movements SET amount_minor = 1', /drawer movements are never changed/],
      ['DELETE FROM drawer_movements', /drawer movements are never deleted/],
      ['DELETE FROM bills', /bills are never deleted/],
      ['UPDATE bills SET total_minor = 1', /a bill's money is never changed/],
      ['DELETE FROM drawer_sessions', /drawer sessions are never deleted/],
      ['UPDATE drawer_sessions SET float_minor = 1', /a drawer session is closed once/],
    ];
    for (const [sql, message] of refused) expect(() => db.prepare(sql).run(), sql).toThrow(message);
    // Its status moves on once, a void saying when, by whom and why; then nothing about it changes.
    expect(() => db.prepare("UPDATE bills SET status = 'voided', closed_at = 'x' WHERE id = ?").run(bill.id)).toThrow(
      /a bill's money is never changed/,
    );
    db.prepare(
      "UPDATE bills SET status = 'voided', closed_at = 'x', voided_at = 'x', voided_by = ?, void_reason = 'test' WHERE id = ?",
    ).run(s.cashier.id, bill.id);
    expect(() => db.prepare("UPDATE bills SET status = 'open', closed_at = NULL WHERE id = ?").run(bill.id)).toThrow(
      /a voided bill not changed at all/,
    );
  });
});
