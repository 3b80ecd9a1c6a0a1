import { contract } from '../../shared/contract/index.ts';
import type { CallContext } from '../../electron/core/context.ts';
import { openBill } from '../../electron/core/services/cashier/bills.ts';
import { closeDrawer, drawerStatus, moveDrawer, openDrawer } from '../../electron/core/services/cashier/drawer.ts';
import { payBill } from '../../electron/core/services/cashier/pay.ts';
import { setCashierSettings } from '../../electron/core/services/cashier/settings.ts';
import type { BenchContext } from './types.ts';
import { staffFor } from './operations/foundation.ts';

const DAY_MS = 86_400_000;
/** The till the history is written on (the settle measurement takes money on till1). */
export const HISTORY_TILL = 'history';
/** Bills a day: a small counter's takings. */
const BILLS_PER_DAY = 20;
const DENOMINATIONS = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10];

/** A count of `minor` by denomination, largest first (a remainder under 0.1 yuan is left out: a small variance). */
function countOf(minor: number): { denominationMinor: number; count: number }[] {
  let left = minor;
  return DENOMINATIONS.map((d) => {
    const count = Math.floor(left / d);
    left -= count * d;
    return { denominationMinor: d, count };
  }).filter((c) => c.count > 0);
}

export interface MoneyHistory {
  days: number;
  bills: number;
  links: number;
}

let seeded: Promise<MoneyHistory> | null = null;

/**
 * A year of takings (or the scale's history when shorter) on a till of its own, written through the
 * cashier's own services on a pinned clock, so every record is a true link of the hash chain: each day
 * the drawer opens with a float, takes `BILLS_PER_DAY` quick sales (cash with change, card, WeChat
 * Pay, and every fifth split by card and cash), has cash put in once, and closes blind on its count.
 * Durability is off while it writes (one fsync per record would take minutes) and back on after.
 * Seeded once per run, for the measurements that read it.
 */
export function moneyHistory(ctx: BenchContext): Promise<MoneyHistory> {
  seeded ??= seed(ctx);
  return seeded;
}

async function seed(ctx: BenchContext): Promise<MoneyHistory> {
  const { core } = ctx;
  const who = staffFor(ctx, ['manager', 'admin']);
  const call: CallContext = { core, actor: { id: who.id, name: who.name, role: who.role }, origin: 'bench' };
  const settings = contract['cashier.settings.set'].input.parse({
    tills: [
      { key: 'till1', nameZh: '收银台 1', nameEn: 'Till 1' },
      { key: HISTORY_TILL, nameZh: '旧收银台', nameEn: 'Old till' },
    ],
  });
  setCashierSettings(call, settings);
  const days = Math.min(365, ctx.scale.days);
  const started = performance.now();
  const firstDay = Date.now() - (days + 1) * DAY_MS;
  core.db.pragma('synchronous = OFF');
  let bills = 0;
  try {
    for (let day = 0; day < days; day++) {
      const opening = firstDay + day * DAY_MS + 9 * 3_600_000;
      let minute = 0;
      const at = <T>(fn: () => Promise<T> | T): Promise<T> => ctx.clock.pinnedAt(opening + minute++ * 60_000, async () => fn());
      await at(() => openDrawer(call, { till: HISTORY_TILL, counts: countOf(50_000) }));
      for (let i = 0; i < BILLS_PER_DAY; i++) {
        const items = [{ itemKey: i % 3 === 0 ? 'screen-protector' : 'charger', quantity: 1 + (i % 2) }];
        const bill = await at(() => openBill(call, contract['cashier.openBill'].input.parse({ source: { kind: 'sale', items } })));
        const due = bill.dueMinor;
        const payments =
          i % 5 === 0
            ? [
                { method: 'card', amountMinor: Math.floor(due / 2) },
                { method: 'cash', tenderedMinor: due - Math.floor(due / 2) + 1_000 },
              ]
            : i % 3 === 0
              ? [{ method: 'wechat', amountMinor: due, reference: `WX${day}-${i}` }]
              : i % 3 === 1
                ? [{ method: 'cash', tenderedMinor: Math.ceil(due / 10_000) * 10_000 }]
                : [{ method: 'card', amountMinor: due }];
        await at(() => payBill(call, contract['cashier.pay'].input.parse({ billId: bill.id, till: HISTORY_TILL, payments, print: false })));
        bills++;
      }
      await at(() => moveDrawer(call, { till: HISTORY_TILL, kind: 'cashIn', amountMinor: 2_000, reason: 'coins for change' }));
      const expected = (await at(() => drawerStatus(call, HISTORY_TILL))).open!.expectedCashMinor;
      await at(() => closeDrawer(call, { till: HISTORY_TILL, counts: countOf(expected), note: 'bench', approval: null }));
    }
  } finally {
    core.db.pragma('synchronous = FULL');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const links = (core.db.prepare('SELECT seq FROM money_chain_head').get() as { seq: number } | undefined)?.seq ?? 0;
  console.log(
    `  money: ${days} days on till "${HISTORY_TILL}", ${bills.toLocaleString('en')} bills paid, ${links.toLocaleString('en')} links of the chain, through the cashier's services (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { days, bills, links };
}
