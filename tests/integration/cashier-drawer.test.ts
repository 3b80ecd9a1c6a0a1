import { afterAll, describe, expect, it } from 'vitest';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';

/** A till's drawer: the counted float, cash in and out, no sale, the blind close with its limits, the X and Z reports. */

afterAll(closeJobsStores);

async function expectRefused(s: CashierStore, name: string, input: Record<string, unknown>, code: string, field: string) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, name, input, s.cashier.token);
  expect(result.ok, `${name} ${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return result;
  expect(result.error.code, result.error.message).toBe(code);
  expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  expect(snapshot(s.core)).toEqual(before);
  return result;
}

const hundreds = (count: number) => [{ denominationMinor: 10_000, count }];
const drawerAudit = (s: CashierStore) =>
  s.core.db.prepare("SELECT action, actor_id, approver_id, after_json FROM audit_log WHERE entity = 'drawer' ORDER BY id").all() as {
    action: string;
    actor_id: number;
    approver_id: number | null;
    after_json: string;
  }[];

describe('the cash drawer', () => {
  it('opens with a float counted by denomination, once per till; refuses a denomination it does not hold', async () => {
    const s = await cashierStore();
    await expectRefused(
      s,
      'cashier.drawer.open',
      { till: 'till1', counts: [{ denominationMinor: 300, count: 1 }] },
      'VALIDATION',
      'counts.0.denominationMinor',
    );
    await expectRefused(
      s,
      'cashier.drawer.open',
      { till: 'till1', counts: [...hundreds(1), ...hundreds(2)] },
      'VALIDATION',
      'counts.1.denominationMinor',
    );
    await expectRefused(
      s,
      'cashier.drawer.open',
      { till: 'till1', counts: [{ denominationMinor: 10_000, count: 1.5 }] },
      'VALIDATION',
      'counts.0.count',
    );
    await expectRefused(s, 'cashier.drawer.open', { till: 'nowhere', counts: hundreds(1) }, 'NOT_FOUND', 'till');
    const opened = await op(
      s.core,
      'cashier.drawer.open',
      { till: 'till1', counts: [...hundreds(3), { denominationMinor: 50, count: 8 }] },
      s.cashier.token,
    );
    expect(opened).toMatchObject({ kind: 'X', floatMinor: 30_400, expectedCashMinor: 30_400, openedBy: s.cashier.id });
    await expectRefused(s, 'cashier.drawer.open', { till: 'till1', counts: hundreds(1) }, 'CONFLICT', 'till');
  });

  it('takes cash in and out with a reason and records no sale, each audited; never takes out more than it holds', async () => {
    const s = await cashierStore();
    await s.openDrawer('till1', 2);
    const move = (input: Record<string, unknown>) => op(s.core, 'cashier.drawer.move', { till: 'till1', ...input }, s.cashier.token);
    await expectRefused(s, 'cashier.drawer.move', { till: 'till1', kind: 'cashIn', amountMinor: 1_000 }, 'VALIDATION', 'reason');
    await expectRefused(
      s,
      'cashier.drawer.move',
      { till: 'till1', kind: 'cashOut', amountMinor: 20_001, reason: 'bank' },
      'VALIDATION',
      'amountMinor',
    );
    await expectRefused(s, 'cashier.drawer.move', { till: 'till1', kind: 'noSale', amountMinor: 5 }, 'VALIDATION', 'amountMinor');
    await expectRefused(
      s,
      'cashier.drawer.move',
      { till: 'till1', kind: 'cashIn', amountMinor: -5, reason: 'x' },
      'VALIDATION',
      'amountMinor',
    );
    await move({ kind: 'cashIn', amountMinor: 5_000, reason: 'coins from the bank' });
    await move({ kind: 'cashOut', amountMinor: 2_000, reason: 'milk for the tea' });
    const x = await move({ kind: 'noSale', amountMinor: 0 });
    expect(x).toMatchObject({ cashInMinor: 5_000, cashOutMinor: 2_000, noSales: 1, expectedCashMinor: 23_000 });
    expect(drawerAudit(s).map((r) => [r.action, r.actor_id])).toEqual([
      ['cashier.drawer.open', s.cashier.id],
      ['cashier.drawer.cashIn', s.cashier.id],
      ['cashier.drawer.cashOut', s.cashier.id],
      ['cashier.drawer.noSale', s.cashier.id],
    ]);
  });

  it('closes blind: the count first, then the variance; a note above one limit, a manager’s PIN above the other; never twice', async () => {
    const s = await cashierStore();
    await s.openDrawer('till1', 2);
    const bill = await chargers(s, 1);
    await s.pay(bill.id, [
      { method: 'card', amountMinor: 900 },
      { method: 'cash', tenderedMinor: 10_000 },
    ]);
    // Expected: 200.00 float + 80.00 cash taken (change given back) = 280.00.
    const close = (counts: unknown, more: Record<string, unknown> = {}) => ({ till: 'till1', counts, ...more });
    const short = await expectRefused(s, 'cashier.drawer.close', close(hundreds(2)), 'VALIDATION', 'note');
    expect(short.ok ? null : short.error.params).toEqual({ varianceMinor: -8_000, expectedMinor: 28_000, countedMinor: 20_000 });
    await expectRefused(s, 'cashier.drawer.close', close(hundreds(2), { note: 'a note missing' }), 'APPROVAL_REQUIRED', 'approval');
    await expectRefused(
      s,
      'cashier.drawer.close',
      close(hundreds(2), {
        note: 'counted twice',
        approval: { approverId: s.cashier.id, pin: '41414141' },
      }),
      'APPROVAL_REQUIRED',
      'approval.approverId',
    );
    const z = await op(
      s.core,
      'cashier.drawer.close',
      close(hundreds(2), {
        note: 'a 50 and a 20 note short, and 10 in coins',
        approval: { approverId: s.manager.id, pin: '21212121' },
      }),
      s.cashier.token,
    );
    expect(z).toMatchObject({
      kind: 'Z',
      floatMinor: 20_000,
      byMethod: [
        { method: 'card', count: 1, amountMinor: 900 },
        { method: 'cash', count: 1, amountMinor: 8_000 },
      ],
      receipts: { count: 1, first: 'R2026-000001', last: 'R2026-000001' },
      expectedCashMinor: 28_000,
      countedMinor: 20_000,
      varianceMinor: -8_000,
      note: 'a 50 and a 20 note short, and 10 in coins',
      approvedBy: s.manager.id,
      closedBy: s.cashier.id,
    });
    expect(drawerAudit(s).at(-1)).toMatchObject({ action: 'cashier.drawer.close', actor_id: s.cashier.id, approver_id: s.manager.id });
    await expectRefused(s, 'cashier.drawer.close', close(hundreds(2)), 'INVALID_STATE', 'till');
    // The next opening shows the last close.
    const status = await op(s.core, 'cashier.drawer.status', { till: 'till1' }, s.cashier.token);
    expect(status).toMatchObject({ open: null, lastClose: { sessionId: z.sessionId, varianceMinor: -8_000 } });
    // Within the note limit (10.00), the count closes with no note.
    await s.openDrawer('till1', 1);
    const small = await op(s.core, 'cashier.drawer.close', close([...hundreds(1), { denominationMinor: 500, count: 1 }]), s.cashier.token);
    expect(small).toMatchObject({ varianceMinor: 500, note: '', approvedBy: null });
  });
});
