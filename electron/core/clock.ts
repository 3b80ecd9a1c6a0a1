/** The time source every service reads; tests pass a fixed or stepping clock. */
export interface Clock {
  now: () => number;
}

export const systemClock: Clock = { now: () => Date.now() };
