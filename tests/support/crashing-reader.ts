import { reads, type ReadTable } from '../../electron/core/handlers/reads.ts';
import { serveReads } from '../../electron/core/readers/serve.ts';

/** The audit text filter that makes this reader's worker die mid-call (readers.test.ts sends it). */
const CRASH_TEXT = 'crash the reader';

/** A reader worker entry for the crash test: the real reads, except that `audit.list` for CRASH_TEXT exits the thread. */
const crashing: ReadTable = {
  ...reads,
  'audit.list': (db, input, ctx) => {
    if (input.text === CRASH_TEXT) process.exit(7);
    return reads['audit.list'](db, input, ctx);
  },
};

serveReads(crashing);
