import { call, dispatch } from '../../../electron/core/dispatch.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';

async function ok(ctx: BenchContext, name: string, input: unknown, token: string): Promise<unknown> {
  const result = await dispatch(ctx.core, name, input, { token, origin: 'bench' });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Issue 12 (the cashier): settling a bill. */
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
];
