import fs from 'node:fs';
import path from 'node:path';
import { systemClock } from '../../electron/core/clock.ts';
import type { CallContext } from '../../electron/core/context.ts';
import type { Core } from '../../electron/core/core.ts';
import { EventBus } from '../../electron/core/events.ts';
import { callNext } from '../../electron/core/services/queue/calls.ts';
import { openStore } from '../../electron/core/store/open.ts';

/**
 * One counter in its own OS process, for the concurrency test: opens its own connection to the store
 * file (as a second station would; the store lock is for whole apps, so this process builds the few
 * parts of a core the call services read), waits until every caller is ready, then calls the next
 * ticket until the queue is empty. Prints one JSON line: the ticket ids it was given, in order.
 *
 * argv: dbFile counterId staffId barrierDir callers
 */
const [dbFile, counterArg, staffArg, barrierDir, callersArg] = process.argv.slice(2);
const { db } = openStore(dbFile as string);
const core = { db, clock: systemClock, events: new EventBus(), nowIso: () => new Date(systemClock.now()).toISOString() } as unknown as Core;
const ctx: CallContext = {
  core,
  actor: { id: Number(staffArg), name: `staff ${staffArg}`, role: 'reception' },
  origin: `process ${process.pid}`,
};

const pause = new Int32Array(new SharedArrayBuffer(4));
// The start barrier: each caller says it is ready (its store open) and waits for the others, so a
// caller slow to start on a loaded machine does not find the queue already emptied.
fs.writeFileSync(path.join(barrierDir as string, `ready-${counterArg}`), '');
const giveUpAt = Date.now() + 60_000;
while (fs.readdirSync(barrierDir as string).length < Number(callersArg)) {
  if (Date.now() > giveUpAt) throw new Error('the other callers never became ready');
  Atomics.wait(pause, 0, 0, 1);
}
const ids: number[] = [];
const started = Date.now();
let busy = 0;
for (;;) {
  try {
    const { ticket } = callNext(ctx, Number(counterArg));
    if (!ticket) break;
    ids.push(ticket.id);
    // A breath between calls (up to 2 ms), as a counter would take: back to back, the process holding
    // the lock takes it again before the other's busy handler wakes, and the other would starve.
    Atomics.wait(pause, 0, 0, Math.random() * 2);
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      busy += 1;
      continue;
    }
    throw err;
  }
}
process.stdout.write(`${JSON.stringify({ ids, started, finished: Date.now(), busy })}\n`);
db.close();
