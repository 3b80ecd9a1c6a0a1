import type Database from 'better-sqlite3';
import type { Counts } from '../../../../shared/contract/cashier-drawer.ts';
import { AppError } from '../../../../shared/errors.ts';
import { getCashierSettings } from './settings.ts';

/** A drawer session's row as the store keeps it. */
export interface SessionRow {
  id: number;
  till: string;
  opened_by: number;
  opened_at: string;
  float_minor: number;
  closed_by: number | null;
  closed_at: string | null;
  counted_minor: number | null;
  expected_minor: number | null;
  variance_minor: number | null;
  close_note: string;
  close_approved_by: number | null;
}

/** The till's open drawer session, if any. */
export function openSessionOf(db: Database.Database, till: string): SessionRow | undefined {
  return db.prepare('SELECT * FROM drawer_sessions WHERE till = ? AND closed_at IS NULL').get(till) as SessionRow | undefined;
}

/** The till's open session, refused (naming `till`) when its drawer is closed. */
export function requireOpenSession(db: Database.Database, till: string): SessionRow {
  const session = openSessionOf(db, till);
  if (!session)
    throw new AppError('INVALID_STATE', `Till ${till}'s drawer is not open`, {
      till: 'has no open drawer session: open the drawer with its float first',
    });
  return session;
}

/** The total of a count by denomination, each one of the settings' denominations at most once (refused naming the entry). */
export function countTotal(db: Database.Database, counts: Counts): number {
  const { denominations } = getCashierSettings(db);
  const seen = new Set<number>();
  counts.forEach((c, i) => {
    const field = `counts.${i}.denominationMinor`;
    if (!denominations.includes(c.denominationMinor))
      throw new AppError('VALIDATION', `Invalid input: ${field} is not one of the drawer's denominations`, {
        [field]: "is not one of the drawer's denominations",
      });
    if (seen.has(c.denominationMinor))
      throw new AppError('VALIDATION', `Invalid input: ${field} is counted twice`, { [field]: 'is counted twice' });
    seen.add(c.denominationMinor);
  });
  return counts.reduce((sum, c) => sum + c.denominationMinor * c.count, 0);
}
