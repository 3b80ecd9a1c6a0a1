import type { ChainProblem, ChainRecord } from './contract/cashier-integrity.ts';

/** A translation function that takes namespaced keys (`cashierIntegrity:problem.gap`, `cashier:methods.cash`). */
type Translate = (key: string, options: Record<string, unknown>) => string;

const DRAWER_MOVES = new Set(['float', 'cashIn', 'cashOut', 'noSale', 'count']);

function recordText(r: ChainRecord, t: Translate, money: (minor: number) => string): string {
  const method =
    r.kind === 'drawerMovement' && r.method && DRAWER_MOVES.has(r.method)
      ? t(`cashierIntegrity:moves.${r.method}`, {})
      : t(`cashier:methods.${r.method ?? 'other'}`, {});
  return t(`cashierIntegrity:record.${r.kind}`, {
    id: r.id,
    receipt: r.receipt ?? '?',
    method,
    amount: money(r.amountMinor ?? 0),
    paymentId: r.paymentId,
    sessionId: r.sessionId,
  });
}

/**
 * The first broken link of the money chain in words, in the reader's language: which record, and what
 * happened to it ("payment #7 (WeChat Pay ¥1.00, receipt R2026-000002) was changed after it was written:
 * its amount is ¥1.00 but ¥89.00 was written into the chain").
 */
export function chainProblemText(p: ChainProblem, t: Translate, money: (minor: number) => string): string {
  const record = p.record ? recordText(p.record, t, money) : '';
  const other = p.other ? recordText(p.other, t, money) : '';
  const params = { record, other, seq: p.seq, place: p.place, last: p.seq - 1 };
  switch (p.how) {
    case 'amount':
      return t('cashierIntegrity:problem.amount', { ...params, amount: money(p.amountMinor ?? 0), written: money(p.writtenMinor ?? 0) });
    case 'gap':
      return t(p.other ? 'cashierIntegrity:problem.gap' : 'cashierIntegrity:problem.gapAtStart', params);
    case 'notFollowing':
      return t(p.other ? 'cashierIntegrity:problem.notFollowing' : 'cashierIntegrity:problem.notFollowingAtStart', params);
    case 'headMismatch':
      return t(p.other ? 'cashierIntegrity:problem.headMismatch' : 'cashierIntegrity:problem.headMismatchEmpty', params);
    default:
      return t(`cashierIntegrity:problem.${p.how}`, params);
  }
}
