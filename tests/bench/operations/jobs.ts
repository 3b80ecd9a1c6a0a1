import { call, dispatch } from '../../../electron/core/dispatch.ts';
import { evaluateWarranty } from '../../../electron/core/services/jobs/index.ts';
import { DEFAULT_JOBS_SETTINGS } from '../../../electron/core/services/jobs/settings-defaults.ts';
import { deviceCondition, pngDataUrl } from '../../support/job-samples.ts';
import type { BenchContext, Measurement } from '../types.ts';
import { staffFor } from './foundation.ts';

async function ok(ctx: BenchContext, name: string, input: unknown, token: string): Promise<unknown> {
  const result = await dispatch(ctx.core, name, input, { token, origin: 'bench' });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function signIn(ctx: BenchContext, roles: readonly string[]): Promise<string> {
  const who = staffFor(ctx, roles);
  return (await call(ctx.core, 'auth.signIn', { staffId: who.id, pin: who.pin }, { origin: 'bench' })).token;
}

/** Devices to take in: random seeded customers, each given a phone with an IMEI through the contract. */
async function devices(ctx: BenchContext, token: string, n: number): Promise<{ customerId: number; assetId: number }[]> {
  const found: { customerId: number; assetId: number }[] = [];
  for (let i = 0; i < n; i++) {
    const customerId = ctx.rng.int(1, ctx.seeded.maxCustomerId);
    // A valid IMEI (the Luhn check digit) per device.
    const body = `35${String(100_000_000_000 + i).slice(-12)}`;
    let sum = 0;
    for (let k = 0; k < 14; k++) {
      const d = Number(body[13 - k]) * (k % 2 === 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    const imei = `${body}${(10 - (sum % 10)) % 10}`;
    const asset = (await ok(
      ctx,
      'assets.save',
      { customerId, kind: 'device', brand: 'Apple', model: 'iPhone 14', imei, purchaseDate: '2025-06-01', proof: 'invoice' },
      token,
    )) as { id: number };
    found.push({ customerId, assetId: asset.id });
  }
  return found;
}

/** Issue 11 (service jobs): the board, a job with its timeline, an intake, the warranty engine. */
export const jobs: Measurement[] = [
  {
    name: 'jobs.board',
    what: 'jobs.board through dispatch as a technician, no filter: every open job (2,000 at small and default, among the closed history) with its customer, asset and technician, counts per status, overdue and stale flags, and each technician’s open load.',
    floor: null,
    cost: 'read',
    target: { kind: 'p95_ms', max: 20 },
    async prepare(ctx) {
      const token = await signIn(ctx, ['technician']);
      const expected = ctx.scale.jobs.open;
      return async () => {
        const board = (await ok(ctx, 'jobs.board', {}, token)) as { jobs: unknown[] };
        if (board.jobs.length < expected) throw new Error(`jobs.board showed ${board.jobs.length} of ${expected} open jobs`);
      };
    },
  },
  {
    name: 'jobs.open',
    what: 'jobs.get through dispatch as a technician for a random open job: the row, customer, asset and technician, its lines, its trail (intake and three steps) and its media list, the passcode shown to the role.',
    floor: 'floor.lookup',
    cost: 'read',
    target: { kind: 'p95_ms', max: 10 },
    async prepare(ctx) {
      const token = await signIn(ctx, ['technician']);
      const ids = (ctx.core.db.prepare('SELECT id FROM jobs WHERE closed_at IS NULL').all() as { id: number }[]).map((r) => r.id);
      return async () => {
        await ok(ctx, 'jobs.get', { jobId: ctx.rng.pick(ids) }, token);
      };
    },
  },
  {
    name: 'jobs.intake',
    what: 'jobs.intake through dispatch as a receptionist: a device with an IMEI, the whole condition check, a signature PNG, one line, a deposit and a warranty claim; checks, the warranty verdict (with the item’s earlier repairs), the promise from similar jobs, the year’s next number, the job, its line, the signature and its audit row in one IMMEDIATE transaction.',
    floor: 'floor.commit',
    cost: 'write',
    target: { kind: 'ratio_p95', max: 2 },
    async prepare(ctx) {
      const token = await signIn(ctx, ['reception']);
      const items = await devices(ctx, ctx.seeded.adminToken, 256);
      const signature = pngDataUrl(120);
      // The board stays at its 2,000 open jobs: each job taken in is closed again after its timed call.
      const close = ctx.core.db.prepare("UPDATE jobs SET status = 'cancelled', closed_at = status_since WHERE id = ?");
      return async (i) => {
        const item = items[i % items.length]!;
        const started = performance.now();
        const job = (await ok(
          ctx,
          'jobs.intake',
          {
            ...item,
            source: { kind: 'customer' },
            fault: 'Screen cracked after a drop',
            condition: deviceCondition('scratches'),
            lines: [{ kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 }],
            depositMinor: 10_000,
            warranty: { category: 'phone', part: 'handset' },
            signature,
            // The save is what is timed, as queue.issue's is: the ticket and label print after it.
            print: false,
          },
          token,
        )) as { id: number };
        const ms = performance.now() - started;
        close.run(job.id);
        return { ms };
      };
    },
  },
  {
    name: 'warranty.evaluate',
    what: 'evaluateWarranty on the default rules (both presets): a handset bought on a random day of the last two years, a finding and an answer, two earlier repairs.',
    floor: null,
    cost: 'read',
    target: { kind: 'p95_ms', max: 1 },
    prepare() {
      const now = Date.now();
      return (i) => {
        const bought = new Date(now - ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
        evaluateWarranty({
          rules: DEFAULT_JOBS_SETTINGS.warrantyRules,
          category: 'phone',
          part: 'handset',
          purchase: { date: bought, proof: 'invoice', mileageKm: null },
          intake: { at: now, mileageKm: null },
          timeZone: 'Asia/Shanghai',
          findings: i % 3 === 0 ? ['scratches'] : [],
          answers: i % 50 === 0 ? ['repairedElsewhere'] : [],
          repairs: [
            { receivedOn: '2025-01-10', returnedOn: '2025-01-14' },
            { receivedOn: '2025-08-02', returnedOn: '2025-08-03' },
          ],
          override: null,
        });
      };
    },
  },
];
