import { quoteInput } from '../../../../shared/contract/cashier-bills.ts';
import type { Counts } from '../../../../shared/contract/cashier-drawer.ts';
import type { Actor, CallContext } from '../../context.ts';
import type { DemoTender, DemoTill, DemoWhen } from '../jobs/index.ts';
import { openBillApproved } from './bills.ts';
import { closeDrawerApproved, drawerStatus, openDrawer } from './drawer.ts';
import { payBill } from './pay.ts';
import { getCashierSettings, setCashierSettings } from './settings.ts';

/**
 * The demo shop's till, lived in: every agreed deposit paid as its job was taken in (WeChat Pay, card,
 * cash); yesterday's drawer opened with a counted float, a few quick sales, closed blind a little short
 * with a note (the drawer screen's last Z report); today's open since the morning with its float and a couple of sales.
 * All through the cashier's services on the demo's pinned clock, so the chain, the receipts and what
 * the jobs owe are real; no receipt is printed.
 */

const TILL = 'till1';
/** US notes and coins, for the English demo's dollars. */
const DOLLARS = [10_000, 5_000, 2_000, 1_000, 500, 100, 25, 10, 5, 1];
/** A float in small notes and coins: ¥400 or $200. */
const FLOAT: Record<'zh' | 'en', [denomination: number, count: number][]> = {
  zh: [
    [5_000, 2],
    [2_000, 5],
    [1_000, 10],
    [500, 10],
    [100, 40],
    [50, 10],
    [10, 50],
  ],
  en: [
    [2_000, 5],
    [1_000, 5],
    [500, 4],
    [100, 20],
    [25, 20],
    [10, 20],
    [5, 40],
    [1, 100],
  ],
};
/** Yesterday's count came up short by this much. */
const SHORT = 300;

const ago = (daysAgo: number, at: string): DemoWhen => ({ daysAgo, at });
const minutesAgo = (minutes: number): DemoWhen => ({ minutesAgo: minutes });

/** `amount` counted in the largest notes and coins first. */
function countOf(amount: number, denominations: readonly number[]): Counts {
  let left = amount;
  return denominations.map((d) => {
    const count = Math.floor(left / d);
    left -= count * d;
    return { denominationMinor: d, count };
  });
}

/** What a customer hands over in cash for `due`: the next 50 (yuan or dollars) above it. */
const handedOver = (due: number): number => Math.ceil((due + 1) / 5_000) * 5_000;

/**
 * The till's side of the demo for `seedDemoJobs` (it runs the steps among the jobs', on its pinned
 * clock), everything done by the demo's cashier. The English demo counts its drawer in dollars.
 */
export function demoTill(ctx: CallContext, zh: boolean): DemoTill {
  const { db } = ctx.core;
  const cashier = db.prepare("SELECT id, name, role FROM staff WHERE active = 1 AND role = 'cashier' ORDER BY id").get() as
    Actor | undefined;
  const as: CallContext = cashier ? { ...ctx, actor: cashier } : ctx;
  if (!zh) setCashierSettings(ctx, { denominations: DOLLARS });
  const { denominations } = getCashierSettings(db);
  const float = FLOAT[zh ? 'zh' : 'en'].map(([denominationMinor, count]) => ({ denominationMinor, count }));

  const pay = (billId: number, due: number, by: DemoTender): void => {
    const payment =
      by === 'cash' ? { method: by, tenderedMinor: handedOver(due), amountMinor: null } : { method: by, amountMinor: due, reference: '' };
    payBill(as, { billId, till: TILL, payments: [payment], print: false });
  };
  const sell = (itemKey: string, quantity: number, by: DemoTender) => (): void => {
    const bill = openBillApproved(as, quoteInput.parse({ source: { kind: 'sale', items: [{ itemKey, quantity }] } }), null);
    pay(bill.id, bill.dueMinor, by);
  };
  const open = (): void => void openDrawer(as, { till: TILL, counts: float });
  const closeShort = (): void => {
    const expected = drawerStatus(as, TILL).open?.expectedCashMinor ?? 0;
    const counts = countOf(expected - SHORT, denominations);
    const note = zh ? '少了 3 元，可能是找零时多找了' : 'Short $3.00: probably too much change given on a sale';
    closeDrawerApproved(as, { till: TILL, counts, note, approval: null }, null);
  };

  return {
    steps: [
      { at: ago(1, '09:30'), run: open },
      { at: ago(1, '11:20'), run: sell('screen-protector', 1, 'cash') },
      { at: ago(1, '14:05'), run: sell('charger', 1, 'card') },
      { at: ago(1, '16:30'), run: sell('diagnosis', 1, 'wechat') },
      { at: ago(1, '18:30'), run: closeShort },
      { at: { todayAt: '09:30', atLeastMinutesAgo: 150 }, run: open },
      { at: minutesAgo(70), run: sell('screen-protector', 2, 'cash') },
      { at: minutesAgo(40), run: sell('charger', 1, 'card') },
    ],
    payDeposit: (jobId, by) => {
      const bill = openBillApproved(as, quoteInput.parse({ source: { kind: 'deposit', jobId } }), null);
      pay(bill.id, bill.dueMinor, by);
    },
  };
}
