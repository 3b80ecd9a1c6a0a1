import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { op, tryOp } from '../support/core.ts';
import { cashierStore, chargers, type CashierStore } from '../support/cashier.ts';
import { closeJobsStores } from '../support/jobs-store.ts';

/**
 * Tamper evidence: an attacker with a SQLite tool drops the triggers and edits the file directly while
 * the station is stopped; verification (run in a reader worker) then names the first broken link in words.
 */

afterAll(closeJobsStores);

/** A day at the till: the float (link 1), a bill paid by card and cash (2-4), one by WeChat (5-6), cash put in (7). */
async function dayOfTrade(s: CashierStore) {
  await s.openDrawer();
  const a = await chargers(s, 2);
  await s.pay(a.id, [
    { method: 'card', amountMinor: 10_000 },
    { method: 'cash', tenderedMinor: 10_000 },
  ]);
  const b = await chargers(s, 1);
  const paid = await s.pay(b.id, [{ method: 'wechat', amountMinor: 8_900, reference: 'WX-7' }]);
  await op(s.core, 'cashier.drawer.move', { till: 'till1', kind: 'cashIn', amountMinor: 2_000, reason: 'coins' }, s.cashier.token);
  return { wechat: paid.bill.payments[0]!, receipt: paid.receipt.number };
}

const TRIGGERS = ['payments_no_update', 'payments_no_delete', 'receipts_no_delete', 'drawer_movements_no_delete'];

/** Edits the store file as an attacker would: the core closed, a plain connection, the triggers dropped. */
async function tamper(s: CashierStore, sql: string, ...args: unknown[]): Promise<CashierStore['core']> {
  const { dataDir } = s.core;
  s.core.close();
  const db = new Database(`${dataDir}/frontdesk.sqlite`);
  db.pragma('foreign_keys = OFF');
  for (const t of TRIGGERS) db.exec(`DROP TRIGGER ${t}`);
  db.prepare(sql).run(...args);
  db.close();
  const { makeCore } = await import('../support/core.ts');
  const reopened = makeCore({ dataDir });
  return reopened.core;
}

const verify = (s: CashierStore, core = s.core) => op(core, 'cashier.verify', {}, s.admin.token);

describe('cashier.verify', () => {
  it('finds an unbroken chain: every link checked, the grand total what the payments took', async () => {
    const s = await cashierStore();
    expect(await verify(s)).toEqual({ ok: true, checked: 0, grandTotalMinor: 0, problem: null });
    await dayOfTrade(s);
    expect(await verify(s)).toEqual({ ok: true, checked: 7, grandTotalMinor: 17_800 + 8_900, problem: null });
    // The owner's check: a cashier may not run it.
    expect(await tryOp(s.core, 'cashier.verify', {}, s.cashier.token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names the payment whose amount was edited in the file, and what it was', async () => {
    const s = await cashierStore();
    const { wechat, receipt } = await dayOfTrade(s);
    const core = await tamper(
      s,
      'UPDATE payments SET amount_minor = 100, applied_minor = 100, tendered_minor = 100 WHERE id = ?',
      wechat.id,
    );
    const result = await verify(s, core);
    expect(result).toMatchObject({ ok: false, checked: 5, problem: { seq: 6, what: 'changed' } });
    expect(result.problem!.message).toBe(
      `payment #${wechat.id} (wechat 1.00, receipt ${receipt}) was changed after it was written: its amount is 1.00 but 89.00 was written into the chain`,
    );
    core.close();
  });

  it('names the gap a deleted record leaves, and the record before it', async () => {
    const s = await cashierStore();
    const { receipt } = await dayOfTrade(s);
    const core = await tamper(s, 'DELETE FROM receipts WHERE number = ?', receipt);
    const result = await verify(s, core);
    expect(result).toMatchObject({ ok: false, checked: 4, problem: { seq: 5, what: 'missing' } });
    expect(result.problem!.message).toMatch(
      /^a record is missing after payment #\d+ \(cash 78\.00, receipt R2026-000001\): place 5 of the chain is empty/,
    );
    core.close();
  });

  it('names a record added outside the till, and the last records deleted', async () => {
    const s = await cashierStore();
    const { wechat } = await dayOfTrade(s);
    const row = s.core.db.prepare('SELECT * FROM payments WHERE id = ?').get(wechat.id) as Record<string, unknown>;
    const added = await tamper(
      s,
      `INSERT INTO payments (chain_seq, bill_id, receipt_id, method, reference, amount_minor, applied_minor, rounding_minor, tendered_minor,
          change_minor, till, at, by_staff, prev_hash, hash, grand_total_minor)
       VALUES (8, ?, ?, 'card', '', 500, 500, 0, 500, 0, 'till1', ?, ?, ?, ?, ?)`,
      row.bill_id,
      row.receipt_id,
      row.at,
      row.by_staff,
      row.hash,
      'f'.repeat(64),
      0,
    );
    const inserted = await verify(s, added);
    expect(inserted).toMatchObject({ ok: false, problem: { what: 'inserted' } });
    expect(inserted.problem!.message).toMatch(
      /^payment #\d+ \(card 5\.00, receipt R2026-000002\) was added outside the till: it lies after the chain's last link \(7\)$/,
    );
    added.close();

    const t = await cashierStore();
    await dayOfTrade(t);
    const truncated = await tamper(t, "DELETE FROM drawer_movements WHERE kind = 'cashIn'");
    const result = await verify(t, truncated);
    expect(result).toMatchObject({ ok: false, checked: 6, problem: { seq: 7, what: 'headMismatch' } });
    expect(result.problem!.message).toMatch(
      /the chain ends at place 6 .* but its last link was recorded at place 7: the records after it were deleted/,
    );
    truncated.close();
  });
});
