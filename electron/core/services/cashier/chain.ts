import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The hash chain every financial record is a link of (docs/cashier.md, Tamper evidence). A link's
 * place is `chain_seq` (1, 2, 3... across receipts, payments, refunds and drawer movements); its hash
 * is SHA-256 over its canonical form (the kind, its place, the grand total after it and its fields in a
 * fixed order, as JSON) followed by the hash before it; its grand total is the takings so far (a
 * payment adds what it took, a refund takes off what it gave back). The head row keeps the last link.
 */

export const GENESIS = '0'.repeat(64);

export type LinkKind = 'receipt' | 'payment' | 'refund' | 'drawerMovement';

/** Each kind's table, the columns its hash covers (in order), and what it adds to the grand total. */
export const LINKS: Record<LinkKind, { table: string; columns: readonly string[]; delta: (row: Record<string, unknown>) => number }> = {
  receipt: {
    table: 'receipts',
    columns: ['number', 'year', 'seq', 'kind', 'bill_id', 'amount_minor', 'change_minor', 'balance_after_minor', 'till', 'at', 'by_staff'],
    delta: () => 0,
  },
  payment: {
    table: 'payments',
    columns: [
      'bill_id',
      'receipt_id',
      'method',
      'reference',
      'amount_minor',
      'applied_minor',
      'rounding_minor',
      'tendered_minor',
      'change_minor',
      'till',
      'drawer_session_id',
      'at',
      'by_staff',
    ],
    delta: (row) => row.amount_minor as number,
  },
  refund: {
    table: 'refunds',
    columns: [
      'payment_id',
      'bill_id',
      'receipt_id',
      'method',
      'amount_minor',
      'reason',
      'approved_by',
      'till',
      'drawer_session_id',
      'at',
      'by_staff',
    ],
    delta: (row) => -(row.amount_minor as number),
  },
  drawerMovement: {
    table: 'drawer_movements',
    columns: ['session_id', 'kind', 'amount_minor', 'counts_json', 'reason', 'at', 'by_staff'],
    delta: () => 0,
  },
};

/** A link's hash: its canonical form, then the hash before it. */
export function linkHash(kind: LinkKind, seq: number, grandTotalMinor: number, row: Record<string, unknown>, prevHash: string): string {
  const fields = LINKS[kind].columns.map((c) => row[c] ?? null);
  return createHash('sha256').update(JSON.stringify({ kind, seq, grandTotalMinor, fields })).update(prevHash).digest('hex');
}

interface Head {
  seq: number;
  hash: string;
  grand_total_minor: number;
}

export function chainHead(db: Database.Database): Head {
  return (
    (db.prepare('SELECT seq, hash, grand_total_minor FROM money_chain_head WHERE id = 1').get() as Head | undefined) ?? {
      seq: 0,
      hash: GENESIS,
      grand_total_minor: 0,
    }
  );
}

/**
 * Inserts a record as the chain's next link, inside the caller's transaction (the head moves with it):
 * `row` holds the record's own columns; its place, hashes and grand total are added. Returns its id.
 */
export function appendLink(db: Database.Database, kind: LinkKind, row: Record<string, unknown>): number {
  const head = chainHead(db);
  const seq = head.seq + 1;
  const grandTotal = head.grand_total_minor + LINKS[kind].delta(row);
  const hash = linkHash(kind, seq, grandTotal, row, head.hash);
  const columns = [...Object.keys(row), 'chain_seq', 'prev_hash', 'hash', 'grand_total_minor'];
  const id = Number(
    db
      .prepare(`INSERT INTO ${LINKS[kind].table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...Object.values(row), seq, head.hash, hash, grandTotal).lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO money_chain_head (id, seq, hash, grand_total_minor) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, grand_total_minor = excluded.grand_total_minor`,
  ).run(seq, hash, grandTotal);
  return id;
}
