import Database from 'better-sqlite3';
import { makeCore, op } from './core.ts';
import { chargers, type CashierStore } from './cashier.ts';

/**
 * An attacker with a SQLite tool: the tests' day of trade, and edits made to the store file directly
 * while the console is closed, with the triggers that refuse them dropped.
 */

/** A day at the till: the float (link 1), a bill paid by card and cash (2-4), one by WeChat (5-6), cash put in (7). */
export async function dayOfTrade(s: CashierStore) {
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
export function tamper(s: CashierStore, sql: string, ...args: unknown[]): CashierStore['core'] {
  const { dataDir } = s.core;
  s.core.close();
  const db = new Database(`${dataDir}/frontdesk.sqlite`);
  db.pragma('foreign_keys = OFF');
  for (const t of TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
  db.prepare(sql).run(...args);
  db.close();
  return makeCore({ dataDir }).core;
}
