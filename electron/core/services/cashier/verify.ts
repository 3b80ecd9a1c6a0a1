import type Database from 'better-sqlite3';
import type { ChainProblem, ChainRecord, Verification } from '../../../../shared/contract/cashier-integrity.ts';
import { chainHead, GENESIS, linkHash, LINKS, type LinkKind } from './chain.ts';

/**
 * Walks the hash chain from its first link (docs/cashier.md, Tamper evidence) and reports the first
 * broken one: which record, and what is wrong with it (the console says it in words, in either
 * language: `renderer/src/screens/integrity/problemText.ts`). A record changed after it was written no
 * longer hashes to its `hash` (and an amount changed no longer adds up to its grand total, which gives
 * the amount that was written); a record removed leaves a gap in the places; a record added outside the
 * till sits beside another at the same place, after the head, or does not follow the link before it.
 * Runs on a read-only connection (a reader worker): a plain function of the database.
 */

interface Link {
  kind: LinkKind;
  row: Record<string, unknown> & { id: number; chain_seq: number; prev_hash: string; hash: string; grand_total_minor: number };
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A link as staff would name it: "payment #12 (cash 120.00, receipt R2026-000003)". */
function describe(db: Database.Database, link: Link): ChainRecord {
  const r = link.row;
  const receiptNumber = (receiptId: unknown) =>
    (db.prepare('SELECT number FROM receipts WHERE id = ?').get(receiptId) as { number: string } | undefined)?.number ?? null;
  const base = { kind: link.kind, id: r.id, receipt: null, method: null, amountMinor: null, paymentId: null, sessionId: null };
  if (link.kind === 'receipt') return { ...base, receipt: str(r.number) };
  if (link.kind === 'payment')
    return { ...base, receipt: receiptNumber(r.receipt_id), method: str(r.method), amountMinor: num(r.amount_minor) };
  if (link.kind === 'refund')
    return {
      ...base,
      receipt: receiptNumber(r.receipt_id),
      method: str(r.method),
      amountMinor: num(r.amount_minor),
      paymentId: num(r.payment_id),
    };
  return { ...base, method: str(r.kind), amountMinor: num(r.amount_minor), sessionId: num(r.session_id) };
}

function allLinks(db: Database.Database): Link[] {
  const links: Link[] = [];
  for (const kind of Object.keys(LINKS) as LinkKind[])
    for (const row of db.prepare(`SELECT * FROM ${LINKS[kind].table}`).iterate()) links.push({ kind, row: row as Link['row'] });
  return links.sort((a, b) => a.row.chain_seq - b.row.chain_seq || a.kind.localeCompare(b.kind));
}

type Found = Pick<ChainProblem, 'what' | 'how'> & Partial<Pick<ChainProblem, 'other' | 'amountMinor' | 'writtenMinor' | 'place'>>;

/** Why a link does not hash to its `hash`: the payment or refund amount that no longer adds up, or some other field. */
function changed(link: Link, prevTotal: number): Found {
  const delta = LINKS[link.kind].delta(link.row);
  const chained = link.row.grand_total_minor - prevTotal;
  if (delta !== chained && (link.kind === 'payment' || link.kind === 'refund')) {
    const sign = link.kind === 'refund' ? -1 : 1;
    return { what: 'changed', how: 'amount', amountMinor: sign * delta, writtenMinor: sign * chained };
  }
  return { what: 'changed', how: 'contents' };
}

export function verifyChain(db: Database.Database): Verification {
  const links = allLinks(db);
  const head = chainHead(db);
  let prevHash = GENESIS;
  let prevTotal = 0;
  let previous: Link | null = null;
  const fail = (link: Link | null, seq: number, found: Found): Verification => ({
    ok: false,
    checked: seq - 1,
    grandTotalMinor: prevTotal,
    problem: {
      seq,
      record: link ? describe(db, link) : null,
      other: found.other ?? null,
      amountMinor: found.amountMinor ?? null,
      writtenMinor: found.writtenMinor ?? null,
      place: found.place ?? null,
      what: found.what,
      how: found.how,
    },
  });
  const before = () => (previous ? describe(db, previous) : null);
  for (const [i, link] of links.entries()) {
    const seq = i + 1;
    const r = link.row;
    const next = links[i + 1];
    if (r.chain_seq > head.seq) return fail(link, seq, { what: 'inserted', how: 'afterHead', place: head.seq });
    if (next && r.chain_seq === next.row.chain_seq)
      return fail(link, seq, { what: 'inserted', how: 'samePlace', other: describe(db, next) });
    if (r.chain_seq > seq) return fail(null, seq, { what: 'missing', how: 'gap', other: before() });
    if (r.chain_seq < seq) return fail(link, seq, { what: 'outOfOrder', how: 'outOfOrder', place: r.chain_seq });
    if (r.prev_hash !== prevHash) return fail(link, seq, { what: 'inserted', how: 'notFollowing', other: before() });
    if (
      linkHash(link.kind, r.chain_seq, r.grand_total_minor, r, r.prev_hash) !== r.hash ||
      r.grand_total_minor !== prevTotal + LINKS[link.kind].delta(r)
    )
      return fail(link, seq, changed(link, prevTotal));
    prevHash = r.hash;
    prevTotal = r.grand_total_minor;
    previous = link;
  }
  if (links.length !== head.seq || prevHash !== head.hash)
    return fail(null, links.length + 1, { what: 'headMismatch', how: 'headMismatch', other: before(), place: head.seq });
  return { ok: true, checked: links.length, grandTotalMinor: prevTotal, problem: null };
}
