import type { Core } from '../../electron/core/core.ts';
import type { BenchClock } from './clock.ts';
import type { Rng } from './rng.ts';
import type { CostClass, Scale } from './scale.ts';
import type { Seeded } from './seed.ts';

/** What one timed step may hand back: nothing (the harness times the call) or its own duration. */
export type StepResult = void | { ms: number };

/**
 * One timed iteration. A step that returns a promise is timed until it settles; a synchronous one is
 * timed without a microtask hop. Return `{ ms }` to report a duration measured inside the step
 * (for example from "print" to the last byte a fake printer received).
 */
export type Step = (iteration: number) => StepResult | Promise<StepResult>;

/**
 * A step with set-up around each run of its samples: `enter` runs before every batch of this
 * operation's iterations (the warm-up, then its share of each round) and `leave` after it, untimed.
 * For what must exist only while this operation runs (display clients connected), so it does not
 * weigh on the operations measured in between.
 */
export interface Bracketed {
  step: Step;
  enter: () => unknown;
  leave: () => unknown;
}

/** A budget an operation is held to, printed as PASS/FAIL next to its row. */
export type Target =
  /** p95 at most `max` times its floor's p95. */
  | { kind: 'ratio_p95'; max: number }
  /** p95 under `max` milliseconds. */
  | { kind: 'p95_ms'; max: number };

/**
 * One named measurement. An area's file (`operations/<area>.ts`) exports a list of these and
 * `operations/index.ts` registers it.
 */
export interface Measurement {
  /** The name in the table and the JSON, e.g. `audit.write`. */
  name: string;
  /** One line for the README and `--list`: what exactly one iteration does. */
  what: string;
  /** The floor operation this is compared with (`floor.commit`, `floor.lookup`), or null. */
  floor: string | null;
  /** How expensive one iteration is; picks the sample count from the scale. */
  cost: CostClass;
  target?: Target;
  /**
   * Runs once before any timing: create what the step needs (prepared statements, a station,
   * sockets) and return the step. Register clean-up with `ctx.onTeardown`.
   */
  prepare: (ctx: BenchContext) => Step | Bracketed | Promise<Step | Bracketed>;
}

/** A station server on loopback over the bench's store, shared by every measurement that asks. */
export interface BenchStation {
  url: string;
  port: number;
  /** `POST /api/<op>` over a keep-alive connection; resolves with the parsed body, rejects unless 200. */
  post: (op: string, input: unknown, token?: string | null) => Promise<unknown>;
}

export interface BenchContext {
  core: Core;
  /** The core's clock: system time unless a step pins it (see clock.ts). */
  clock: BenchClock;
  scale: Scale;
  seeded: Seeded;
  /** Seeded randomness, so runs walk the same ids. */
  rng: Rng;
  /** A scratch directory removed after the run. */
  tempDir: string;
  /** Starts (once) and returns the shared loopback station. */
  station: () => Promise<BenchStation>;
  onTeardown: (fn: () => unknown) => void;
}

/** One figure a simulation reports (minutes, counts, shares). */
export interface Figure {
  /** A key for the JSON, e.g. `mae_min`. */
  name: string;
  value: number;
  unit: 'min' | 'count' | 'share';
  /** What it is, for the printed section. */
  label: string;
}

/**
 * Something the bench computes rather than times: a model run through the real services (the
 * simulated busy day). It runs after the timed operations, on its own store, and reports figures.
 */
export interface Simulation {
  name: string;
  /** One line for the README and `--list`. */
  what: string;
  run: (ctx: BenchContext) => Promise<Figure[]>;
}
