import type Database from 'better-sqlite3';
import { DEFAULT_REMINDER_SETTINGS, reminderSettings, type ReminderSettings } from '../../../../shared/contract/reminders.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';

const KEY = 'reminders';

/** The retry interval and the attempt limit (5 minutes and 3 tries unless a manager changed them). */
export function getReminderSettings(db: Database.Database): ReminderSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? reminderSettings.parse({ ...DEFAULT_REMINDER_SETTINGS, ...(JSON.parse(row.value) as object) }) : DEFAULT_REMINDER_SETTINGS;
}

export function setReminderSettings(ctx: CallContext, patch: Partial<ReminderSettings>): ReminderSettings {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = getReminderSettings(db);
      const after = reminderSettings.parse({ ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        KEY,
        JSON.stringify(after),
      );
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'reminders.settings.update',
        entity: 'settings',
        entityId: KEY,
        before,
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}
