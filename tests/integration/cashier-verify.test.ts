import { afterAll, describe, expect, it } from 'vitest';
import { op, tryOp } from '../support/core.ts';
import { cashierStore, type CashierStore } from '../support/cashier.ts';
import { dayOfTrade, tamper } from '../support/cashier-tamper.ts';
import { closeJobsStores } from '../support/jobs-store.ts';
import { coreT } from '../../electron/core/i18n.ts';
import { chainProblemText } from '../../shared/chain-problem-text.ts';
import type { Verification } from '../../shared/contract/cashier-integrity.ts';
import { formatMoney } from '../../shared/money.ts';

/**
 * Tamper evidence: an attacker with a SQLite tool drops the triggers and edits the file directly while
 * the station is stopped; verification (run in a reader worker) then names the first broken link in words.
 */

afterAll(closeJobsStores);

const verify = (s: CashierStore, core = s.core) => op(core, 'cashier.verify', {}, s.admin.token);

/** The first broken link as the console says it, in English and in Chinese. */
const inWords = (result: Verification, locale: 'en' | 'zh-CN' = 'en') =>
  chainProblemText(result.problem!, coreT(locale, 'cashierIntegrity'), (minor) => formatMoney(minor, 'CNY', locale));

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
    const core = tamper(s, 'UPDATE payments SET amount_minor = 100, applied_minor = 100, tendered_minor = 100 WHERE id = ?', wechat.id);
    const result = await verify(s, core);
    expect(result).toMatchObject({ ok: false, checked: 5, problem: { seq: 6, what: 'changed' } });
    expect(result.problem).toMatchObject({
      how: 'amount',
      amountMinor: 100,
      writtenMinor: 8_900,
      record: { kind: 'payment', id: wechat.id },
    });
    expect(inWords(result)).toBe(
      `payment #${wechat.id} (WeChat Pay CN¥1.00, receipt ${receipt}) was changed after it was written: its amount is CN¥1.00 but CN¥89.00 was written into the chain.`,
    );
    expect(inWords(result, 'zh-CN')).toBe(
      `付款 #${wechat.id}（微信支付 ¥1.00，收据 ${receipt}）在写入后被改动：现在金额为 ¥1.00，而记录链中写入的是 ¥89.00。`,
    );
    core.close();
  });

  it('names the gap a deleted record leaves, and the record before it', async () => {
    const s = await cashierStore();
    const { receipt } = await dayOfTrade(s);
    const core = tamper(s, 'DELETE FROM receipts WHERE number = ?', receipt);
    const result = await verify(s, core);
    expect(result).toMatchObject({ ok: false, checked: 4, problem: { seq: 5, what: 'missing' } });
    expect(inWords(result)).toMatch(
      /^A record is missing after payment #\d+ \(Cash CN¥78\.00, receipt R2026-000001\): place 5 of the chain is empty/,
    );
    core.close();
  });

  it('names a record added outside the till, and the last records deleted', async () => {
    const s = await cashierStore();
    const { wechat } = await dayOfTrade(s);
    const row = s.core.db.prepare('SELECT * FROM payments WHERE id = ?').get(wechat.id) as Record<string, unknown>;
    const added = tamper(
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
    expect(inWords(inserted)).toMatch(
      /^payment #\d+ \(Card CN¥5\.00, receipt R2026-000002\) was added outside the till: it lies after the chain's last link \(7\)\.$/,
    );
    added.close();

    const t = await cashierStore();
    await dayOfTrade(t);
    const truncated = tamper(t, "DELETE FROM drawer_movements WHERE kind = 'cashIn'");
    const result = await verify(t, truncated);
    expect(result).toMatchObject({ ok: false, checked: 6, problem: { seq: 7, what: 'headMismatch' } });
    expect(inWords(result)).toMatch(
      /^The chain ends at place 6 \(payment #\d+ \(WeChat Pay CN¥89\.00, receipt R2026-000002\)\) but its last link was recorded at place 7: the records after it were deleted\.$/,
    );
    truncated.close();
  });
});
