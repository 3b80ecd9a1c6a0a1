import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Customer, customerCreateInput, customerUpdateInput } from '../../../../shared/contract/customers.ts';
import { reversedDigits } from '../../../../shared/identifiers.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { assetsOf } from './assets.ts';
import { indexCustomer, nameKeys } from './keys.ts';
import { parseTags, phonesOf, requireCustomerRow, toSummary, type CustomerRow } from './rows.ts';

type CreateInput = z.output<typeof customerCreateInput>;
type UpdateInput = z.output<typeof customerUpdateInput>;

/** What the audit log keeps of a customer. */
interface CustomerRecord {
  name: string;
  phones: string[];
  tags: string[];
  notes: string;
}

export function getCustomer(db: Database.Database, id: number): Customer {
  const row = requireCustomerRow(db, id);
  return {
    ...toSummary(row, phonesOf(db, id)),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    assets: assetsOf(db, id, true),
  };
}

/** The phones in the order given, each once; `index` is where it stood in the input (for `phones.N`). */
function dedupePhones(phones: readonly string[]): { phone: string; index: number }[] {
  const seen = new Set<string>();
  return phones.flatMap((phone, index) => {
    if (seen.has(phone)) return [];
    seen.add(phone);
    return [{ phone, index }];
  });
}

/**
 * Refuses phones that another customer already has, naming each (`phones.1`) and the first owner,
 * unless the receptionist confirmed. `known` are phones this customer already had (not asked again).
 */
function assertPhonesFree(
  db: Database.Database,
  phones: { phone: string; index: number }[],
  customerId: number,
  known: readonly string[],
  confirmed: boolean,
): void {
  if (confirmed) return;
  const fields: Record<string, string> = {};
  let owner: { id: number; name: string } | undefined;
  for (const { phone, index } of phones) {
    if (known.includes(phone)) continue;
    const other = db
      .prepare(
        'SELECT c.id, c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.phone = ? AND p.customer_id <> ? ORDER BY c.id LIMIT 1',
      )
      .get(phone, customerId) as { id: number; name: string } | undefined;
    if (!other) continue;
    fields[`phones.${index}`] = 'belongs to another customer';
    owner ??= other;
  }
  if (owner) {
    throw new AppError('CONFLICT', `${owner.name} already has this phone number`, fields, {
      customerId: owner.id,
      customerName: owner.name,
    });
  }
}

function writePhones(db: Database.Database, customerId: number, phones: readonly string[]): void {
  db.prepare('DELETE FROM customer_phones WHERE customer_id = ?').run(customerId);
  const insert = db.prepare('INSERT INTO customer_phones (customer_id, phone, reversed, position) VALUES (?, ?, ?, ?)');
  phones.forEach((phone, position) => insert.run(customerId, phone, reversedDigits(phone), position));
}

/**
 * Inserts a customer with its phones, search keys and audit row; the caller holds the transaction
 * (the demo shop writes its customers inside the setup transaction).
 */
export function insertCustomer(ctx: CallContext, input: CreateInput): Customer {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const phones = dedupePhones(input.phones);
  assertPhonesFree(db, phones, 0, [], input.confirmDuplicate);
  const list = phones.map((p) => p.phone);
  const keys = nameKeys(input.name);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO customers (name, phone, notes, pinyin, initials, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(input.name, list[0], input.notes, keys.pinyin, keys.initials, JSON.stringify(input.tags), now, now);
  const id = Number(lastInsertRowid);
  writePhones(db, id, list);
  indexCustomer(db, { id, name: input.name, pinyin: keys.pinyin, phones: list });
  const after: CustomerRecord = { name: input.name, phones: list, tags: input.tags, notes: input.notes };
  recordAudit(db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: 'customer.create',
    entity: 'customer',
    entityId: id,
    after,
    origin: ctx.origin,
  });
  return getCustomer(db, id);
}

export function createCustomer(ctx: CallContext, input: CreateInput): Customer {
  return ctx.core.db.transaction(() => insertCustomer(ctx, input)).immediate();
}

export function updateCustomer(ctx: CallContext, input: UpdateInput): Customer {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const row: CustomerRow = requireCustomerRow(db, input.id);
      const oldPhones = phonesOf(db, row.id);
      const before: CustomerRecord = { name: row.name, phones: oldPhones, tags: parseTags(row.tags), notes: row.notes };
      const phones = input.phones ? dedupePhones(input.phones) : oldPhones.map((phone, index) => ({ phone, index }));
      assertPhonesFree(db, phones, row.id, oldPhones, input.confirmDuplicate);
      const after: CustomerRecord = {
        name: input.name ?? row.name,
        phones: phones.map((p) => p.phone),
        tags: input.tags ?? before.tags,
        notes: input.notes ?? row.notes,
      };
      const keys =
        after.name === row.name && row.pinyin !== null ? { pinyin: row.pinyin, initials: row.initials ?? '' } : nameKeys(after.name);
      db.prepare(
        'UPDATE customers SET name = ?, phone = ?, notes = ?, pinyin = ?, initials = ?, tags = ?, updated_at = ? WHERE id = ?',
      ).run(after.name, after.phones[0] ?? row.phone, after.notes, keys.pinyin, keys.initials, JSON.stringify(after.tags), now, row.id);
      const phonesChanged = after.phones.join('\n') !== oldPhones.join('\n');
      if (phonesChanged) writePhones(db, row.id, after.phones);
      if (phonesChanged || after.name !== row.name)
        indexCustomer(db, { id: row.id, name: after.name, pinyin: keys.pinyin, phones: after.phones });
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'customer.update',
        entity: 'customer',
        entityId: row.id,
        before,
        after,
        origin: ctx.origin,
      });
      return getCustomer(db, row.id);
    })
    .immediate();
}
