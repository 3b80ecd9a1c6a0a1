import type { Scale } from './scale.ts';
import { summarize, type Summary } from './stats.ts';
import type { BenchContext, Bracketed, Measurement, Step, StepResult } from './types.ts';

export interface MeasuredOperation {
  measurement: Measurement;
  warmup: number;
  summary: Summary;
}

function isThenable(x: unknown): x is PromiseLike<StepResult> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

function durationOf(result: StepResult, elapsed: number): number {
  return result && typeof result.ms === 'number' ? result.ms : elapsed;
}

/** Times one call of the step; a synchronous step is timed before any await. */
async function timeOnce(step: Step, i: number): Promise<number> {
  const t0 = performance.now();
  const r = step(i);
  if (!isThenable(r)) return durationOf(r, performance.now() - t0);
  const settled = await r;
  return durationOf(settled, performance.now() - t0);
}

export function iterationsFor(m: Measurement, scale: Scale): { warmup: number; timed: number } {
  const timed = scale.iterations[m.cost];
  return { warmup: Math.max(2, Math.round(timed / 10)), timed };
}

interface Running {
  measurement: Measurement;
  step: Step;
  enter: () => unknown;
  leave: () => unknown;
  warmup: number;
  timed: number;
  calls: number;
  samples: number[];
}

/**
 * Prepares every measurement, warms each up, then takes the timed samples in rounds: each round runs
 * a share of every operation's iterations, so an operation and its floor see the same machine (other
 * processes, page cache, WAL size, checkpoints) rather than one getting a quiet minute and the other a
 * busy one.
 */
export async function measureAll(
  measurements: readonly Measurement[],
  ctx: BenchContext,
  log: (line: string) => void,
): Promise<MeasuredOperation[]> {
  const running: Running[] = [];
  for (const measurement of measurements) {
    const prepared: Step | Bracketed = await measurement.prepare(ctx);
    const around = typeof prepared === 'function' ? { step: prepared, enter: () => undefined, leave: () => undefined } : prepared;
    running.push({ measurement, ...around, ...iterationsFor(measurement, ctx.scale), calls: 0, samples: [] });
  }

  for (const r of running) {
    await r.enter();
    for (let i = 0; i < r.warmup; i++) await timeOnce(r.step, r.calls++);
    await r.leave();
  }

  const rounds = ctx.scale.rounds;
  const started = performance.now();
  let reported = 0;
  for (let round = 0; round < rounds; round++) {
    for (const r of running) {
      const share = Math.floor(r.timed / rounds) + (round < r.timed % rounds ? 1 : 0);
      if (share === 0) continue;
      await r.enter();
      for (let i = 0; i < share; i++) r.samples.push(await timeOnce(r.step, r.calls++));
      await r.leave();
    }
    const tenths = Math.floor(((round + 1) * 10) / rounds);
    if (tenths > reported) {
      reported = tenths;
      log(`  ${tenths * 10}% (round ${round + 1}/${rounds}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  }

  return running.map((r) => ({ measurement: r.measurement, warmup: r.warmup, summary: summarize(r.samples) }));
}
