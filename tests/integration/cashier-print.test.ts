import { afterAll, describe, expect, it } from 'vitest';
import { getJobDocument } from '../../electron/core/printing/jobs.ts';
import type { PrintDocument } from '../../shared/print/layout.ts';
import { op, snapshot, tryOp } from '../support/core.ts';
import { cashierStore, chargers, moneyRows, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';
import { anyNumber, stringMatching } from '../support/matchers.ts';

/** The drawer's X and Z reports on paper, and a receipt printed again as a copy. */

afterAll(closeJobsStores);

/** The document's words, one entry a block (a table: its header, then a row an entry). */
const words = (doc: PrintDocument) =>
  doc.blocks.flatMap((b) =>
    b.t === 'kv'
      ? [`${b.key}: ${b.value}`]
      : b.t === 'text'
        ? [b.text]
        : b.t === 'table'
          ? [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.cells.join(' | '))]
          : [`[${b.t}]`],
  );

async function routeReports(s: CashierStore) {
  await op(s.core, 'print.routes.save', { routes: [{ kind: 'report', printerId: s.printerId, paper: '80mm', copies: 1 }] }, s.admin.token);
}

const auditOf = (s: CashierStore, action: string) =>
  s.core.db.prepare('SELECT actor_id, entity, entity_id, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    actor_id: number;
    entity: string;
    entity_id: string;
    after_json: string;
  }[];

async function expectRefused(s: CashierStore, name: string, input: Record<string, unknown>, code: string, field: string) {
  const before = snapshot(s.core);
  const result = await tryOp(s.core, name, input, s.cashier.token);
  expect(result.ok, `${name} ${JSON.stringify(input)} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe(code);
  expect(Object.keys(result.error.fields), result.error.message).toContain(field);
  expect(snapshot(s.core)).toEqual(before);
}

describe('drawer reports on paper', () => {
  it('prints the Z report as the drawer closes: names, takings per method, receipts, expected, the count by denomination, the variance and the note', async () => {
    const s = await cashierStore();
    await routeReports(s);
    const opened = await s.openDrawer('till1', 5);
    const first = await s.pay((await chargers(s, 2)).id, [
      { method: 'card', amountMinor: 10_000 },
      { method: 'cash', tenderedMinor: 10_000 },
    ]);
    const second = await s.pay((await chargers(s, 1)).id, [{ method: 'wechat', amountMinor: 8_900 }]);
    // Expected: 500.00 float + 78.00 cash = 578.00; counted 558.00 (five 100s, five 10s, eight 1s): 20.00 short.
    const counts = [
      { denominationMinor: 10_000, count: 5 },
      { denominationMinor: 1_000, count: 5 },
      { denominationMinor: 100, count: 8 },
    ];
    const closed = await op(s.core, 'cashier.drawer.close', { till: 'till1', counts, note: 'a 20 note missing' }, s.cashier.token);
    expect(closed).toMatchObject({ kind: 'Z', openedByName: 'Cathy Cashier', closedByName: 'Cathy Cashier', varianceMinor: -2_000 });
    expect(closed.counted).toEqual(counts);
    expect(closed.printJobs).toEqual([{ id: anyNumber(), status: 'queued' }]);

    const { job, document } = getJobDocument(s.core.db, closed.printJobs[0]!.id);
    expect(job).toMatchObject({ kind: 'report', title: stringMatching(/^Z report /) });
    expect(document.reprint).toBeUndefined();
    const text = words(document);
    expect(text).toEqual(
      expect.arrayContaining([
        'Z REPORT',
        'Final: the drawer is closed',
        `Session: #${opened.sessionId}`,
        stringMatching(/^Opened: \d{4}-\d\d-\d\d \d\d:\d\d by Cathy Cashier$/),
        stringMatching(/^Closed: \d{4}-\d\d-\d\d \d\d:\d\d by Cathy Cashier$/),
        'Method | Count | Amount',
        'Card | 1 | 100.00',
        'Cash | 1 | 78.00',
        'WeChat Pay | 1 | 89.00',
        'Total | 3 | 267.00',
        `Receipts issued: 2 (${first.receipt.number} – ${second.receipt.number})`,
        'Float: CN¥500.00',
        'Cash taken: CN¥78.00',
        'Expected: CN¥578.00',
        'Note or coin | Pieces | Amount',
        'CN¥100.00 | 5 | 500.00',
        'CN¥10.00 | 5 | 50.00',
        'CN¥1.00 | 8 | 8.00',
        'Counted: CN¥558.00',
        'Variance: -CN¥20.00 (short)',
        'Note: a 20 note missing',
      ]),
    );
    expect(text.indexOf('Z REPORT')).toBeLessThan(text.indexOf('Variance: -CN¥20.00 (short)'));
  });

  it('prints the X report on demand while open, a marked copy of a closed Z, audited; refuses a closed drawer or a session the till does not have', async () => {
    const s = await cashierStore();
    await routeReports(s);
    const opened = await s.openDrawer('till1', 2);
    const x = await op(s.core, 'cashier.drawer.printReport', { till: 'till1' }, s.cashier.token);
    expect(x.report).toMatchObject({ kind: 'X', sessionId: opened.sessionId, closedByName: null, counted: null });
    const xDoc = getJobDocument(s.core.db, x.printJobs[0]!.id).document;
    expect(words(xDoc)).toEqual(
      expect.arrayContaining(['X REPORT', 'Interim: the drawer stays open', 'No payments taken', 'Expected: CN¥200.00']),
    );
    expect(words(xDoc).some((w) => w.startsWith('Variance'))).toBe(false);
    expect(auditOf(s, 'cashier.drawer.printReport')).toEqual([
      {
        actor_id: s.cashier.id,
        entity: 'drawer',
        entity_id: String(opened.sessionId),
        after_json: JSON.stringify({ till: 'till1', kind: 'X', printJobs: [x.printJobs[0]!.id] }),
      },
    ]);

    await op(s.core, 'cashier.drawer.close', { till: 'till1', counts: [{ denominationMinor: 10_000, count: 2 }] }, s.cashier.token);
    await expectRefused(s, 'cashier.drawer.printReport', { till: 'till1' }, 'INVALID_STATE', 'till');
    await expectRefused(s, 'cashier.drawer.printReport', { till: 'till1', sessionId: opened.sessionId + 100 }, 'NOT_FOUND', 'sessionId');
    await expectRefused(s, 'cashier.drawer.printReport', { till: 'till1', sessionId: 0 }, 'VALIDATION', 'sessionId');
    await expectRefused(s, 'cashier.drawer.printReport', { till: 'till1', kind: 'Z' }, 'VALIDATION', 'kind');
    const z = await op(s.core, 'cashier.drawer.printReport', { till: 'till1', sessionId: opened.sessionId }, s.cashier.token);
    const zDoc = getJobDocument(s.core.db, z.printJobs[0]!.id).document;
    expect(zDoc.reprint?.label).toBe('REPRINT');
    expect(words(zDoc)).toEqual(expect.arrayContaining(['Z REPORT', 'Variance: CN¥0.00']));
  });

  it('prints nothing and audits nothing when no printer takes reports; the close still answers with its Z report', async () => {
    const s = await cashierStore();
    await op(s.core, 'print.routes.save', { routes: [{ kind: 'report', printerId: null, paper: '80mm', copies: 1 }] }, s.admin.token);
    await s.openDrawer('till1', 1);
    const before = snapshot(s.core);
    const x = await op(s.core, 'cashier.drawer.printReport', { till: 'till1' }, s.cashier.token);
    expect(x.printJobs).toEqual([]);
    expect(snapshot(s.core)).toEqual(before);
    const closed = await op(
      s.core,
      'cashier.drawer.close',
      { till: 'till1', counts: [{ denominationMinor: 10_000, count: 1 }] },
      s.cashier.token,
    );
    expect(closed).toMatchObject({ kind: 'Z', varianceMinor: 0, printJobs: [] });
  });
});

