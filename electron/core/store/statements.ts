import type Database from 'better-sqlite3';

/**
 * Makes `db.prepare` reuse compiled statements, keyed by their SQL text. better-sqlite3 compiles
 * afresh on every `prepare`, and the services prepare at the point of use, so an audited write
 * compiled five or six statements per call; cached, it compiles none. SQLite re-prepares a cached
 * statement by itself after a schema change. Safe because no code keeps a statement busy across a
 * call that reuses the same SQL (nothing iterates lazily).
 */
export function cacheStatements(db: Database.Database): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = compile(source);
      cache.set(source, statement);
    }
    return statement;
  }) as Database.Database['prepare'];
}
