import { z } from 'zod';
import { text } from './fields.ts';

const rows = z.number().int().nonnegative();

/** What the demo store holds, counted: what "Start my real shop" deletes. */
export const demoContents = z.strictObject({
  storeName: z.string(),
  customers: rows,
  assets: rows,
  tickets: rows,
  jobs: rows,
  appointments: rows,
  services: rows,
  counters: rows,
  staff: rows,
  printers: rows,
  printJobs: rows,
  displays: rows,
  auditRows: rows,
});
export type DemoContents = z.infer<typeof demoContents>;

/** The admin types the demo store's name to confirm that everything in it goes. */
export const startRealShopInput = z.strictObject({ confirm: text(80) });
