import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

/**
 * SQLite 3.54 marks a bound `col = ?` in a join or under an ORDER BY for re-planning when the
 * bindings are cleared, and better-sqlite3 clears them after every run: every cached statement of
 * that shape was parsed and planned again on every call (a job's page read three times slower, and
 * issuing a number paid for it). better-sqlite3 is pinned to 13.0.3 (SQLite 3.53.4) until that is
 * fixed upstream. better-sqlite3 gives no way to read a statement's re-prepare count, so the guard
 * is the version: before allowing a newer one, run `npm run bench -- --only jobs.open` on both and
 * compare `jobs.open`'s ratio to `floor.lookup` (8x with 3.53.4, 25x with 3.54.1).
 */
describe('the bundled SQLite', () => {
  it('is a version that plans a cached statement once, not on every run', () => {
    const db = new Database(':memory:');
    try {
      const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
      const [major, minor] = version.split('.').map(Number) as [number, number];
      expect(major * 1000 + minor, `SQLite ${version} re-plans cached statements (see this file)`).toBeLessThan(3054);
    } finally {
      db.close();
    }
  });
});
