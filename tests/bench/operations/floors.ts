import type { Measurement } from '../types.ts';

/**
 * The SQLite floors: the least any operation could cost on this store file, this connection and these
 * pragmas (WAL, synchronous=FULL, foreign_keys, busy_timeout), measured in the same run.
 */
export const floors: Measurement[] = [
  {
    name: 'floor.commit',
    what: "BEGIN IMMEDIATE; one prepared INSERT of a small row into a scratch table; COMMIT (one fsync of the WAL), on the core's own connection.",
    floor: null,
    cost: 'write',
    prepare({ core }) {
      const { db } = core;
      db.exec('CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL)');
      const begin = db.prepare('BEGIN IMMEDIATE');
      const insert = db.prepare('INSERT INTO bench_scratch (at, payload) VALUES (?, ?)');
      const commit = db.prepare('COMMIT');
      const payload = JSON.stringify({ role: 'technician', note: 'a row about the size of an audit entry' });
      return () => {
        begin.run();
        insert.run(new Date().toISOString(), payload);
        commit.run();
      };
    },
  },
  {
    name: 'floor.lookup',
    what: 'One prepared SELECT of a customer by id (the integer primary key), ids drawn at random over the whole table.',
    floor: null,
    cost: 'read',
    prepare({ core, seeded, rng }) {
      const select = core.db.prepare('SELECT * FROM customers WHERE id = ?');
      const ids = Array.from({ length: 4096 }, () => rng.int(1, seeded.maxCustomerId));
      return (i) => {
        if (!select.get(ids[i % ids.length])) throw new Error('floor.lookup found no customer');
      };
    },
  },
];
