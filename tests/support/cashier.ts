import type { Core } from '../../electron/core/core.ts';
import { addStaff, op } from './core.ts';
import { jobsStore, type JobsStore } from './jobs-store.ts';

/** The jobs shop with a cashier signed in, a receipt printer routed (nothing listens: no worker runs), and helpers for the till. */
export interface CashierStore extends JobsStore {
  cashier: { id: number; token: string };
  printerId: number;
  /** Opens a till's drawer with `floatMinor` in 100-yuan notes and 1-jiao coins, as the cashier. */
  openDrawer: (till?: string, hundreds?: number) => ReturnType<typeof op<'cashier.drawer.open'>>;
  /** Opens a bill as the cashier. */
  openBill: (input: Record<string, unknown>, token?: string) => ReturnType<typeof op<'cashier.openBill'>>;
  pay: (billId: number, payments: Record<string, unknown>[], token?: string) => ReturnType<typeof op<'cashier.pay'>>;
}

export async function cashierStore(): Promise<CashierStore> {
  const s = await jobsStore();
  const { core } = s;
  const cashier = await addStaff(core, s.admin.token, 'cashier', '41414141', 'Cathy Cashier');
  const printer = await op(
    core,
    'print.printers.save',
    { name: 'Till printer', connection: 'network', host: '127.0.0.1', port: 9, paper: '80mm' },
    s.admin.token,
  );
  await op(core, 'print.routes.save', { routes: [{ kind: 'receipt', printerId: printer.id, paper: '80mm', copies: 1 }] }, s.admin.token);
  return {
    ...s,
    cashier,
    printerId: printer.id,
    openDrawer: (till = 'till1', hundreds = 5) =>
      op(core, 'cashier.drawer.open', { till, counts: [{ denominationMinor: 10_000, count: hundreds }] }, cashier.token),
    openBill: (input, token = cashier.token) => op(core, 'cashier.openBill', input, token),
    pay: (billId, payments, token = cashier.token) => op(core, 'cashier.pay', { billId, till: 'till1', payments }, token),
  };
}

/** A quick sale of `quantity` chargers (89.00 each), as the cashier. */
export const chargers = (s: CashierStore, quantity = 1) =>
  s.openBill({ source: { kind: 'sale', items: [{ itemKey: 'charger', quantity }] } });

/** Row counts of the money tables. */
export function moneyRows(core: Core): Record<string, number> {
  const tables = ['bills', 'bill_lines', 'payments', 'receipts', 'refunds', 'drawer_sessions', 'drawer_movements', 'receipt_numbers'];
  return Object.fromEntries(tables.map((t) => [t, (core.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}
