import type Database from 'better-sqlite3';
import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import { getStaffRow } from '../staff.ts';
import type { SessionRow } from './drawer-rows.ts';

const nameOf = (db: Database.Database, id: number | null) => (id === null ? null : (getStaffRow(db, id)?.name ?? ''));

/** The closing count by denomination, largest first (the count movement's own record); null while open. */
function closingCount(db: Database.Database, sessionId: number): DrawerReport['counted'] {
  const row = db.prepare("SELECT counts_json FROM drawer_movements WHERE session_id = ? AND kind = 'count'").get(sessionId) as
    { counts_json: string | null } | undefined;
  if (!row?.counts_json) return null;
  const counts = JSON.parse(row.counts_json) as NonNullable<DrawerReport['counted']>;
  return counts
    .map((c) => ({ denominationMinor: c.denominationMinor, count: c.count }))
    .sort((a, b) => b.denominationMinor - a.denominationMinor);
}

/**
 * A drawer session's report: the X report while it is open, the Z report once closed. Payments and
 * refunds on the till while the session was open, per method; the drawer's own movements; the bills
 * paid in it (their discounts, the deposits among them); the receipts issued; and the cash it should
 * hold: the float, cash taken (what cash payments took, change already given back), cash put in, less
 * cash taken out and cash refunded. Who opened, closed and approved, by name as well as id (a printed
 * report names people).
 */
export function drawerReport(db: Database.Database, session: SessionRow): DrawerReport {
  const window = { till: session.till, from: session.opened_at, to: session.closed_at ?? '9999' };
  const inWindow = 'till = @till AND at >= @from AND at <= @to';
  const byMethod = db
    .prepare(
      `SELECT method, count(*) AS count, sum(amount_minor) AS amountMinor FROM payments WHERE ${inWindow} GROUP BY method ORDER BY method`,
    )
    .all(window) as DrawerReport['byMethod'];
  const refunds = db
    .prepare(
      `SELECT coalesce(sum(amount_minor), 0) AS total,
              coalesce(sum(CASE WHEN drawer_session_id = @session THEN amount_minor ELSE 0 END), 0) AS cash
         FROM refunds WHERE ${inWindow}`,
    )
    .get({ ...window, session: session.id }) as { total: number; cash: number };
  const moves = db
    .prepare(
      `SELECT coalesce(sum(CASE WHEN kind = 'cashIn' THEN amount_minor END), 0) AS cashIn,
              coalesce(sum(CASE WHEN kind = 'cashOut' THEN amount_minor END), 0) AS cashOut,
              count(CASE WHEN kind = 'noSale' THEN 1 END) AS noSales
         FROM drawer_movements WHERE session_id = ?`,
    )
    .get(session.id) as { cashIn: number; cashOut: number; noSales: number };
  const cashTaken = (
    db.prepare('SELECT coalesce(sum(amount_minor), 0) AS cash FROM payments WHERE drawer_session_id = ?').get(session.id) as {
      cash: number;
    }
  ).cash;
  const bills = db
    .prepare(
      `SELECT coalesce(sum(b.line_discount_minor + b.bill_discount_minor), 0) AS discounts,
              coalesce(sum(CASE WHEN b.kind = 'deposit' THEN (SELECT sum(p.applied_minor) FROM payments p
                WHERE p.bill_id = b.id AND p.till = @till AND p.at >= @from AND p.at <= @to) END), 0) AS deposits
         FROM bills b WHERE b.id IN (SELECT bill_id FROM payments WHERE ${inWindow})`,
    )
    .get(window) as { discounts: number; deposits: number };
  const receipts = db
    .prepare(`SELECT count(*) AS count, min(number) AS first, max(number) AS last FROM receipts WHERE ${inWindow}`)
    .get(window) as DrawerReport['receipts'];
  const expectedCashMinor = session.float_minor + cashTaken + moves.cashIn - moves.cashOut - refunds.cash;
  return {
    sessionId: session.id,
    till: session.till,
    kind: session.closed_at === null ? 'X' : 'Z',
    openedAt: session.opened_at,
    openedBy: session.opened_by,
    openedByName: nameOf(db, session.opened_by) ?? '',
    closedAt: session.closed_at,
    closedBy: session.closed_by,
    closedByName: nameOf(db, session.closed_by),
    floatMinor: session.float_minor,
    byMethod,
    refundsMinor: refunds.total,
    cashRefundsMinor: refunds.cash,
    cashInMinor: moves.cashIn,
    cashOutMinor: moves.cashOut,
    noSales: moves.noSales,
    discountsMinor: bills.discounts,
    depositsMinor: bills.deposits,
    receipts,
    expectedCashMinor,
    countedMinor: session.counted_minor,
    counted: session.closed_at === null ? null : closingCount(db, session.id),
    varianceMinor: session.variance_minor,
    note: session.close_note,
    approvedBy: session.close_approved_by,
    approvedByName: nameOf(db, session.close_approved_by),
  };
}
