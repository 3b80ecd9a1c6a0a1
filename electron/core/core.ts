import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock.ts';
import { EventBus } from './events.ts';
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
  #db: Database.Database | null;
  readonly #prepareStore: (db: Database.Database) => void;
  readonly #releaseLock: () => void;

  constructor(options: CoreOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.dbFile = path.join(this.dataDir, 'frontdesk.sqlite');
    this.clock = options.clock ?? systemClock;
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
    this.startedAt = this.clock.now();
  }

  get db(): Database.Database {
    if (!this.#db) throw new Error('The store is closed');
    return this.#db;
  }

  /** Closes the connection, lets `replace` swap the file, and opens it again (used by restore). */
  swapFile(replace: () => void): void {
    this.#db?.close();
    this.#db = null;
    try {
      replace();
    } finally {
      const opened = openStore(this.dbFile, this.migrationsDir);
      this.#db = opened.db;
      this.schemaVersion = opened.schemaVersion;
      this.#prepareStore(opened.db);
    }
  }

  nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
    this.#releaseLock();
  }
}
