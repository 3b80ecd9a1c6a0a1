import type Database from 'better-sqlite3';
import { cashierSettings, DEFAULT_CASHIER_SETTINGS, type CashierSettings } from '../../../../shared/contract/cashier-settings.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';

/** The settings row that holds the cashier's settings, beside the store's other settings. */
const KEY = 'cashier';

export function getCashierSettings(db: Database.Database): CashierSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_CASHIER_SETTINGS;
  return cashierSettings.parse({ ...DEFAULT_CASHIER_SETTINGS, ...(JSON.parse(row.value) as object) });
}

/** The till named, refused naming `field` when the settings keep no such till. */
export function requireTill(db: Database.Database, till: string, field = 'till'): void {
  if (!getCashierSettings(db).tills.some((t) => t.key === till))
    throw new AppError('NOT_FOUND', `There is no till ${till}`, { [field]: 'is not a till' });
}

/** Changes some of the cashier's settings (the rest stay), audited with before and after. */
export function setCashierSettings(ctx: CallContext, patch: Partial<CashierSettings>): CashierSettings {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const before = getCashierSettings(db);
      const after = cashierSettings.parse({ ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
      if (after.varianceApprovalMinor < after.varianceNoteMinor)
        throw new AppError('VALIDATION', 'Invalid input: varianceApprovalMinor must not be below varianceNoteMinor', {
          varianceApprovalMinor: 'must not be below varianceNoteMinor',
        });
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        KEY,
        JSON.stringify(after),
      );
      const changed = (Object.keys(after) as (keyof CashierSettings)[]).filter(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      );
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'cashier.settings.update',
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
