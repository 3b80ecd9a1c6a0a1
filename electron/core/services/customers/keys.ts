import type Database from 'better-sqlite3';
import { pinyin } from 'pinyin-pro';

/** What a name is found by besides itself: its full pinyin and the initials of its syllables or words. */
export interface NameKeys {
  /** "zhangsan" for 张三, "johnsmith" for John Smith: lower-case letters and digits only. */
  pinyin: string;
  /** "zs", "js". */
  initials: string;
}

/** Lower case, accents dropped ("Müller" → "muller"), apostrophes joined ("O'Brien" → "obrien"). */
export function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '');
}

/**
 * The search keys of a name. Chinese characters become their pinyin without tones, ü written v as
 * pinyin keyboards type it (吕 → lv), surnames read as surnames (曾 → zeng, 单 → shan); other text
 * is kept as words.
 */
export function nameKeys(name: string): NameKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true });
  const words = syllables.flatMap((s) => foldLatin(s).split(/[^a-z0-9]+/)).filter(Boolean);
  return { pinyin: words.join(''), initials: words.map((w) => w[0]).join('') };
}

const HAN = /\p{Script=Han}/u;

/** Each pair of neighbouring Chinese characters in the name, for two-character substring search. */
function nameBigrams(name: string): string[] {
  const chars = [...name];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] as string;
    const b = chars[i + 1] as string;
    if (HAN.test(a) && HAN.test(b)) grams.add(a + b);
  }
  return [...grams];
}

/** The name as the substring index holds it: full-width folded, lower case. */
export function searchableName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * Writes a customer's rows in the search indexes (the trigram table and the name bigrams), replacing
 * any earlier ones. The caller holds the transaction and has written the customer and its phones.
 */
export function indexCustomer(db: Database.Database, c: { id: number; name: string; pinyin: string; phones: readonly string[] }): void {
  db.prepare('DELETE FROM customer_search WHERE rowid = ?').run(c.id);
  db.prepare('INSERT INTO customer_search (rowid, name, pinyin, phones) VALUES (?, ?, ?, ?)').run(
    c.id,
    searchableName(c.name),
    c.pinyin,
    c.phones.join(' '),
  );
  db.prepare('DELETE FROM customer_name_bigrams WHERE customer_id = ?').run(c.id);
  const insert = db.prepare('INSERT INTO customer_name_bigrams (gram, customer_id) VALUES (?, ?)');
  for (const gram of nameBigrams(c.name)) insert.run(gram, c.id);
}
