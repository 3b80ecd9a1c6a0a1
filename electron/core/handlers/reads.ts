import type Database from 'better-sqlite3';
import type { OpOutput, OpParsedInput, ReaderOpName } from '../../../shared/contract/index.ts';
import type { ReadContext } from '../readers/messages.ts';
import { listJobs } from '../printing/jobs.ts';
import { listAudit } from '../services/audit.ts';
import { verifyChain } from '../services/cashier/verify.ts';
import { customerHistory } from '../services/customers/history.ts';

/** A heavy read: a plain function of a read-only connection, so it runs the same in a worker as on the core's thread. */
type Read<K extends ReaderOpName> = (db: Database.Database, input: OpParsedInput<K>, ctx: ReadContext) => OpOutput<K>;

export type ReadTable = { [K in ReaderOpName]: Read<K> };

/** One read per operation marked `runsOn: 'reader'` in the contract; the type makes a missing one a compile error. */
export const reads: ReadTable = {
  'audit.list': (db, input) => listAudit(db, input),
  'customers.history': (db, input) => customerHistory(db, input.id, input.limit),
  'print.jobs.list': (db, input) => listJobs(db, input),
  'cashier.verify': (db) => verifyChain(db),
};
