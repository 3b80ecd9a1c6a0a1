import { afterEach, describe, expect, it } from 'vitest';
import { DISPLAY_READY_ITEMS } from '../../shared/contract/devices.ts';
import type { ServerEvent } from '../../shared/contract/index.ts';
import { forDisplay } from '../../electron/core/server/display-events.ts';
import { ADMIN_PIN, op } from '../support/core.ts';
import { pngDataUrl } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore, move, type JobsStore } from '../support/jobs-store.ts';

/** Ready and not collected: the display's pickup list (masked, newest first, capped, refreshed by moves) and the desk's list. */

afterEach(closeJobsStores);

/** Through diagnosis, repair and both QC checks to ready. */
async function toReady(s: JobsStore, jobId: number): Promise<void> {
  await move(s.core, s.tech.token, jobId, { type: 'startDiagnosis' });
  await move(s.core, s.tech.token, jobId, { type: 'startRepair' });
  await move(s.core, s.tech.token, jobId, { type: 'submitForQc' });
  await move(s.core, s.tech.token, jobId, { type: 'qcSelfCheck', passed: true, note: '' });
  await move(s.core, s.tech2.token, jobId, { type: 'qcSecondCheck', passed: true, note: '' });
  await move(s.core, s.tech.token, jobId, { type: 'markReady' });
}

/** A second customer with a Chinese name and a device of their own. */
async function zhangs(s: JobsStore): Promise<{ customerId: number; assetId: number }> {
  const customer = await op(s.core, 'customers.create', { name: '张三丰', phones: ['13911112222'] }, s.admin.token);
  const asset = await op(
    s.core,
    'assets.save',
    {
      customerId: customer.id,
      kind: 'device',
      brand: '华为',
      model: 'P60',
      imei: '490154203237518',
      purchaseDate: '2026-01-05',
      proof: 'invoice',
    },
    s.admin.token,
  );
  return { customerId: customer.id, assetId: asset.id };
}

/** Moves the clock on by days (past the sessions' 24 hours) and signs everyone in again. */
async function daysLater(s: JobsStore, hours: number): Promise<void> {
  s.clock.advanceMinutes(hours * 60);
  const pins = { admin: ADMIN_PIN, reception: '31313131', tech: '51515151', tech2: '52525252' } as const;
  for (const who of ['admin', 'reception', 'tech', 'tech2'] as const)
    s[who].token = (await op(s.core, 'auth.signIn', { staffId: s[who].id, pin: pins[who] })).token;
}

const pickupList = async (s: JobsStore) => (await op(s.core, 'display.state', {}, s.admin.token)).readyForPickup;

describe('the display’s ready-for-pickup list', () => {
  it('lists a job by its number once it is ready, the latest first, and drops it when handed over; each move tells the display', async () => {
    const s = await jobsStore();
    const heard: ServerEvent[] = [];
    s.core.events.subscribe((e) => {
      const passed = forDisplay(e);
      if (passed) heard.push(passed);
    });
    const lee = await s.intake({ depositMinor: 45_000 });
    // The deposit taken at the cashier pays for the whole job: it may be handed over without a manager's mark.
    await s.payDeposit(lee.id);
    const zhang = await zhangs(s);
    const other = await s.intake({ customerId: zhang.customerId, assetId: zhang.assetId });
    expect(await pickupList(s)).toEqual([]);

    heard.length = 0;
    await toReady(s, lee.id);
    // The display hears every move (its pickup list may have changed) and reads the state again.
    expect(heard.filter((e) => e.type === 'invalidate')).toHaveLength(6);
    expect(await pickupList(s)).toEqual([{ number: lee.number }]);

    s.clock.advanceMinutes(30);
    await toReady(s, other.id);
    expect(await pickupList(s)).toEqual([{ number: other.number }, { number: lee.number }]);

    await op(
      s.core,
      'jobs.pickup',
      {
        jobId: lee.id,
        proof: { kind: 'ticket', number: lee.number },
        accessories: [{ item: 'case', state: 'returned' }],
        signature: pngDataUrl(40),
      },
      s.reception.token,
    );
    expect(await pickupList(s)).toEqual([{ number: other.number }]);
    // Nothing private reaches the display: the job's number only, no name (not even masked), no phone.
    const shown = JSON.stringify((await op(s.core, 'display.state', {}, s.admin.token)).readyForPickup);
    expect(shown).not.toContain('张');
    expect(shown).not.toContain('L***');
    expect(shown).not.toContain('Lee');
    expect(shown).not.toContain('13911112222');
  });

  it('shows at most what the display holds, the latest ready ones', async () => {
    const s = await jobsStore();
    const jobs = [];
    for (let i = 0; i < DISPLAY_READY_ITEMS + 2; i++) {
      const job = await s.intake();
      await toReady(s, job.id);
      jobs.push(job);
      s.clock.advanceMinutes(5);
    }
    expect((await pickupList(s)).map((j) => j.number)).toEqual(
      jobs
        .slice(-DISPLAY_READY_ITEMS)
        .map((j) => j.number)
        .reverse(),
    );
  });
});

describe('jobs.readyList', () => {
  it('lists ready jobs longest waiting first, with whole days waiting, the phone to call, what is owed and stale past the setting', async () => {
    const s = await jobsStore();
    const zhang = await zhangs(s);
    const first = await s.intake();
    const second = await s.intake({ customerId: zhang.customerId, assetId: zhang.assetId, depositMinor: 45_000 });
    // The second's deposit was taken at the cashier; the first's (10 000) was only agreed.
    await s.payDeposit(second.id);
    await toReady(s, first.id);
    await daysLater(s, 26);
    await toReady(s, second.id);
    await daysLater(s, 47);
    const list = await op(s.core, 'jobs.readyList', {}, s.reception.token);
    expect(list.map((j) => [j.number, j.customerPhone, j.daysWaiting, j.stale, j.owedMinor])).toEqual([
      // Ready 73 hours: past the default 72.
      [first.number, '13800001234', 3, true, 45_000],
      [second.number, '13911112222', 1, false, 0],
    ]);

    await op(
      s.core,
      'jobs.settings.set',
      { staleHours: { ...(await op(s.core, 'jobs.settings.get', {}, s.admin.token)).staleHours, ready: 24 } },
      s.admin.token,
    );
    expect((await op(s.core, 'jobs.readyList', {}, s.reception.token)).map((j) => j.stale)).toEqual([true, true]);
  });
});
