import type Database from 'better-sqlite3';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { checkImei, checkVin, normalizePhone, normalizePlate, reversedDigits } from '../../../../shared/identifiers.ts';
import { foldLatin, searchableName } from './keys.ts';
import { summariesByIds } from './rows.ts';

/** The end of a prefix range: every string that starts with `prefix` sorts below prefix + U+10FFFF. */
const END = '\u{10FFFF}';

type Ids = { id: number }[];

/**
 * Collects customer ids from the lookups in order of relevance (each lookup is an index range with
 * its own LIMIT) until `limit` distinct ids are found. Later lookups are not run once it is full.
 */
class Collector {
  readonly ids: number[] = [];
  readonly #seen = new Set<number>();
  constructor(readonly limit: number) {}

  get full(): boolean {
    return this.ids.length >= this.limit;
  }

  add(lookup: () => Ids): void {
    if (this.full) return;
    for (const { id } of lookup()) {
      if (this.#seen.has(id)) continue;
      this.#seen.add(id);
      this.ids.push(id);
      if (this.full) return;
    }
  }
}

function searchDigits(db: Database.Database, c: Collector, query: string, digits: string): void {
  const want = c.limit + 1;
  const phone = normalizePhone(query);
  if (phone.ok)
    c.add(() => db.prepare('SELECT customer_id AS id FROM customer_phones WHERE phone = ? ORDER BY customer_id').all(phone.value) as Ids);
  if (digits.length === 15 && checkImei(digits).ok) {
    c.add(() => db.prepare('SELECT customer_id AS id FROM assets WHERE imei = ? ORDER BY active DESC, id DESC').all(digits) as Ids);
  }
  // How staff ask: "the last four digits". Ends with → the reversed digits start with.
  const reversed = reversedDigits(digits);
  c.add(
    () =>
      db
        .prepare('SELECT customer_id AS id FROM customer_phones WHERE reversed >= ? AND reversed < ? ORDER BY reversed LIMIT ?')
        .all(reversed, reversed + END, want) as Ids,
  );
  c.add(
    () =>
      db
        .prepare('SELECT customer_id AS id FROM customer_phones WHERE phone >= ? AND phone < ? ORDER BY phone LIMIT ?')
        .all(digits, digits + END, want) as Ids,
  );
  // A device by the last digits of its IMEI (four to fourteen): the index holds each IMEI's last four.
  if (digits.length >= 4 && digits.length < 15) {
    c.add(
      () =>
        db
          .prepare(
            'SELECT customer_id AS id FROM assets WHERE substr(imei, -4) = ? AND imei IS NOT NULL AND substr(imei, -?) = ? ORDER BY active DESC, id DESC LIMIT ?',
          )
          .all(digits.slice(-4), digits.length, digits, want) as Ids,
    );
  }
  if (digits.length >= 3) {
    c.add(() => db.prepare('SELECT rowid AS id FROM customer_search WHERE phones LIKE ? LIMIT ?').all(`%${digits}%`, want) as Ids);
  }
}

function searchText(db: Database.Database, c: Collector, query: string): void {
  const want = c.limit + 1;
  // Exact asset codes first: a plate, a VIN or a serial typed in full finds the owner.
  const vin = checkVin(query);
  if (vin.ok)
    c.add(() => db.prepare('SELECT customer_id AS id FROM assets WHERE vin = ? ORDER BY active DESC, id DESC').all(vin.value) as Ids);
  const plate = normalizePlate(query);
  if (plate.ok && /\d/.test(plate.value)) {
    c.add(() => db.prepare('SELECT customer_id AS id FROM assets WHERE plate = ? ORDER BY active DESC, id DESC').all(plate.value) as Ids);
    // A Chinese plate typed without its province character: "A12345" finds 粤A12345.
    if (/^[A-Z]/.test(plate.value)) {
      c.add(
        () =>
          db
            .prepare(
              'SELECT customer_id AS id FROM assets WHERE substr(plate, 2) = ? AND plate IS NOT NULL AND unicode(plate) > 0x2e80 ORDER BY active DESC, id DESC LIMIT ?',
            )
            .all(plate.value, want) as Ids,
      );
    }
    c.add(() => db.prepare('SELECT customer_id AS id FROM assets WHERE serial = ? ORDER BY active DESC, id DESC').all(query) as Ids);
  }

  c.add(() => db.prepare('SELECT id FROM customers WHERE name = ? ORDER BY id').all(query) as Ids);
  c.add(
    () =>
      db.prepare('SELECT id FROM customers WHERE name >= ? AND name < ? ORDER BY name, id LIMIT ?').all(query, query + END, want) as Ids,
  );

  // Latin letters: pinyin initials ("zs" → 张三), full pinyin ("zhangs"), an English name's letters.
  const key = foldLatin(query).replace(/[\s-]+/g, '');
  if (/^[a-z0-9]+$/.test(key) && /[a-z]/.test(key)) {
    c.add(
      () =>
        db
          .prepare('SELECT id FROM customers WHERE initials >= ? AND initials < ? ORDER BY initials, id LIMIT ?')
          .all(key, key + END, want) as Ids,
    );
    c.add(
      () =>
        db
          .prepare('SELECT id FROM customers WHERE pinyin >= ? AND pinyin < ? ORDER BY pinyin, id LIMIT ?')
          .all(key, key + END, want) as Ids,
    );
  }

  // Anywhere in the name (or its pinyin): the trigram index from three characters, the bigrams for two.
  const needle = searchableName(query).replace(/[%_]/g, '');
  const length = [...needle].length;
  if (length >= 3) {
    c.add(() => db.prepare('SELECT rowid AS id FROM customer_search WHERE name LIKE ? LIMIT ?').all(`%${needle}%`, want) as Ids);
    if (/^[a-z0-9]{3,}$/.test(key))
      c.add(() => db.prepare('SELECT rowid AS id FROM customer_search WHERE pinyin LIKE ? LIMIT ?').all(`%${key}%`, want) as Ids);
  } else if (length === 2) {
    c.add(() => db.prepare('SELECT customer_id AS id FROM customer_name_bigrams WHERE gram = ? LIMIT ?').all(needle, want) as Ids);
  }
}

/**
 * Finds customers as the receptionist types. Digits (with spaces, dashes, a +) are a phone fragment:
 * the exact phone (a North American number however it is written), then phones ending with it (the
 * last four digits), starting with it, devices whose IMEI ends with it, phones containing it; a full
 * IMEI finds the device's owner. Anything else is a name: exact, prefix, pinyin initials and full
 * pinyin, then substrings; a plate or VIN typed in full (a Chinese plate with or without its province
 * character) finds the vehicle's owner. An empty
 * query lists the newest customers. Every lookup is an index range, so it stays fast at 200,000.
 */
export function searchCustomers(db: Database.Database, q: string, limit: number): CustomerSummary[] {
  const query = q.normalize('NFKC').trim();
  const c = new Collector(limit);
  if (query === '') {
    c.add(() => db.prepare('SELECT id FROM customers ORDER BY id DESC LIMIT ?').all(limit) as Ids);
  } else {
    const digits = query.replace(/[\s\-().+]/g, '');
    if (/^\d+$/.test(digits)) searchDigits(db, c, query, digits);
    else searchText(db, c, query);
  }
  return summariesByIds(db, c.ids);
}
