import type Database from 'better-sqlite3';
import { jobsSettings, type JobsSettings } from '../../../../shared/contract/jobs-settings.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { DEFAULT_JOBS_SETTINGS } from './settings-defaults.ts';

/** The settings row that holds the jobs settings, beside the store's other settings. */
const KEY = 'jobs';

export function getJobsSettings(db: Database.Database): JobsSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_JOBS_SETTINGS;
  return jobsSettings.parse({ ...DEFAULT_JOBS_SETTINGS, ...(JSON.parse(row.value) as object) });
}

/** Changes some of the jobs settings (the rest stay), audited with before and after. */
export function setJobsSettings(ctx: CallContext, patch: Partial<JobsSettings>): JobsSettings {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = getJobsSettings(db);
      const after = jobsSettings.parse({ ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        KEY,
        JSON.stringify(after),
      );
      const changed = (Object.keys(after) as (keyof JobsSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'jobs.settings.update',
        entity: 'settings',
        entityId: KEY,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}
