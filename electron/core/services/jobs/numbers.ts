import type Database from 'better-sqlite3';
import type { JobsSettings } from '../../../../shared/contract/jobs-settings.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { Core } from '../../core.ts';
import { getProfile } from '../profile.ts';

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

/** The number the next intake takes this year, before the shop's prefix and padding (which it may still change). */
export function nextJobNumber(core: Core): { year: number; seq: number } {
  const year = Number(businessDate(core.clock.now(), getProfile(core.db).timeZone).slice(0, 4));
  const row = core.db.prepare('SELECT last_number FROM job_numbers WHERE year = ?').get(year) as { last_number: number } | undefined;
  return { year, seq: (row?.last_number ?? 0) + 1 };
}
