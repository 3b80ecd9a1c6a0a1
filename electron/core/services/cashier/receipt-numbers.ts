import { businessDate } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { getProfile } from '../profile.ts';

/**
 * Takes the year's next receipt number ("R2026-000123", the year in the store's time) inside the
 * caller's transaction: the counter row and the receipt that uses it commit together or not at all,
 * so receipt numbers never repeat and never skip.
 */
export function takeReceiptNumber(ctx: CallContext): { year: number; seq: number; number: string } {
  const year = Number(businessDate(ctx.core.clock.now(), getProfile(ctx.core.db).timeZone).slice(0, 4));
  const { last_number: seq } = ctx.core.db
    .prepare(
      `INSERT INTO receipt_numbers (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
    )
    .get(year) as { last_number: number };
  return { year, seq, number: `R${year}-${String(seq).padStart(6, '0')}` };
}
