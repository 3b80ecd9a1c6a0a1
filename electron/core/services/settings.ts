import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settings as settingsSchema, type Settings } from '../../../shared/contract/settings.ts';
import type { CallContext } from '../context.ts';
import { recordAudit } from './audit.ts';

export function getSettings(db: Database.Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) if (r.key in DEFAULT_SETTINGS) stored[r.key] = JSON.parse(r.value);
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...stored });
}

export function updateSettings(ctx: CallContext, patch: Partial<Settings>): Settings {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = getSettings(db);
      const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
      const after = getSettings(db);
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'settings.update',
        entity: 'settings',
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}

/**
 * A default that depends on the store, written once at first-run setup (inside its transaction,
 * without an audit row of its own: the setup's rows record the store being created).
 */
export function seedSettings(db: Database.Database, values: Partial<Settings>): void {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(values)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
}
