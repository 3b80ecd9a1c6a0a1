import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR } from '../../electron/core/store/open.ts';
import type { Core } from '../../electron/core/core.ts';
import { keyUnkeyedCustomers } from '../../electron/core/services/customers/backfill.ts';
import { indexCustomer, nameKeys } from '../../electron/core/services/customers/keys.ts';
import { normaliseBareNorthAmericanPhones } from '../../electron/core/services/customers/phone-backfill.ts';
import { reversedDigits } from '../../shared/identifiers.ts';
import { count, makeCore, makeTempDir, op, removeTempDirs, setUpStore } from '../support/core.ts';

afterAll(() => removeTempDirs());

/** A store as the version before customer search left it: migrations 001 and 002, customers with one free-text phone. */
function olderStore(customers: [string, string][]): string {
  const migrations = makeTempDir('frontdesk-migrations-');
  for (const file of ['001_initial.sql', '002_printing.sql'])
    fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, file), path.join(migrations, file));
  const { core, dataDir } = makeCore({ migrationsDir: migrations });
  expect(core.schemaVersion).toBe(2);
  const insert = core.db.prepare(
    "INSERT INTO customers (name, phone, created_at, updated_at) VALUES (?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
  );
  for (const [name, phone] of customers) insert.run(name, phone);
  core.close();
  return dataDir;
}

describe('customers from an older store', () => {
  it('get their pinyin keys, normalised phones and search rows when the store opens, and are found', async () => {
    const dataDir = olderStore([
      ['张三', '138-0013-8000'],
      ['欧阳娜娜', '+86 159 0000 5678'],
      ['John Smith', '+1 415 555 0101'],
      ['无电话', ''],
      ['王五', 'call the shop'],
    ]);
    const { core } = makeCore({ dataDir });
    expect(count(core, 'customers', 'pinyin IS NULL')).toBe(0);
    expect(core.db.prepare('SELECT name, phone, pinyin, initials FROM customers ORDER BY id').all()).toEqual([
      { name: '张三', phone: '13800138000', pinyin: 'zhangsan', initials: 'zs' },
      { name: '欧阳娜娜', phone: '15900005678', pinyin: 'ouyangnana', initials: 'oynn' },
      { name: 'John Smith', phone: '+14155550101', pinyin: 'johnsmith', initials: 'js' },
      { name: '无电话', phone: '', pinyin: 'wudianhua', initials: 'wdh' },
      // Not a phone number: kept as it was, not lost, but not searchable as a phone.
      { name: '王五', phone: 'call the shop', pinyin: 'wangwu', initials: 'ww' },
    ]);
    expect(count(core, 'customer_phones')).toBe(3);

    const { adminToken } = await setUpStore(core);
    const names = async (q: string) => (await op(core, 'customers.search', { q }, adminToken)).map((c) => c.name);
    expect(await names('8000')).toEqual(['张三']);
    expect(await names('zs')).toEqual(['张三']);
    expect(await names('娜娜')).toEqual(['欧阳娜娜']);
    expect(await names('smith')).toEqual(['John Smith']);
    expect(await names('5678')).toEqual(['欧阳娜娜']);
    expect((await op(core, 'customers.get', { id: 5 }, adminToken)).phones).toEqual([]);
    core.close();
  });

  it('is a no-op once every customer has keys, and picks up rows written without them', () => {
    const { core } = makeCore();
    expect(keyUnkeyedCustomers(core.db)).toBe(0);
    core.db
      .prepare(
        "INSERT INTO customers (name, phone, created_at, updated_at) VALUES ('李四', '13912345678', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
      )
      .run();
    expect(keyUnkeyedCustomers(core.db)).toBe(1);
    expect(keyUnkeyedCustomers(core.db)).toBe(0);
    expect(core.db.prepare('SELECT pinyin, initials FROM customers').get()).toEqual({ pinyin: 'lisi', initials: 'ls' });
    expect(core.db.prepare('SELECT phone, reversed, position FROM customer_phones').get()).toEqual({
      phone: '13912345678',
      reversed: '87654321931',
      position: 0,
    });
    core.close();
  });
});

