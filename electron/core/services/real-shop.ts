import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DemoContents } from '../../../shared/contract/real-shop.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CallContext } from '../context.ts';
import type { Core } from '../core.ts';
import { loadMigrations, migrate } from '../store/migrate.ts';
import { recordAudit } from './audit.ts';
import { getProfile } from './profile.ts';

/** What each count of `DemoContents` counts. */
const COUNTED: Record<Exclude<keyof DemoContents, 'storeName'>, string> = {
  customers: 'customers',
  assets: 'assets',
  tickets: 'tickets',
  jobs: 'jobs',
  appointments: 'appointments',
  services: 'services',
  counters: 'counters',
  staff: 'staff',
  printers: 'printers',
  printJobs: 'print_jobs',
  displays: 'devices',
  auditRows: 'audit_log',
};

/** The demo store's rows, counted, for the confirmation that says exactly what goes. Refused unless the store is the demo. */
export function demoContents(core: Core): DemoContents {
  const profile = getProfile(core.db);
  if (!profile.demo) throw new AppError('NOT_DEMO', 'This store is a real shop, not the demo: it is never wiped');
  const counts = Object.fromEntries(
    Object.entries(COUNTED).map(([key, table]) => [key, (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  ) as Omit<DemoContents, 'storeName'>;
  return { storeName: profile.name, ...counts };
}

/** Whether this store began as the fresh store that replaced a wiped demo. */
export function cameFromDemo(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM audit_log WHERE action = 'store.demoWiped' LIMIT 1").get() !== undefined;
}

/**
 * Builds the fresh store beside the demo's file: every migration, and one audit row saying it came from
 * the demo's wipe (who, when, from where, what went). Staff ids mean nothing in the new store, so the
 * row names the admin in its `by` and leaves `actor_id` empty.
 */
function buildFreshStore(ctx: CallContext, file: string, deleted: DemoContents): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    // A rollback journal, as a restore's copy: nothing is left beside the file when it is renamed into place.
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(ctx.core.migrationsDir));
    db.transaction(() => {
      recordAudit(db, {
        at: ctx.core.nowIso(),
        actorId: null,
        action: 'store.demoWiped',
        entity: 'store_profile',
        entityId: 1,
        before: deleted,
        after: { wipedDemo: deleted.storeName, by: ctx.actor?.name ?? null },
        origin: ctx.origin,
      });
    }).immediate();
  } finally {
    db.close();
  }
}

/**
 * "Start my real shop": replaces the demo store with a fresh, empty one, so first-run setup follows.
 * Only the demo store, only with its name typed as the confirmation. The fresh file is built and
 * recorded in full before it takes the demo's place in one rename, so a failure at any step leaves the
 * demo as it was; every console signs in again (to the setup screen).
 */
export async function startRealShop(ctx: CallContext, confirm: string): Promise<{ deleted: DemoContents }> {
  const { core } = ctx;
  const deleted = demoContents(core);
  if (confirm !== deleted.storeName)
    throw new AppError('VALIDATION', "Invalid input: type the demo store's name to confirm", {
      confirm: `must be the demo store's name, "${deleted.storeName}"`,
    });
  const staging = `${core.dbFile}.fresh`;
  try {
    buildFreshStore(ctx, staging, deleted);
  } catch (err) {
    fs.rmSync(staging, { force: true });
    throw err;
  }
  await core.replaceStoreWith(staging);
  core.events.emit({ type: 'store.restored', from: 'demoWiped' });
  return { deleted };
}
