import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock.ts';
import { EventBus } from './events.ts';
import { keyUnkeyedCustomers } from './services/customers/backfill.ts';
import { acquireStoreLock } from './store/lock.ts';
import { DEFAULT_MIGRATIONS_DIR, openStore } from './store/open.ts';

export interface CoreOptions {
  dataDir: string;
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
  readonly #releaseLock: () => void;

  constructor(options: CoreOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.dbFile = path.join(this.dataDir, 'frontdesk.sqlite');
    this.clock = options.clock ?? systemClock;
    this.version = options.version ?? '0.0.0';
    this.migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.#releaseLock = acquireStoreLock(this.dataDir);
    try {
      const opened = openStore(this.dbFile, this.migrationsDir);
      try {
        keyUnkeyedCustomers(opened.db);
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
      keyUnkeyedCustomers(opened.db);
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
