import { afterAll, describe, expect, it } from 'vitest';
import { getJobDocument } from '../../electron/core/printing/jobs.ts';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, moneyRows, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores, move } from '../support/jobs-store.ts';
import { pngDataUrl } from '../support/job-samples.ts';

/** Paying a bill: split in any order, partial, cash with change; the receipt numbered and queued in the same transaction. */

afterAll(closeJobsStores);

async function expectRefused(s: CashierStore, input: Record<string, unknown>, code: string, field: string) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, 'cashier.pay', { till: 'till1', ...input }, s.cashier.token);
  expect(result.ok, `${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe(code);
  expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  expect(snapshot(s.core)).toEqual(before);
}

const receiptJobs = (s: CashierStore) =>
  s.core.db.prepare("SELECT id, title, status FROM print_jobs WHERE kind = 'receipt' ORDER BY id").all() as {
    id: number;
    title: string;
    status: string;
  }[];

describe('cashier.pay', () => {
  it('takes a split payment (card, then cash with change), numbers the receipt and queues it with the drawer kick', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const bill = await chargers(s, 2);
    expect(bill.dueMinor).toBe(17_800);
    const paid = await s.pay(bill.id, [
      { method: 'card', amountMinor: 10_000, reference: 'slip 0042' },
      { method: 'cash', tenderedMinor: 10_000 },
    ]);
    expect(paid).toMatchObject({ receipt: { number: 'R2026-000001' }, changeMinor: 2_200 });
    expect(paid.bill).toMatchObject({ status: 'settled', paidMinor: 17_800, balanceMinor: 0 });
    expect(paid.bill.payments.map((p) => [p.method, p.reference, p.amountMinor, p.tenderedMinor, p.changeMinor, p.receiptNumber])).toEqual([
      ['card', 'slip 0042', 10_000, 10_000, 0, 'R2026-000001'],
      ['cash', '', 7_800, 10_000, 2_200, 'R2026-000001'],
    ]);
    // Queued in the payment's transaction, on the routed printer: the receipt's lines, each payment, the change, and the drawer kick.
    expect(receiptJobs(s)).toEqual([{ id: paid.printJobs[0]!.id, title: 'Receipt R2026-000001', status: 'queued' }]);
    const { document } = getJobDocument(s.core.db, paid.printJobs[0]!.id);
    const text = document.blocks.flatMap((b) =>
      b.t === 'kv'
        ? [`${b.key}: ${b.value}`]
        : b.t === 'text'
          ? [b.text]
          : b.t === 'table'
            ? [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
            : [`[${b.t}]`],
    );
    expect(text).toEqual(
      expect.arrayContaining([
        'Receipt no.: R2026-000001',
        'Item | Qty | Price | Amount',
        'Charger | 2 | 89.00 | 178.00',
        'Total: CN¥178.00',
        'Card slip 0042: CN¥100.00',
        'Cash: CN¥78.00 (tendered CN¥100.00)',
        'Change: CN¥22.00',
        'Paid in full',
        'Cashier: Cathy Cashier',
        '[qr]',
        '[drawer]',
      ]),
    );
    // Audited with the money, the caller named.
    const audit = s.core.db.prepare("SELECT actor_id, before_json, after_json FROM audit_log WHERE action = 'cashier.pay'").get();
    expect(audit).toEqual({
      actor_id: s.cashier.id,
      before_json: JSON.stringify({ balanceMinor: 17_800 }),
      after_json: JSON.stringify({
        receipt: 'R2026-000001',
        payments: [
          { method: 'card', amountMinor: 10_000, appliedMinor: 10_000, changeMinor: 0 },
          { method: 'cash', amountMinor: 7_800, appliedMinor: 7_800, changeMinor: 2_200 },
        ],
        balanceMinor: 0,
      }),
    });
  });

  it('gives the same balance whatever the order of the methods, and leaves a balance when paid in part', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const a = await chargers(s, 3);
    const b = await chargers(s, 3);
    const one = await s.pay(a.id, [
      { method: 'cash', tenderedMinor: 5_000 },
      { method: 'alipay', amountMinor: 12_345 },
    ]);
    const other = await s.pay(b.id, [
      { method: 'alipay', amountMinor: 12_345 },
      { method: 'cash', tenderedMinor: 5_000 },
    ]);
    expect(one.bill.balanceMinor).toBe(26_700 - 17_345);
    expect(other.bill.balanceMinor).toBe(one.bill.balanceMinor);
    expect([one.changeMinor, other.changeMinor]).toEqual([0, 0]);
    // A second receipt for the rest: numbers run on without a gap.
    const rest = await s.pay(a.id, [{ method: 'bank', amountMinor: 9_355, reference: 'TX-88' }]);
    expect(rest).toMatchObject({ receipt: { number: 'R2026-000003' }, bill: { status: 'settled', balanceMinor: 0 } });
    expect(rest.bill.receipts.map((r) => [r.number, r.amountMinor, r.balanceAfterMinor])).toEqual([
      ['R2026-000001', 17_345, 9_355],
      ['R2026-000003', 9_355, 0],
    ]);
  });

  it('rounds a settling cash payment to 0.1 yuan when the shop asks, keeping the difference on the payment', async () => {
    const s = await cashierStore();
    await op(s.core, 'cashier.settings.set', { cashRounding: true }, s.admin.token);
    await s.openDrawer();
    const bill = await chargers(s, 1);
    const card = await s.pay(bill.id, [{ method: 'card', amountMinor: 1_234 }]);
    expect(card.bill).toMatchObject({ balanceMinor: 7_666, cashDueMinor: 7_670 });
    const cash = await s.pay(bill.id, [{ method: 'cash', tenderedMinor: 10_000 }]);
    expect(cash.bill.payments[1]).toMatchObject({ amountMinor: 7_670, appliedMinor: 7_666, roundingMinor: 4, changeMinor: 2_330 });
    expect(cash.bill.status).toBe('settled');
  });

  it('refuses, naming the field and writing nothing: overpaying by card, cash without an open drawer, a settled bill, too little tendered, fractions', async () => {
    const s = await cashierStore();
    const bill = await chargers(s, 1);
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'cash', tenderedMinor: 10_000 }] }, 'INVALID_STATE', 'till');
    await s.openDrawer();
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'card', amountMinor: 8_901 }] }, 'VALIDATION', 'payments.0.amountMinor');
    await expectRefused(
      s,
      {
        billId: bill.id,
        payments: [
          { method: 'wechat', amountMinor: 5_000 },
          { method: 'card', amountMinor: 5_000 },
        ],
      },
      'VALIDATION',
      'payments.1.amountMinor',
    );
    await expectRefused(
      s,
      { billId: bill.id, payments: [{ method: 'cash', tenderedMinor: 100, amountMinor: 200 }] },
      'VALIDATION',
      'payments.0.tenderedMinor',
    );
    await expectRefused(
      s,
      {
        billId: bill.id,
        payments: [
          { method: 'card', amountMinor: 8_900 },
          { method: 'cash', tenderedMinor: 100 },
        ],
      },
      'VALIDATION',
      'payments.1',
    );
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'card', amountMinor: 100.5 }] }, 'VALIDATION', 'payments.0.amountMinor');
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'card', amountMinor: -100 }] }, 'VALIDATION', 'payments.0.amountMinor');
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'cheque', amountMinor: 100 }] }, 'VALIDATION', 'payments.0.method');
    await expectRefused(s, { billId: bill.id, till: 'till9', payments: [{ method: 'card', amountMinor: 100 }] }, 'NOT_FOUND', 'till');
    await s.pay(bill.id, [{ method: 'card', amountMinor: 8_900 }]);
    await expectRefused(s, { billId: bill.id, payments: [{ method: 'card', amountMinor: 1 }] }, 'INVALID_STATE', 'billId');
    // No receipt number was used by a refusal.
    expect(s.core.db.prepare('SELECT number FROM receipts').all()).toEqual([{ number: 'R2026-000001' }]);
  });

  it('the job is handed over once its bill is paid, without a manager marking it paid', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const job = await s.intake({ depositMinor: 0 });
    for (const [token, event] of [
      [s.admin.token, { type: 'assign', technicianId: s.tech.id }],
      [s.tech.token, { type: 'startDiagnosis' }],
      [s.tech.token, { type: 'startRepair' }],
      [s.tech.token, { type: 'submitForQc' }],
      [s.tech.token, { type: 'qcSelfCheck', passed: true, note: '' }],
      [s.tech2.token, { type: 'qcSecondCheck', passed: true, note: '' }],
      [s.tech.token, { type: 'markReady' }],
    ] as const)
      await move(s.core, token, job.id, event);
    const handOver = {
      jobId: job.id,
      proof: { kind: 'ticket', number: job.number },
      accessories: [{ item: 'case', state: 'returned' }],
      signature: pngDataUrl(),
      print: false,
    };
    const owed = await tryOp(s.core, 'jobs.pickup', handOver, s.reception.token);
    expect(owed).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', params: { reason: 'owed', owedMinor: 45_000 } } });
    const bill = await s.openBill({ source: { kind: 'job', jobId: job.id } });
    await s.pay(bill.id, [{ method: 'card', amountMinor: 20_000 }]);
    expect((await op(s.core, 'jobs.get', { jobId: job.id }, s.reception.token)).owedMinor).toBe(25_000);
    expect(await tryOp(s.core, 'jobs.pickup', handOver, s.reception.token)).toMatchObject({
      ok: false,
      error: { params: { owedMinor: 25_000 } },
    });
    await s.pay(bill.id, [{ method: 'cash', tenderedMinor: 30_000 }]);
    const delivered = await op(s.core, 'jobs.pickup', handOver, s.reception.token);
    expect(delivered).toMatchObject({ status: 'delivered', owedMinor: 0, settlement: { paidMarkedBy: null } });
    expect(moneyRows(s.core)).toMatchObject({ bills: 1, payments: 2, receipts: 2 });
  });
});
