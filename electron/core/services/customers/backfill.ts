import type Database from 'better-sqlite3';
import { normalizePhone, reversedDigits } from '../../../../shared/identifiers.ts';
import { indexCustomer, nameKeys } from './keys.ts';

interface UnkeyedRow {
  id: number;
  name: string;
  phone: string;
}

const BATCH = 5_000;

/**
 * Gives customers written before search keys existed (a store from an earlier version, or rows put in
 * by hand) their pinyin, initials, search index rows, and their single `phone` as a normalised entry
 * in customer_phones. Runs when the store opens; with nothing to do it is one index probe. Returns how
 * many customers it keyed. Each batch is one transaction, so a crash part-way resumes where it stopped.
 */
export function keyUnkeyedCustomers(db: Database.Database): number {
  // A store opened with only the earlier migrations (a test's own migrations folder) has no keys yet.
  if (!db.prepare("SELECT 1 FROM pragma_table_info('customers') WHERE name = 'pinyin'").get()) return 0;
  const next = db.prepare('SELECT id, name, phone FROM customers WHERE pinyin IS NULL ORDER BY id LIMIT ?');
  const existing = db.prepare('SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position, id');
  const insertPhone = db.prepare('INSERT OR IGNORE INTO customer_phones (customer_id, phone, reversed, position) VALUES (?, ?, ?, 0)');
  const setKeys = db.prepare('UPDATE customers SET pinyin = ?, initials = ?, phone = ? WHERE id = ?');
  let keyed = 0;
  const batch = db.transaction((rows: UnkeyedRow[]) => {
    for (const row of rows) {
      let phones = (existing.all(row.id) as { phone: string }[]).map((p) => p.phone);
      if (phones.length === 0 && row.phone.trim() !== '') {
        const checked = normalizePhone(row.phone);
        // A legacy value that is no phone number (free text) stays in customers.phone: not lost, but
        // not searchable as a phone either.
        if (checked.ok) {
          insertPhone.run(row.id, checked.value, reversedDigits(checked.value));
          phones = [checked.value];
        }
      }
      const keys = nameKeys(row.name);
      setKeys.run(keys.pinyin, keys.initials, phones[0] ?? row.phone, row.id);
      indexCustomer(db, { id: row.id, name: row.name, pinyin: keys.pinyin, phones });
    }
  });
  for (;;) {
    const rows = next.all(BATCH) as UnkeyedRow[];
    if (rows.length === 0) return keyed;
    batch.immediate(rows);
    keyed += rows.length;
  }
}
