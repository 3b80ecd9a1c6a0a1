import { call, dispatch } from '../../../electron/core/dispatch.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';
import { HISTORY_TILL, moneyHistory } from '../seed-money.ts';

async function ok(ctx: BenchContext, name: string, input: unknown, token: string): Promise<unknown> {
  const result = await dispatch(ctx.core, name, input, { token, origin: 'bench' });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function managerToken(ctx: BenchContext): Promise<string> {
  const who = staffFor(ctx, ['manager', 'admin']);
  return (await call(ctx.core, 'auth.signIn', { staffId: who.id, pin: who.pin }, { origin: 'bench' })).token;
}

/** Issue 12 (the cashier): settling a bill, verifying a year of the chain, a Z report over a year of data. */
export const cashier: Measurement[] = [
  {
    name: 'cashier.settle',
    what: 'cashier.pay through dispatch as a cashier (or a manager where the shop has none): a quick-sale bill of two items settled by card and cash with change, in one IMMEDIATE transaction: the receipt number, the receipt and two payment links of the hash chain (each SHA-256 over its canonical form), the chain head, the bill settled and the audit row. The bill is opened before the timed call.',
    floor: 'floor.commit',
    cost: 'write',
    target: { kind: 'ratio_p95', max: 2 },
    async prepare(ctx) {
      const who = staffFor(ctx, ['cashier', 'manager', 'admin']);
      const { token } = await call(ctx.core, 'auth.signIn', { staffId: who.id, pin: who.pin }, { origin: 'bench' });
      const status = (await ok(ctx, 'cashier.drawer.status', { till: 'till1' }, token)) as { open: unknown };
      if (status.open === null)
        await ok(ctx, 'cashier.drawer.open', { till: 'till1', counts: [{ denominationMinor: 10_000, count: 5 }] }, token);
      return async () => {
        const bill = (await ok(
          ctx,
          'cashier.openBill',
          {
            source: {
              kind: 'sale',
              items: [
                { itemKey: 'charger', quantity: 1 },
                { itemKey: 'screen-protector', quantity: 1 },
              ],
            },
          },
          token,
        )) as { id: number; dueMinor: number };
        const started = performance.now();
        await ok(
          ctx,
          'cashier.pay',
          {
            billId: bill.id,
            till: 'till1',
            payments: [
              { method: 'card', amountMinor: 5_000, reference: 'bench' },
              { method: 'cash', tenderedMinor: bill.dueMinor },
            ],
            // The settlement is what is timed, as an intake's save is: the receipt prints after it.
            print: false,
          },
          token,
        );
        return { ms: performance.now() - started };
      };
    },
  },
  {
    name: 'cashier.verify',
    what: `cashier.verify through dispatch as a manager: the whole hash chain walked in a reader worker, every link's SHA-256 recomputed and its grand total checked, over a year of takings (seed-money.ts: 365 days of 20 bills, a float, a cash-in and a blind close each; the scale's history when shorter). The run prints links per second and the time for a year.`,
    floor: null,
    cost: 'slow',
    async prepare(ctx) {
      const history = await moneyHistory(ctx);
      const token = await managerToken(ctx);
      await ctx.core.readers.start();
      const times: number[] = [];
      ctx.onTeardown(() => {
        const best = Math.min(...times);
        if (times.length)
          console.log(
            `cashier.verify: ${history.links.toLocaleString('en')} links over ${history.days} days in ${best.toFixed(0)} ms at best: ` +
              `${Math.round(history.links / (best / 1000)).toLocaleString('en')} links a second, a year's ${Math.round((history.links / history.days) * 365).toLocaleString('en')} links in ${((best / history.days) * 365).toFixed(0)} ms`,
          );
      });
      return async () => {
        const started = performance.now();
        const result = (await ok(ctx, 'cashier.verify', {}, token)) as { ok: boolean; checked: number };
        if (!result.ok) throw new Error('cashier.verify found the seeded chain broken');
        const ms = performance.now() - started;
        times.push(ms);
        return { ms };
      };
    },
  },
  {
    name: 'cashier.zReport',
    what: `cashier.drawer.status through dispatch as a manager on the till whose year of takings seed-money.ts wrote: the last close's Z report (totals per payment method, refunds, discounts, deposits, receipts issued, expected against counted) read from a store holding that year.`,
    floor: 'floor.lookup',
    cost: 'read',
    target: { kind: 'p95_ms', max: 100 },
    async prepare(ctx) {
      await moneyHistory(ctx);
      const token = await managerToken(ctx);
      return async () => {
        const status = (await ok(ctx, 'cashier.drawer.status', { till: HISTORY_TILL }, token)) as { lastClose: unknown };
        if (!status.lastClose) throw new Error('the history till has no Z report');
      };
    },
  },
];
