import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, op, removeTempDirs } from '../support/core.ts';

/** The demo's jobs happened over the last weeks, on a clock pinned per step, through the jobs service. */

afterEach(removeTempDirs);

const HOUR = 3_600_000;

describe('the demo shop’s jobs', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`in ${locale}: taken in days back, moved hours and days later, ready for various days; the promise learns from them`, async () => {
      const { core, clock } = makeCore();
      try {
        await op(core, 'setup.loadDemo', { locale });
        const now = clock.now();
        const { token } = await op(core, 'auth.signIn', { staffId: 3, pin: '3333' });

        const board = await op(core, 'jobs.board', {}, token);
        expect(Object.fromEntries(Object.entries(board.counts).filter(([, n]) => n > 0))).toEqual({
          received: 1,
          awaitingApproval: 1,
          inRepair: 1,
          ready: 2,
        });

        // Ready since different days, longest first; the longest past the shop's stale threshold.
        const ready = await op(core, 'jobs.readyList', {}, token);
        // Nine and two days back in store time: whole days waiting depend on the hour it is now there.
        const [longest, latest] = ready.map((j) => j.daysWaiting);
        expect([8, 9]).toContain(longest);
        expect([1, 2]).toContain(latest);
        expect(ready.map((j) => j.stale)).toEqual([true, false]);
        expect(ready.every((j) => j.customerPhone !== '' && j.owedMinor > 0)).toBe(true);

        // Every job's trail runs forward in time from its intake, and none is in the future.
        const jobs = await Promise.all(
          core.db
            .prepare('SELECT id FROM jobs ORDER BY id')
            .pluck()
            .all()
            .map((id) => op(core, 'jobs.get', { jobId: id as number }, token)),
        );
        expect(jobs).toHaveLength(7);
        for (const job of jobs) {
          const times = job.trail.map((t) => Date.parse(t.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(times.at(-1)).toBeLessThanOrEqual(now);
        }
        // Numbered in the order they were taken in; the first three weeks back, the last minutes ago.
        const created = jobs.map((j) => Date.parse(j.createdAt));
        expect(created).toEqual([...created].sort((a, b) => a - b));
        expect(now - (created[0] ?? now)).toBeGreaterThan(19 * 24 * HOUR);
        expect(now - (created.at(-1) ?? 0)).toBeLessThan(HOUR);
        // A phone's repair: hours to days from intake to ready, never the same instant.
        const took = jobs.filter((j) => j.readyAt !== null).map((j) => (Date.parse(j.readyAt ?? '') - Date.parse(j.createdAt)) / HOUR);
        expect(took).toHaveLength(4);
        for (const hours of took) expect(hours).toBeGreaterThan(1);
        expect(Math.max(...took)).toBeGreaterThan(48);
        // The customer's answer is dated when it was given, not when the demo was loaded.
        const answered = jobs.flatMap((j) => j.answers.map((a) => Date.parse(a.answeredAt)));
        expect(answered.length).toBeGreaterThan(0);
        for (const at of answered) expect(now - at).toBeGreaterThan(24 * HOUR);
        // Who answered is written in the demo's language: the trail shows it as written.
        const answeredBy = jobs.flatMap((j) => j.answers.map((a) => a.answeredBy));
        for (const who of answeredBy) expect(who).toMatch(locale === 'zh-CN' ? /^[\u4e00-\u9fff]+$/ : /^[A-Za-z ]+$/);

        // The promise a new intake is offered: the median of the four (about a day), not "now".
        const service = jobs[0]?.serviceId ?? null;
        expect(service).not.toBeNull();
        const suggestion = await op(core, 'jobs.promiseSuggestion', { serviceId: service, assetKind: 'device' }, token);
        expect(suggestion.basedOn).toBe(4);
        expect(suggestion.minutes).toBeGreaterThan(12 * 60);
        expect(suggestion.minutes).toBeLessThan(48 * 60);
        // Each demo job's promise was made when it was taken in, from the jobs before it.
        for (const job of jobs) expect(Date.parse(job.promisedReadyAt ?? '')).toBeGreaterThan(Date.parse(job.createdAt) + HOUR);
      } finally {
        core.close();
      }
    });
});
