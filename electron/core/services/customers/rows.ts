import type Database from 'better-sqlite3';
import { VIP_TAG, type CustomerSummary } from '../../../../shared/contract/customers.ts';
import { AppError } from '../../../../shared/errors.ts';

export interface CustomerRow {
  id: number;
  name: string;
  phone: string;
  notes: string;
  pinyin: string | null;
  initials: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
}

export function parseTags(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

function findCustomerRow(db: Database.Database, id: number): CustomerRow | undefined {
  return db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
}

export function requireCustomerRow(db: Database.Database, id: number, field = 'id'): CustomerRow {
  const row = findCustomerRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No customer with id ${id}`, { [field]: 'no such customer' });
  return row;
}

/** A customer's phones, the main one first. */
export function phonesOf(db: Database.Database, customerId: number): string[] {
  return (
    db.prepare('SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position, id').all(customerId) as { phone: string }[]
  ).map((r) => r.phone);
}

export function toSummary(row: Pick<CustomerRow, 'id' | 'name' | 'tags'>, phones: string[]): CustomerSummary {
  const tags = parseTags(row.tags);
  return { id: row.id, name: row.name, phones, tags, vip: tags.includes(VIP_TAG) };
}

/** Summaries for the given ids, in the order given (ids that do not exist are left out). */
export function summariesByIds(db: Database.Database, ids: readonly number[]): CustomerSummary[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const rows = db.prepare('SELECT id, name, tags FROM customers WHERE id IN (SELECT value FROM json_each(?))').all(list) as Pick<
    CustomerRow,
    'id' | 'name' | 'tags'
  >[];
  const phones = db
    .prepare(
      'SELECT customer_id, phone FROM customer_phones WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY customer_id, position, id',
    )
    .all(list) as { customer_id: number; phone: string }[];
  const phonesById = new Map<number, string[]>();
  for (const p of phones) {
    const listed = phonesById.get(p.customer_id);
    if (listed) listed.push(p.phone);
    else phonesById.set(p.customer_id, [p.phone]);
  }
  const byId = new Map(rows.map((r) => [r.id, toSummary(r, phonesById.get(r.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
