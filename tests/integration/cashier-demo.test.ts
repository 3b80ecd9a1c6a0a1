import { afterEach, describe, expect, it } from 'vitest';
import { count, makeCore, op, removeTempDirs } from '../support/core.ts';

/**
 * The demo shop's till is lived in: the deposits agreed at intake were paid (WeChat Pay, card, cash) as
 * the jobs were taken in, yesterday's drawer closed a little short with a note, today's is open; all
 * through the cashier's services on the demo's pinned clock, so the chain is whole and nothing printed.
 */

afterEach(removeTempDirs);

const HOUR = 3_600_000;

/** Per language: the takings' grand total and yesterday's expected cash (float + cash taken). */
const MONEY = {
  // ¥400 float; the earpiece's ¥90 deposit and a ¥30 screen protector in cash (tax included).
  'zh-CN': { grandTotalMinor: 90_800, expectedMinor: 52_000, floatMinor: 40_000, todayCashMinor: 6_000, note: /^少了 3 元/ },
  // $200 float; the $90 deposit and a $30 screen protector with 8.75% tax on top, in cash.
  en: { grandTotalMinor: 93_584, expectedMinor: 32_263, floatMinor: 20_000, todayCashMinor: 6_525, note: /^Short \$3\.00/ },
};

describe('the demo shop’s till', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`in ${locale}: deposits paid at intake, yesterday's Z report short with a note, today's drawer open, the chain whole`, async () => {
      const { core, clock } = makeCore();
      try {
        await op(core, 'setup.loadDemo', { locale });
        const money = MONEY[locale];
        const now = clock.now();
        const { token: cashier } = await op(core, 'auth.signIn', { staffId: 4, pin: '4444' });
        const { token: manager } = await op(core, 'auth.signIn', { staffId: 2, pin: '2222' });

        // Every agreed deposit is a settled deposit bill, paid on its job's intake instant.
        const deposits = core.db
          .prepare(
            `SELECT j.deposit_minor AS agreed, j.created_at AS takenIn, b.status, p.method, p.amount_minor AS paid, p.at
               FROM jobs j JOIN bills b ON b.job_id = j.id AND b.kind = 'deposit' JOIN payments p ON p.bill_id = b.id ORDER BY j.id`,
          )
          .all() as { agreed: number; takenIn: string; status: string; method: string; paid: number; at: string }[];
        expect(deposits.map((d) => [d.agreed, d.method])).toEqual([
          [10_000, 'wechat'],
          [20_000, 'card'],
          [9_000, 'cash'],
          [20_000, 'wechat'],
        ]);
        for (const d of deposits) expect([d.status, d.paid, d.at]).toEqual(['settled', d.agreed, d.takenIn]);
        expect(count(core, 'jobs', 'deposit_minor > 0')).toBe(4);

        // What the ready jobs owe is their estimate less the deposit really paid: ¥420 − ¥100, ¥899 − ¥200.
        const ready = await op(core, 'jobs.readyList', {}, cashier);
        expect(ready.map((j) => j.owedMinor)).toEqual([32_000, 69_900]);

        // Yesterday's session: opened with its float, sales in cash, by card and WeChat Pay, the cash deposit;
        // closed blind ¥3 short, with a note.
        const status = await op(core, 'cashier.drawer.status', { till: 'till1' }, cashier);
        const z = status.lastClose;
        expect(z).not.toBeNull();
        if (!z) return;
        expect(z.kind).toBe('Z');
        expect(z.floatMinor).toBe(money.floatMinor);
        expect(Object.fromEntries(z.byMethod.map((m) => [m.method, m.count]))).toEqual({ cash: 2, card: 1, wechat: 1 });
        expect(z.depositsMinor).toBe(9_000);
        expect(z.receipts.count).toBe(4);
        expect(z.expectedCashMinor).toBe(money.expectedMinor);
        expect(z.countedMinor).toBe(money.expectedMinor - 300);
        expect(z.varianceMinor).toBe(-300);
        expect(z.note).toMatch(money.note);
        expect(z.closedByName).toBe(locale === 'zh-CN' ? '陈收银' : 'Casey Cashier');
        const closedAgo = now - Date.parse(z.closedAt ?? '');
        expect(closedAgo).toBeGreaterThan(5 * HOUR);
        expect(closedAgo).toBeLessThan(48 * HOUR);

        // Today's session is open: its float, a cash sale, a card sale and the new job's WeChat deposit.
        const x = status.open;
        expect(x).not.toBeNull();
        if (!x) return;
        expect(x.kind).toBe('X');
        expect(Date.parse(x.openedAt)).toBeGreaterThan(Date.parse(z.closedAt ?? ''));
        // At 09:30 store time, or earlier when the demo is loaded early: before its sales, minutes and hours ago.
        expect(now - Date.parse(x.openedAt)).toBeGreaterThanOrEqual(2.5 * HOUR);
        expect(now - Date.parse(x.openedAt)).toBeLessThan(24 * HOUR);
        expect(Object.fromEntries(x.byMethod.map((m) => [m.method, m.count]))).toEqual({ cash: 1, card: 1, wechat: 1 });
        expect(x.expectedCashMinor).toBe(money.floatMinor + money.todayCashMinor);

        // The chain is whole: 4 deposits and 5 sales (a receipt and a payment each), 2 floats and a count.
        expect(await op(core, 'cashier.verify', {}, manager)).toMatchObject({
          ok: true,
          checked: 21,
          grandTotalMinor: money.grandTotalMinor,
        });
        // Receipts numbered in the order they were taken, and none in the future.
        const receipts = core.db.prepare('SELECT at FROM receipts ORDER BY chain_seq').pluck().all() as string[];
        expect(receipts).toEqual([...receipts].sort());
        expect(Date.parse(receipts.at(-1) ?? '')).toBeLessThanOrEqual(now);
        // The demo prints nothing.
        expect(count(core, 'print_jobs')).toBe(0);
      } finally {
        core.close();
      }
    });
});
