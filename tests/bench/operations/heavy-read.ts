import { call, dispatch } from '../../../electron/core/dispatch.ts';
import { percentile } from '../stats.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';
import { issuing } from './reception.ts';

/** An audit text filter nothing in the log contains: `audit.list` reads every row's before/after JSON to find it. */
const NOWHERE = 'no row of the log says this';

/**
 * Keeps one `audit.list` over the whole log running in the reader worker, one after another, while
 * the measurement's samples are taken (`enter` starts it, `leave` stops it after the read in flight).
 */
async function heavyReads(ctx: BenchContext) {
  const manager = staffFor(ctx, ['admin']);
  const { token } = await call(ctx.core, 'auth.signIn', { staffId: manager.id, pin: manager.pin }, { origin: 'bench' });
  const durations: number[] = [];
  let running: Promise<void> | null = null;
  let stop = false;
  const loop = async () => {
    while (!stop) {
      const t0 = performance.now();
      const result = await dispatch(ctx.core, 'audit.list', { text: NOWHERE, limit: 500 }, { token, origin: 'bench' });
      if (!result.ok) throw new Error(`audit.list failed: ${result.error.code} ${result.error.message}`);
      durations.push(performance.now() - t0);
    }
  };
  ctx.onTeardown(() => {
    const sorted = [...durations].sort((a, b) => a - b);
    if (sorted.length)
      console.log(
        `diag.issueDuringHeavyRead: ${sorted.length} whole-log audit.list reads ran in the reader worker alongside, ` +
          `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms each`,
      );
  });
  return {
    enter: () => {
      stop = false;
      running = loop();
    },
    leave: async () => {
      stop = true;
      await running;
    },
  };
}

const quiet: Measurement = {
  name: 'diag.issueDuringHeavyRead.quiet',
  what: 'queue.issue exactly (print off, through dispatch as a receptionist), with nothing else running: the quiet twin of diag.issueDuringHeavyRead, on business days of its own.',
  floor: 'floor.commit',
  cost: 'write',
  prepare: (ctx) => issuing(ctx, quiet),
};

const loaded: Measurement = {
  name: 'diag.issueDuringHeavyRead',
  what:
    `queue.issue exactly, while audit.list over the whole audit log (a text filter found nowhere, so every row's JSON is read) runs without a pause in the reader worker, ` +
    'one scan after another. Read its p95 next to diag.issueDuringHeavyRead.quiet (run both: --only diag.issueDuringHeavyRead,diag.issueDuringHeavyRead.quiet): what a heavy read costs an issue now that it runs off the core thread.',
  floor: 'floor.commit',
  cost: 'write',
  async prepare(ctx) {
    const reads = await heavyReads(ctx);
    await ctx.core.readers.start();
    return { step: await issuing(ctx, loaded), ...reads };
  },
};

/** Issue 9: a long read in the reader worker does not hold up issuing a number. */
export const heavyRead: Measurement[] = [quiet, loaded];
