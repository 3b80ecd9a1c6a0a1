import type Database from 'better-sqlite3';
import type { JobsSettings } from '../../../../shared/contract/jobs-settings.ts';

/**
 * Takes the year's next job number ("J2026-000123") inside the caller's transaction: the counter row
 * and the job that uses it commit together or not at all, so numbers never repeat and never skip.
 */
export function takeJobNumber(db: Database.Database, year: number, settings: JobsSettings): { seq: number; number: string } {
  const { last_number: seq } = db
    .prepare(
      `INSERT INTO job_numbers (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
    )
    .get(year) as { last_number: number };
  return { seq, number: `${settings.numberPrefix}${year}-${String(seq).padStart(settings.numberDigits, '0')}` };
}
