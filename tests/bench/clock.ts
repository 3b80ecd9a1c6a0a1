import type { Clock } from '../../electron/core/clock.ts';

/**
 * The bench core's clock: the system time, except while a measurement pins it to another instant
 * (`queue.issue` issues each block of numbers on a business day of its own in the past). Pinning is
 * done around one call and undone right after, and the harness runs one step at a time, so no other
 * measurement sees a pinned clock.
 */
export class BenchClock implements Clock {
  #pinned: number | null = null;

  now(): number {
    return this.#pinned ?? Date.now();
  }

  /** Runs `fn` with the clock reading `ms`, then lets it follow the system time again. */
  async pinnedAt<T>(ms: number, fn: () => Promise<T>): Promise<T> {
    this.#pinned = ms;
    try {
      return await fn();
    } finally {
      this.#pinned = null;
    }
  }
}