describe('a receipt printed again', () => {
  it('queues the same receipt marked as a copy; the numbering and the money do not move; audited', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const paid = await s.pay((await chargers(s, 2)).id, [{ method: 'cash', tenderedMinor: 20_000 }]);
    const original = getJobDocument(s.core.db, paid.printJobs[0]!.id).document;
    const money = moneyRows(s.core);
    const again = await op(s.core, 'cashier.reprintReceipt', { receiptNumber: paid.receipt.number }, s.cashier.token);
    expect(again).toEqual({ receipt: paid.receipt, printJobs: [{ id: anyNumber(), status: 'queued' }] });
    expect(again.printJobs[0]!.id).not.toBe(paid.printJobs[0]!.id);
    const copy = getJobDocument(s.core.db, again.printJobs[0]!.id).document;
    expect(copy.reprint).toEqual({ label: 'REPRINT', at: stringMatching(/^Printed again \d{4}-\d\d-\d\d \d\d:\d\d$/) });
    expect(copy.blocks).toEqual(original.blocks);
    expect(copy.title).toBe(`Receipt ${paid.receipt.number}`);
    expect(moneyRows(s.core)).toEqual(money);
    // The next payment takes the next number: the reprint took none.
    const next = await s.pay((await chargers(s, 1)).id, [{ method: 'card', amountMinor: 8_900 }]);
    expect(next.receipt.number).toBe(paid.receipt.number.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0')));
    expect(auditOf(s, 'cashier.receipt.reprint')).toEqual([
      {
        actor_id: s.cashier.id,
        entity: 'receipt',
        entity_id: paid.receipt.number,
        after_json: JSON.stringify({ receipt: paid.receipt.number, printJobs: [again.printJobs[0]!.id] }),
      },
    ]);
  });

  it('refuses, writing nothing: no such receipt, not a receipt number, unknown fields, no printer for receipts', async () => {
    const s = await cashierStore();
    await s.openDrawer();
    const paid = await s.pay((await chargers(s, 1)).id, [{ method: 'card', amountMinor: 8_900 }]);
    await expectRefused(s, 'cashier.reprintReceipt', { receiptNumber: 'R2026-999999' }, 'NOT_FOUND', 'receiptNumber');
    await expectRefused(s, 'cashier.reprintReceipt', { receiptNumber: '1; DROP TABLE receipts' }, 'VALIDATION', 'receiptNumber');
    await expectRefused(s, 'cashier.reprintReceipt', { receiptNumber: paid.receipt.number, copies: 2 }, 'VALIDATION', 'copies');
    await op(s.core, 'print.routes.save', { routes: [{ kind: 'receipt', printerId: null, paper: '80mm', copies: 1 }] }, s.admin.token);
    await expectRefused(s, 'cashier.reprintReceipt', { receiptNumber: paid.receipt.number }, 'INVALID_STATE', 'receiptNumber');
  });
});
