import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadMigrations, migrate, NewerStoreError } from './migrate.ts';
import { watchChanges } from './marks.ts';
import { cacheStatements } from './statements.ts';

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface OpenedStore {
  db: Database.Database;
  schemaVersion: number;
}

/** Sets the pragmas every connection to the store needs. */
function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL, which can lose the last commits on a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openStore(file: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): OpenedStore {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    const migrations = loadMigrations(migrationsDir);
    // Refuse a newer store before any pragma touches it: switching to WAL rewrites the file header.
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > migrations.length) throw new NewerStoreError(found, migrations.length);
    applyPragmas(db);
    const schemaVersion = migrate(db, migrations);
    cacheStatements(db);
    watchChanges(db);
    return { db, schemaVersion };
  } catch (err) {
    db.close();
    throw err;
  }
}
