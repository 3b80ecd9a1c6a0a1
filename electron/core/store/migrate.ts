import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads `NNN_name.sql` files in order; numbers must run 1, 2, 3... without gaps. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .sort()
    .map((file) => {
      const [, num, name] = FILE_PATTERN.exec(file) as RegExpExecArray;
      return { version: Number(num), name: name as string, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbers must be consecutive: expected ${i + 1}, found ${m.version} (${m.name})`);
  });
  return migrations;
}

export class NewerStoreError extends Error {
  readonly found: number;
  readonly supported: number;

  constructor(found: number, supported: number) {
    super(
      `This data was written by a newer version of Frontdesk (schema ${found}; this version knows up to ${supported}). ` +
        'Install the newer version to open it; the data has not been changed.',
    );
    this.name = 'NewerStoreError';
    this.found = found;
    this.supported = supported;
  }
}

/** Applies every pending migration in one transaction; refuses a store from a newer version untouched. */
export function migrate(db: Database.Database, migrations: Migration[]): number {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new NewerStoreError(current, latest);
  if (current === latest) return current;
  db.transaction(() => {
    for (const m of migrations.slice(current)) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
