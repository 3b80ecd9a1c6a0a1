import type Database from 'better-sqlite3';
import { chainHead, GENESIS, linkHash, LINKS, type LinkKind } from './chain.ts';

/**
 * Walks the hash chain from its first link (docs/cashier.md, Tamper evidence) and reports the first
 * broken one in words: which record, and what is wrong with it. A record changed after it was written
 * no longer hashes to its `hash` (and an amount changed no longer adds up to its grand total, which
 * names the amount that was written); a record removed leaves a gap in the places; a record added
 * outside the till sits beside another at the same place, after the head, or does not hash. Runs on a
 * read-only connection (a reader worker): a plain function of the database.
 */

interface ChainProblem {
  seq: number;
  record: string;
  what: 'changed' | 'missing' | 'inserted' | 'outOfOrder' | 'headMismatch';
  message: string;
}

export interface Verification {
  ok: boolean;
  checked: number;
  grandTotalMinor: number;
  problem: ChainProblem | null;
}

interface Link {
  kind: LinkKind;
  row: Record<string, unknown> & { id: number; chain_seq: number; prev_hash: string; hash: string; grand_total_minor: number };
}

const yuan = (minor: number) => (minor / 100).toFixed(2);

/** A link named as staff would name it: "payment #12 (cash 120.00, receipt R2026-000003)". */
function describe(db: Database.Database, link: Link): string {
  const r = link.row;
  if (link.kind === 'receipt') return `receipt ${String(r.number)}`;
  if (link.kind === 'payment') {
    const receipt = db.prepare('SELECT number FROM receipts WHERE id = ?').get(r.receipt_id) as { number: string } | undefined;
    return `payment #${r.id} (${String(r.method)} ${yuan(r.amount_minor as number)}, receipt ${receipt?.number ?? `#${String(r.receipt_id)}`})`;
  }
  if (link.kind === 'refund')
    return `refund #${r.id} (${String(r.method)} ${yuan(r.amount_minor as number)}, of payment #${String(r.payment_id)})`;
  return `drawer movement #${r.id} (${String(r.kind)} ${yuan(r.amount_minor as number)}, session #${String(r.session_id)})`;
}

function allLinks(db: Database.Database): Link[] {
  const links: Link[] = [];
  for (const kind of Object.keys(LINKS) as LinkKind[])
    for (const row of db.prepare(`SELECT * FROM ${LINKS[kind].table}`).iterate()) links.push({ kind, row: row as Link['row'] });
  return links.sort((a, b) => a.row.chain_seq - b.row.chain_seq || a.kind.localeCompare(b.kind));
}

/** Why a link does not hash to its `hash`: the amount that no longer adds up, or "a field changed". */
function changedMessage(db: Database.Database, link: Link, prevTotal: number): string {
  const name = describe(db, link);
  const delta = LINKS[link.kind].delta(link.row);
  const chained = link.row.grand_total_minor - prevTotal;
  if (link.kind === 'payment' && delta !== chained)
    return `${name} was changed after it was written: its amount is ${yuan(delta)} but ${yuan(chained)} was written into the chain`;
  if (link.kind === 'refund' && delta !== chained)
    return `${name} was changed after it was written: its amount is ${yuan(-delta)} but ${yuan(-chained)} was written into the chain`;
  return `${name} was changed after it was written: its contents no longer match its hash`;
}

export function verifyChain(db: Database.Database): Verification {
  const links = allLinks(db);
  const head = chainHead(db);
  let prevHash = GENESIS;
  let prevTotal = 0;
  let previous: Link | null = null;
  const fail = (link: Link | null, seq: number, what: ChainProblem['what'], message: string): Verification => ({
    ok: false,
    checked: seq - 1,
    grandTotalMinor: prevTotal,
    problem: { seq, record: link ? describe(db, link) : '', what, message },
  });
  for (const [i, link] of links.entries()) {
    const seq = i + 1;
    const r = link.row;
    const after = previous ? ` after ${describe(db, previous)}` : ' at the start of the chain';
    if (r.chain_seq > head.seq)
      return fail(
        link,
        seq,
        'inserted',
        `${describe(db, link)} was added outside the till: it lies after the chain's last link (${head.seq})`,
      );
    if (r.chain_seq === links[i + 1]?.row.chain_seq)
      return fail(
        link,
        seq,
        'inserted',
        `${describe(db, link)} and ${describe(db, links[i + 1]!)} both claim place ${r.chain_seq}: one was added outside the till`,
      );
    if (r.chain_seq > seq)
      return fail(link, seq, 'missing', `a record is missing${after}: place ${seq} of the chain is empty (it was deleted)`);
    if (r.chain_seq < seq) return fail(link, seq, 'outOfOrder', `${describe(db, link)} is out of order: it claims place ${r.chain_seq}`);
    if (r.prev_hash !== prevHash)
      return fail(
        link,
        seq,
        'inserted',
        `${describe(db, link)} does not follow the record before it${after}: a record was added or removed between them`,
      );
    if (linkHash(link.kind, r.chain_seq, r.grand_total_minor, r, r.prev_hash) !== r.hash)
      return fail(link, seq, 'changed', changedMessage(db, link, prevTotal));
    if (r.grand_total_minor !== prevTotal + LINKS[link.kind].delta(r))
      return fail(link, seq, 'changed', changedMessage(db, link, prevTotal));
    prevHash = r.hash;
    prevTotal = r.grand_total_minor;
    previous = link;
  }
  if (links.length !== head.seq || prevHash !== head.hash) {
    const seq = links.length + 1;
    return fail(
      null,
      seq,
      'headMismatch',
      `the chain ends at place ${links.length}${previous ? ` (${describe(db, previous)})` : ''} but its last link was recorded at place ${head.seq}: the records after it were deleted`,
    );
  }
  return { ok: true, checked: links.length, grandTotalMinor: prevTotal, problem: null };
}
