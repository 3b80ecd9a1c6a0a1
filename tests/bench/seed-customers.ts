import type Database from 'better-sqlite3';
import { reversedDigits } from '../../shared/identifiers.ts';
import { indexCustomer, nameKeys, type NameKeys } from '../../electron/core/services/customers/keys.ts';

export interface SeedCustomer {
  name: string;
  /** Normalised phones, the main one first. */
  phones: string[];
  notes: string;
  tags: string[];
  at: string;
}

/**
 * Writes customers as the customer service does (services/customers/customers.ts insertCustomer):
 * the row with its pinyin and initials keys and tags, one customer_phones row per phone with its
 * reversed digits, and the search index rows through the service's own `indexCustomer`. Keys come
 * from the service's `nameKeys` (pinyin-pro), cached per distinct name. The caller holds the
 * transaction.
 */
export function customerWriter(db: Database.Database): (c: SeedCustomer) => number {
  const insert = db.prepare(
    'INSERT INTO customers (name, phone, notes, pinyin, initials, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPhone = db.prepare('INSERT INTO customer_phones (customer_id, phone, reversed, position) VALUES (?, ?, ?, ?)');
  const keysOf = new Map<string, NameKeys>();
  return (c) => {
    let keys = keysOf.get(c.name);
    if (!keys) {
      keys = nameKeys(c.name);
      keysOf.set(c.name, keys);
    }
    const id = Number(
      insert.run(c.name, c.phones[0], c.notes, keys.pinyin, keys.initials, JSON.stringify(c.tags), c.at, c.at).lastInsertRowid,
    );
    c.phones.forEach((phone, position) => insertPhone.run(id, phone, reversedDigits(phone), position));
    indexCustomer(db, { id, name: c.name, pinyin: keys.pinyin, phones: c.phones });
    return id;
  };
}
