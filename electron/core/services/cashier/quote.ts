import type Database from 'better-sqlite3';
import type { Quote, QuoteInput } from '../../../../shared/contract/cashier-bills.ts';
import { priceDraft } from './pricing.ts';

/** A bill priced as it would open, nothing saved: the till's preview. */
export function quoteBill(db: Database.Database, input: QuoteInput): Quote {
  return priceDraft(db, input).quote;
}
