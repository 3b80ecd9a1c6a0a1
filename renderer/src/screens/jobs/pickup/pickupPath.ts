/** The key that opens the pickup from anywhere in the console (F5 is the board). */
export const PICKUP_KEY = 'shift+F5';
/** The key as the console shows it. */
export const PICKUP_KEY_LABEL = '⇧F5';

/** The pickup screen, with a job chosen already (its number filled in; who collects is still checked). */
export const pickupPath = (jobId?: number): string => (jobId === undefined ? '/jobs/pickup' : `/jobs/pickup?job=${jobId}`);
