import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_CARDS } from '../../electron/core/services/jobs/board.ts';
import { op } from '../support/core.ts';
import { closeJobsStores, jobsStore, move } from '../support/jobs-store.ts';

/** The board: open jobs only, counts per status, filters, overdue and stale jobs, each technician's open load. */

afterEach(closeJobsStores);

describe('jobs.board', () => {
  it('shows open jobs only, flags overdue and stale ones, filters, and counts each technician’s open jobs', async () => {
    const s = await jobsStore();
    const { core } = s;
    const promised = await s.intake({ promisedReadyAt: '2026-03-02T03:00:00.000Z' });
    const closed = await s.intake();
    await move(core, s.reception.token, closed.id, { type: 'cancel', reason: 'Changed their mind' });
    const working = await s.intake();
    await move(core, s.reception.token, working.id, { type: 'assign', technicianId: s.tech.id });
    await move(core, s.tech.token, working.id, { type: 'startDiagnosis' });

    const fresh = await op(core, 'jobs.board', {}, s.tech.token);
    expect(fresh.jobs.map((j) => j.number)).toEqual([promised.number, working.number]);
    expect(fresh.counts).toMatchObject({ received: 1, diagnosing: 1, ready: 0 });
    expect(fresh.counts).not.toHaveProperty('cancelled');
    expect(fresh.jobs.map((j) => [j.overdue, j.stale])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(fresh.technicians).toEqual([
      { id: s.tech2.id, name: 'Tina Tech', openJobs: 0 },
      { id: s.tech.id, name: 'Tom Tech', openJobs: 1 },
    ]);

    // Five hours on: past the 03:00 promise, and longer than 4 hours received (the default threshold); diagnosing may take 24.
    s.clock.advanceMinutes(5 * 60);
    const later = await op(core, 'jobs.board', {}, s.tech.token);
    expect(later.jobs.map((j) => [j.number, j.overdue, j.stale])).toEqual([
      [promised.number, true, true],
      [working.number, false, false],
    ]);
    const mine = await op(core, 'jobs.board', { technicianId: s.tech.id }, s.tech.token);
    expect(mine.jobs.map((j) => j.number)).toEqual([working.number]);
    expect(mine.jobs[0]).toMatchObject({
      technicianName: 'Tom Tech',
      customerName: 'Lee Customer',
      assetLabel: 'Apple iPhone 14 · 3569…809',
    });
    expect((await op(core, 'jobs.board', { assetKind: 'vehicle' }, s.tech.token)).jobs).toEqual([]);
  });

  it('reads open jobs through the partial index, never the closed ones', async () => {
    const s = await jobsStore();
    const plan = s.core.db.prepare(`EXPLAIN QUERY PLAN ${OPEN_CARDS}`).all({ technician: null, service: null, kind: null }) as {
      detail: string;
    }[];
    // The index holds open jobs only (WHERE closed_at IS NULL), in the order the board shows them.
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SCAN j USING (COVERING )?INDEX jobs_open\b/);
    expect(plan.map((p) => p.detail)).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});
