import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { cacheStatements } from '../store/statements.ts';
import { describeThrown, type ReadCall, type ReaderReady, type ReadReply, type ReaderSetup, type ReadContext } from './messages.ts';

type AnyRead = (db: Database.Database, input: never, ctx: ReadContext) => unknown;

/** The store, read-only: WAL lets it read while the core's connection writes, and `query_only` refuses any write. */
function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
    cacheStatements(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The body of a reader worker: runs the named read from `table` for each call the core posts, one at a time, in order. */
export function serveReads(table: Readonly<Record<string, AnyRead>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveReads runs inside a reader worker thread');
  const { dbFile } = workerData as ReaderSetup;
  const db = openReadOnly(dbFile);
  port.on('message', (call: ReadCall) => {
    let reply: ReadReply;
    try {
      const read = Object.hasOwn(table, call.name) ? table[call.name] : undefined;
      if (!read) throw new Error(`No reader for ${call.name}`);
      reply = { id: call.id, ok: true, value: read(db, call.input as never, call.ctx) };
    } catch (err) {
      reply = { id: call.id, ok: false, error: describeThrown(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ReaderReady);
}
