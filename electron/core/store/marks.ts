import type Database from 'better-sqlite3';

/**
 * Marks of what changed, so that reads of what seldom changes (the session behind a token, the shop's
 * set-up, a service's recent service times) can be kept between calls instead of made on every one.
 *
 * Temporary triggers (they live on this connection only and never reach the file, so other tools
 * that open the store are untouched) stamp a mark in a temporary table whenever a watched table is
 * written: each stamp is a number never used before, so a mark seen once is never seen again for
 * other contents. The stamps are written in the writing transaction, so a rollback takes them back
 * with the change. Commits by other connections move `PRAGMA data_version`, which is part of every mark.
 *
 * All marks are read together, at most once per turn of the event loop outside a transaction (a write
 * to a watched table reads them again): a call checks its session, the layout and the service times
 * with one read.
 */
export type MarkName = 'setup' | 'sessions' | 'settings';

const WATCHED: Record<MarkName, readonly string[]> = {
  // The store profile, services, counters and the services each counter serves.
  setup: ['store_profile', 'services', 'counters', 'counter_services'],
  // Sessions and the staff they belong to (role, name, active).
  sessions: ['sessions', 'staff'],
  // The admin's settings (the idle lock's minutes, read on every call).
  settings: ['settings'],
};

/** Per watched connection: the marks read in this turn of the event loop, if any. */
const turnMarks = new WeakMap<Database.Database, { current: ReadonlyMap<string, string> | null }>();

/** Starts stamping marks on this connection; call once, after migrating. */
export function watchChanges(db: Database.Database): void {
  const turn: { current: ReadonlyMap<string, string> | null } = { current: null };
  let stamp = 0;
  db.function('frontdesk_stamp', { deterministic: false }, () => {
    turn.current = null;
    return ++stamp;
  });
  // In memory: a temporary table on disk would take file locks on every read of the marks.
  db.pragma('temp_store = MEMORY');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS store_marks (name TEXT PRIMARY KEY, stamp INTEGER NOT NULL) WITHOUT ROWID');
  // A store migrated only part of the way (in tests) may lack some tables: nothing to watch there.
  const exists = (table: string) =>
    db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  for (const [name, tables] of Object.entries(WATCHED)) {
    db.prepare('INSERT OR IGNORE INTO temp.store_marks (name, stamp) VALUES (?, 0)').run(name);
    for (const table of tables.filter(exists)) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS mark_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
           BEGIN UPDATE temp.store_marks SET stamp = frontdesk_stamp() WHERE name = '${name}'; END`,
        );
      }
    }
  }
  if (exists('tickets')) {
    // A service's service times change when one of its tickets finishes (or a finished one changes).
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS mark_tickets_finish AFTER UPDATE ON main.tickets WHEN NEW.status = 'done' OR OLD.status = 'done'
             BEGIN
               INSERT OR REPLACE INTO temp.store_marks (name, stamp) VALUES ('finishes:' || OLD.service_id, frontdesk_stamp());
               INSERT OR REPLACE INTO temp.store_marks (name, stamp) VALUES ('finishes:' || NEW.service_id, frontdesk_stamp());
             END`);
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS mark_tickets_done AFTER INSERT ON main.tickets WHEN NEW.status = 'done'
             BEGIN INSERT OR REPLACE INTO temp.store_marks (name, stamp) VALUES ('finishes:' || NEW.service_id, frontdesk_stamp()); END`);
  }
  turnMarks.set(db, turn);
}

/** Every mark as it stands (name -> "stamp/data_version"); null on a connection that is not watched. */
function marks(db: Database.Database): ReadonlyMap<string, string> | null {
  const turn = turnMarks.get(db);
  if (!turn) return null;
  if (turn.current) return turn.current;
  // Two statements: the pragma_data_version() table function prepares the pragma on every run.
  const version = db.prepare('PRAGMA data_version').pluck().get() as number;
  const rows = db.prepare('SELECT name, stamp FROM temp.store_marks').raw().all() as [string, number][];
  const current = new Map(rows.map(([name, stamp]) => [name, `${stamp}/${version}`]));
  // Only marks read outside a transaction are kept for the turn: read inside one, they may stand for
  // writes that a rollback later in this turn takes back. (A write in a transaction drops them too.)
  if (!db.inTransaction) {
    turn.current = current;
    queueMicrotask(() => {
      if (turn.current === current) turn.current = null;
    });
  }
  return current;
}

/** The mark of a service's finished tickets (null: not watched). */
export function finishesMark(db: Database.Database, serviceId: number): string | null {
  const all = marks(db);
  if (!all) return null;
  // A service none of whose tickets finished since the connection opened has no stamp yet.
  return all.get(`finishes:${serviceId}`) ?? `0/${all.get('setup')?.split('/')[1] ?? ''}`;
}

const KEPT_KEYS = 512;
const kept = new WeakMap<Database.Database, Map<string, { mark: string; value: unknown }>>();

/**
 * `read()` once per mark of `name`: read again after any write to those tables, by this connection or
 * another. On a connection that is not watched, read every time. The value is shared: never change it.
 */
export function keptRead<T>(db: Database.Database, name: MarkName, key: string, read: () => T): T {
  const mark = marks(db)?.get(name);
  if (mark === undefined) return read();
  let byKey = kept.get(db);
  if (!byKey) {
    byKey = new Map();
    kept.set(db, byKey);
  }
  const was = byKey.get(key);
  if (was?.mark === mark) return was.value as T;
  const value = read();
  // Keys include session tokens: keep the map small.
  if (byKey.size >= KEPT_KEYS) byKey.clear();
  byKey.set(key, { mark, value });
  return value;
}
