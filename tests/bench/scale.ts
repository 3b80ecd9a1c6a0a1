/** How big a store the bench seeds, and how many samples each kind of operation gets. */
export interface Scale {
  name: ScaleName;
  /** Customers on file. */
  customers: number;
  /** Staff members, the first admin included. */
  staff: number;
  /** Days of history (audit log, sessions, customer sign-ups) ending now. */
  days: number;
  /** Mean audit rows a day (busier at weekends). */
  auditPerDay: number;
  /** Mean sign-ins a day (each leaves a session row and its audit rows). */
  sessionsPerDay: number;
  /** Closed service jobs over the history, and jobs open now (on the board). */
  jobs: { historical: number; open: number };
  /**
   * Passes over the whole list of operations; each pass takes a share of every operation's samples.
   * Many short passes spread a burst of outside load (another process's fsyncs) over every operation
   * alike, instead of landing on whichever one happened to be running.
   */
  rounds: number;
  /** Timed samples per operation by cost class (warm-up is a tenth of this, at least 2). */
  iterations: Record<CostClass, number>;
}

/**
 * `read`: microseconds to a fraction of a millisecond (lookups, reads through the contract);
 * `write`: one durable commit each (fsync-bound); `slow`: tens of milliseconds (scrypt).
 */
export type CostClass = 'read' | 'write' | 'slow';

export const SCALE_NAMES = ['tiny', 'small', 'default'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export const SCALES: Record<ScaleName, Scale> = {
  /** For the integration test: proves the bench runs end to end in a few seconds. Numbers mean little. */
  tiny: {
    name: 'tiny',
    customers: 2_000,
    staff: 4,
    days: 14,
    auditPerDay: 100,
    sessionsPerDay: 10,
    jobs: { historical: 4_000, open: 200 },
    rounds: 3,
    iterations: { read: 300, write: 150, slow: 4 },
  },
  /** About a minute end to end: a younger, quieter shop, two years of history. */
  small: {
    name: 'small',
    customers: 50_000,
    staff: 12,
    days: 2 * 365,
    auditPerDay: 250,
    sessionsPerDay: 30,
    // A quarter of the default's history, as the customers are; the same board.
    jobs: { historical: 250_000, open: 2_000 },
    rounds: 50,
    iterations: { read: 15_000, write: 5_000, slow: 60 },
  },
  /** Five years of a busy shop. */
  default: {
    name: 'default',
    customers: 200_000,
    staff: 20,
    days: 5 * 365 + 1,
    auditPerDay: 400,
    sessionsPerDay: 40,
    jobs: { historical: 1_000_000, open: 2_000 },
    rounds: 100,
    iterations: { read: 30_000, write: 10_000, slow: 100 },
  },
};
