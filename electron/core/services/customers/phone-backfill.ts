import type Database from 'better-sqlite3';
import { normalizePhone, reversedDigits } from '../../../../shared/identifiers.ts';
import { indexCustomer } from './keys.ts';

interface BarePhone {
  id: number;
  customer_id: number;
  phone: string;
  position: number;
}

/** Ten digits that the phone rule stores as +1 and those digits (a valid North American number). */
function isBareNorthAmerican(phone: string): boolean {
  const checked = normalizePhone(phone);
  return /^\d{10}$/.test(phone) && checked.ok && checked.value === `+1${phone}`;
}

/**
 * Gives North American phones stored before they were normalised (bare ten digits, "4155550134") the
 * form every phone is stored in now ("+14155550134", shared/identifiers.ts), with their reversed digits,
 * the customer's main phone and search row. Only ten digits shaped as a North American number change: a
 * mainland mobile has eleven, and China's 400/800 numbers and local numbers stay as they are. A customer
 * who already has the +1 form keeps it once. Runs when the store opens, after the customer keys;
 * idempotent: with nothing to change it reads only the phones that start with 2 to 9 (an index range).
 * Returns how many phones it rewrote.
 */
export function normaliseBareNorthAmericanPhones(db: Database.Database): number {
  if (!db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'customer_phones'").get()) return 0;
  const bare = (
    db
      .prepare("SELECT id, customer_id, phone, position FROM customer_phones WHERE phone >= '2' AND phone < ':' AND length(phone) = 10")
      .all() as BarePhone[]
  ).filter((row) => isBareNorthAmerican(row.phone));
  if (bare.length === 0) return 0;
  const twin = db.prepare('SELECT id, position FROM customer_phones WHERE customer_id = ? AND phone = ?');
  const rewrite = db.prepare('UPDATE customer_phones SET phone = ?, reversed = ? WHERE id = ?');
  const drop = db.prepare('DELETE FROM customer_phones WHERE id = ?');
  const moveUp = db.prepare('UPDATE customer_phones SET position = ? WHERE id = ? AND position > ?');
  const phonesOf = db.prepare('SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position, id').pluck();
  const customer = db.prepare('SELECT name, pinyin FROM customers WHERE id = ?');
  const setMain = db.prepare('UPDATE customers SET phone = ? WHERE id = ?');
  db.transaction(() => {
    const touched = new Set<number>();
    for (const row of bare) {
      const normal = `+1${row.phone}`;
      const existing = twin.get(row.customer_id, normal) as { id: number; position: number } | undefined;
      if (existing) {
        // The same phone twice: keep the +1 one, in the better of the two places.
        drop.run(row.id);
        moveUp.run(row.position, existing.id, row.position);
      } else {
        rewrite.run(normal, reversedDigits(normal), row.id);
      }
      touched.add(row.customer_id);
    }
    for (const id of touched) {
      const phones = phonesOf.all(id) as string[];
      const c = customer.get(id) as { name: string; pinyin: string | null } | undefined;
      if (!c) continue;
      setMain.run(phones[0] ?? '', id);
      indexCustomer(db, { id, name: c.name, pinyin: c.pinyin ?? '', phones });
    }
  }).immediate();
  return bare.length;
}
