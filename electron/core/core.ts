import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock.ts';
import { EventBus } from './events.ts';
import { ReaderPool } from './readers/pool.ts';
import { acquireStoreLock } from './store/lock.ts';
import { DEFAULT_MIGRATIONS_DIR, openStore } from './store/open.ts';

export interface CoreOptions {
  dataDir: string;
  /**
   * The steps in code that bring a freshly opened store up to what the services expect, after the SQL
   * migrations (the customer-key backfill). Run on every open, restore included. `openCore` hands them in,
   * so the core itself never imports a service.
   */
  prepareStore: (db: Database.Database) => void;
  clock?: Clock;
  migrationsDir?: string;
  version?: string;
  /** The reader worker's entry file; the built main passes `reader-worker.js` beside itself. */
  readerEntry?: string | URL;
  /** How many reader workers at most (default 1 or 2, by the machine's cores). */
  readers?: number;
}

/**
 * Everything a service needs, passed in rather than imported: the open store, the clock, the event bus.
 * One core per data directory; the lock keeps a second process (or a second core) off the same store.
 */
export class Core {
  readonly dataDir: string;
  readonly dbFile: string;
  readonly clock: Clock;
  readonly events = new EventBus();
  readonly version: string;
  readonly startedAt: number;
  readonly migrationsDir: string;
  schemaVersion: number;
  stationUrls: () => string[] = () => [];
  /** Read-only connections in worker threads for the heavy reads (`runsOn: 'reader'`); started on first use. */
  readonly readers: ReaderPool;
  #db: Database.Database | null;
  readonly #prepareStore: (db: Database.Database) => void;
  readonly #releaseLock: () => void;
  #pinnedAt: number | null = null;

  constructor(options: CoreOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.dbFile = path.join(this.dataDir, 'frontdesk.sqlite');
    const source = options.clock ?? systemClock;
    this.clock = { now: () => this.#pinnedAt ?? source.now() };
    this.version = options.version ?? '0.0.0';
    this.migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
    this.#prepareStore = options.prepareStore;
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.#releaseLock = acquireStoreLock(this.dataDir);
    try {
      const opened = openStore(this.dbFile, this.migrationsDir);
      try {
        this.#prepareStore(opened.db);
      } catch (err) {
        opened.db.close();
        throw err;
      }
      this.#db = opened.db;
      this.schemaVersion = opened.schemaVersion;
    } catch (err) {
      this.#releaseLock();
      throw err;
    }
    this.readers = new ReaderPool({ dbFile: this.dbFile, entry: options.readerEntry, size: options.readers });
    this.startedAt = this.clock.now();
  }

  get db(): Database.Database {
    if (!this.#db) throw new Error('The store is closed');
    return this.#db;
  }

  /**
   * Closes the connections (the reader workers' too, once their running reads finish), puts the store
   * file `staging` (complete, with its own records) in place of the store in one rename, and opens it
   * (used by restore and by the demo's wipe). Reads that come meanwhile wait for the new file.
   */
  async replaceStoreWith(staging: string): Promise<void> {
    await this.readers.closedWhile(() => {
      this.#db?.close();
      this.#db = null;
      try {
        for (const suffix of ['-wal', '-shm']) fs.rmSync(this.dbFile + suffix, { force: true });
        fs.renameSync(staging, this.dbFile);
      } finally {
        const opened = openStore(this.dbFile, this.migrationsDir);
        this.#db = opened.db;
        this.schemaVersion = opened.schemaVersion;
        this.#prepareStore(opened.db);
      }
    });
  }

  /**
   * Runs `fn` with the clock reading `ms`, then lets it follow its source again. `fn` is synchronous, so
   * nothing else (no other call, no timer) reads the pinned clock: the demo's jobs are taken in and moved
   * through the services on the days they would have been, each step at its own instant.
   */
  pinnedAt<T>(ms: number, fn: () => T): T {
    if (this.#pinnedAt !== null) throw new Error('The clock is already pinned');
    this.#pinnedAt = ms;
    try {
      const result = fn();
      if (result instanceof Promise) throw new Error('Only synchronous work may run on a pinned clock');
      return result;
    } finally {
      this.#pinnedAt = null;
    }
  }

  nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  close(): void {
    this.readers.close();
    this.#db?.close();
    this.#db = null;
    this.#releaseLock();
  }
}