describe('bare ten-digit North American phones from before they were normalised', () => {
  /** Writes a customer as the version before +1 numbers did: its phones as typed, in the phone table and the search row. */
  function writeAsBefore(core: Core, name: string, phones: string[]): number {
    const id = Number(
      core.db
        .prepare(
          "INSERT INTO customers (name, phone, pinyin, initials, created_at, updated_at) VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
        )
        .run(name, phones[0] ?? '', nameKeys(name).pinyin, nameKeys(name).initials).lastInsertRowid,
    );
    phones.forEach((phone, position) =>
      core.db
        .prepare('INSERT INTO customer_phones (customer_id, phone, reversed, position) VALUES (?, ?, ?, ?)')
        .run(id, phone, reversedDigits(phone), position),
    );
    indexCustomer(core.db, { id, name, pinyin: nameKeys(name).pinyin, phones });
    return id;
  }

  const phonesOf = (core: Core, id: number) =>
    core.db.prepare('SELECT phone, reversed, position FROM customer_phones WHERE customer_id = ? ORDER BY position, id').all(id);

  it('become +1 and ten digits when the store opens, with reversed digits, main phone and search row; nothing else changes', async () => {
    const { core, dataDir } = makeCore();
    const { adminToken } = await setUpStore(core);
    const smith = writeAsBefore(core, 'John Smith', ['4155550134', '13800138000']);
    const twice = writeAsBefore(core, 'Jane Twice', ['6175550199', '+16175550199']);
    const chinese = writeAsBefore(core, '王五', ['4008001234', '55550000', '13912345678', '1234567890']);
    const typed = writeAsBefore(core, '李四', ['+14155550101']);
    core.close();

    const { core: reopened } = makeCore({ dataDir });
    expect(phonesOf(reopened, smith)).toEqual([
      { phone: '+14155550134', reversed: '43105555141', position: 0 },
      { phone: '13800138000', reversed: '00083100831', position: 1 },
    ]);
    // The same number twice: kept once, as +1, in the main phone's place.
    expect(phonesOf(reopened, twice)).toEqual([{ phone: '+16175550199', reversed: '99105557161', position: 0 }]);
    // A 400 service number, a local landline, a mobile and ten digits starting with 1 are no North American numbers.
    expect(phonesOf(reopened, chinese).map((p) => (p as { phone: string }).phone)).toEqual([
      '4008001234',
      '55550000',
      '13912345678',
      '1234567890',
    ]);
    expect(phonesOf(reopened, typed)).toEqual([{ phone: '+14155550101', reversed: '10105555141', position: 0 }]);
    const main = reopened.db.prepare('SELECT id, phone FROM customers ORDER BY id').all();
    expect(main).toEqual([
      { id: smith, phone: '+14155550134' },
      { id: twice, phone: '+16175550199' },
      { id: chinese, phone: '4008001234' },
      { id: typed, phone: '+14155550101' },
    ]);

    // Found however staff type the number, and counted as a duplicate of the same phone.
    const names = async (q: string) => (await op(reopened, 'customers.search', { q }, adminToken)).map((c) => c.name);
    expect(await names('(415) 555-0134')).toEqual(['John Smith']);
    expect(await names('4155550134')).toEqual(['John Smith']);
    expect(await names('0134')).toEqual(['John Smith']);
    expect(await names('+1 617')).toEqual(['Jane Twice']);

    // Idempotent: a second open, or a second run, changes nothing.
    expect(normaliseBareNorthAmericanPhones(reopened.db)).toBe(0);
    reopened.close();
    const { core: again } = makeCore({ dataDir });
    expect(phonesOf(again, smith)).toEqual([
      { phone: '+14155550134', reversed: '43105555141', position: 0 },
      { phone: '13800138000', reversed: '00083100831', position: 1 },
    ]);
    again.close();
  });
});
