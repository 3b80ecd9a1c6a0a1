import { z } from 'zod';
import { SCALE_NAMES } from './scale.ts';

const ms = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();

const benchTarget = z.object({
  kind: z.enum(['ratio_p95', 'p95_ms']),
  max: z.number().positive(),
});

const benchOperation = z.object({
  name: z.string().min(1),
  p50_ms: ms,
  p95_ms: ms,
  p99_ms: ms,
  /** The floor operation this one is compared with; null for the floors and for operations without one. */
  floor: z.string().min(1).nullable(),
  /** p95 over the floor's p95; null exactly where `floor` is null. */
  ratio_p95: z.number().finite().nonnegative().nullable(),
  /** p50 over the floor's p50 (extra to the issue's shape): steadier than the p95 ratio on a loaded machine. */
  ratio_p50: z.number().finite().nonnegative().nullable().optional(),
  iterations: count.optional(),
  target: benchTarget.nullable().optional(),
  /** Whether the target was met; null when the operation has no target. */
  pass: z.boolean().nullable().optional(),
});

const benchFigure = z.object({
  name: z.string().min(1),
  value: z.number().finite(),
  unit: z.enum(['min', 'count', 'share']),
  label: z.string(),
});

/** A simulation's result: figures it computed (not timings), e.g. the estimated wait's error over a busy day. */
const benchSimulation = z.object({
  name: z.string().min(1),
  what: z.string(),
  /** Wall time the simulation took. */
  seconds: z.number().nonnegative(),
  figures: z.array(benchFigure).min(1),
});

/** The shape `npm run bench -- --json FILE` writes; the bench checks its own output against it. */
export const benchReport = z
  .object({
    scale: z.object({
      name: z.enum(SCALE_NAMES),
      customers: count,
      staff: count,
      sessions: count,
      audit_log: count,
      /** Queue tickets in the seeded history (issue 4). */
      tickets: count.optional(),
      /** Service jobs, closed and open, and the open ones alone (issue 11). */
      jobs: count.optional(),
      open_jobs: count.optional(),
      days: count,
      db_mb: z.number().nonnegative(),
    }),
    operations: z.array(benchOperation),
    simulations: z.array(benchSimulation).optional(),
    meta: z
      .object({
        started_at: z.string(),
        seed_s: z.number().nonnegative(),
        total_s: z.number().nonnegative(),
        rounds: count,
        node: z.string(),
        sqlite: z.string(),
        cpus: count,
        loadavg_start: z.number().nonnegative(),
        loadavg_end: z.number().nonnegative(),
      })
      .optional(),
  })
  .superRefine((report, ctx) => {
    if (report.operations.length === 0 && !report.simulations?.length)
      ctx.addIssue({ code: 'custom', message: 'nothing was measured or simulated', path: ['operations'] });
    const byName = new Map(report.operations.map((op) => [op.name, op]));
    if (byName.size !== report.operations.length) ctx.addIssue({ code: 'custom', message: 'operation names repeat', path: ['operations'] });
    report.operations.forEach((op, i) => {
      const path = ['operations', i];
      if (!(op.p50_ms <= op.p95_ms && op.p95_ms <= op.p99_ms))
        ctx.addIssue({ code: 'custom', message: `${op.name}: percentiles out of order`, path });
      if ((op.floor === null) !== (op.ratio_p95 === null))
        ctx.addIssue({ code: 'custom', message: `${op.name}: floor and ratio_p95 must both be set or both null`, path });
      if (op.floor !== null) {
        const floor = byName.get(op.floor);
        if (!floor) ctx.addIssue({ code: 'custom', message: `${op.name}: floor ${op.floor} is not among the operations`, path });
        else if (floor.floor !== null) ctx.addIssue({ code: 'custom', message: `${op.name}: floor ${op.floor} has a floor itself`, path });
      }
    });
  });

export type BenchReport = z.infer<typeof benchReport>;
export type BenchOperation = z.infer<typeof benchOperation>;
export type BenchSimulation = z.infer<typeof benchSimulation>;
