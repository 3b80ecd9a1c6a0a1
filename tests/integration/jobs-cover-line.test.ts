import { afterEach, describe, expect, it } from 'vitest';
import { addStaff, op, snapshot, tryOp } from '../support/core.ts';
import { intakeOf } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore, move, type JobsStore } from '../support/jobs-store.ts';

/** Work the warranty pays for: marked at intake or later on the job page, it is never owed; each change audited, a refusal writing nothing. */

afterEach(closeJobsStores);

const SCREEN = { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 } as const;
const LABOUR = { kind: 'labour', description: 'Fitting', quantity: 2, unitPriceMinor: 5_000 } as const;

const cover = (s: JobsStore, jobId: number, lineId: number, covered: boolean, token = s.reception.token) =>
  tryOp(s.core, 'jobs.coverLine', { jobId, lineId, covered }, token);

const coverAudit = (s: JobsStore) =>
  (
    s.core.db.prepare("SELECT actor_id, before_json, after_json FROM audit_log WHERE action = 'job.lineCovered' ORDER BY id").all() as {
      actor_id: number;
      before_json: string;
      after_json: string;
    }[]
  ).map((r) => ({ by: r.actor_id, before: JSON.parse(r.before_json) as unknown, after: JSON.parse(r.after_json) as unknown }));

describe('lines covered by the warranty', () => {
  it('owes nothing for covered lines, at intake and after it, and audits each change with what is owed', async () => {
    const s = await jobsStore();
    const taken = await s.intake({ lines: [SCREEN, { ...LABOUR, warrantyCovered: true }], depositMinor: 5_000 });
    await s.payDeposit(taken.id);
    const job = await op(s.core, 'jobs.get', { jobId: taken.id }, s.reception.token);
    expect(job.warranty?.outcome).toBe('inWarranty');
    expect(job.lines.map((l) => [l.description, l.warrantyCovered])).toEqual([
      ['Screen assembly', false],
      ['Fitting', true],
    ]);
    // The labour is the warranty's: only the screen is owed, less the deposit paid.
    expect(job).toMatchObject({ estimateMinor: 45_000, owedMinor: 40_000 });

    const covered = await cover(s, job.id, 1, true);
    expect(covered).toMatchObject({ ok: true, value: { estimateMinor: 0, owedMinor: 0 } });
    const read = await op(s.core, 'jobs.get', { jobId: job.id }, s.reception.token);
    expect(read).toMatchObject({ estimateMinor: 0, owedMinor: 0 });
    expect(read.lines.every((l) => l.warrantyCovered)).toBe(true);

    // Marking a line as it already is writes nothing.
    const before = snapshot(s.core);
    expect(await cover(s, job.id, 1, true)).toMatchObject({ ok: true, value: { owedMinor: 0 } });
    expect(snapshot(s.core)).toEqual(before);

    const uncovered = await cover(s, job.id, 2, false, s.manager.token);
    expect(uncovered).toMatchObject({ ok: true, value: { estimateMinor: 10_000, owedMinor: 5_000 } });
    expect(coverAudit(s)).toEqual([
      {
        by: s.reception.id,
        before: { line: 1, covered: false, owedMinor: 40_000 },
        after: { line: 1, description: 'Screen assembly', covered: true, owedMinor: 0 },
      },
      {
        by: s.manager.id,
        before: { line: 2, covered: true, owedMinor: 0 },
        after: { line: 2, description: 'Fitting', covered: false, owedMinor: 5_000 },
      },
    ]);
  });

  it('uncovering work after "marked paid" clears the mark (what it adds was not paid); covering more keeps it', async () => {
    const s = await jobsStore();
    const job = await s.intake({ lines: [SCREEN, { ...LABOUR, warrantyCovered: true }], depositMinor: 0 });
    const paid = await move(s.core, s.manager.token, job.id, { type: 'markPaid' });
    expect(paid.settlement.paidMarkedBy).toBe(s.manager.id);
    // Covering more keeps the mark: less is owed than was paid.
    expect(await cover(s, job.id, 1, true)).toMatchObject({
      ok: true,
      value: { owedMinor: 0, settlement: { paidMarkedBy: s.manager.id } },
    });
    const more = await cover(s, job.id, 2, false);
    expect(more).toMatchObject({ ok: true, value: { owedMinor: 10_000, settlement: { paidMarkedBy: null } } });
    expect(coverAudit(s).at(-1)?.before).toEqual({ line: 2, covered: true, owedMinor: 0, paidMarkedBy: s.manager.id });
  });

  it('refuses, writing nothing: a verdict that does not cover, a refused or unknown line, a closed job, a cashier', async () => {
    const s = await jobsStore();
    const refuse = async (result: Promise<unknown>, expected: Record<string, unknown>) => {
      const before = snapshot(s.core);
      expect(await result).toMatchObject({ ok: false, error: expected });
      expect(snapshot(s.core)).toEqual(before);
    };
    const noClaim = await s.intake({ warranty: null });
    await refuse(cover(s, noClaim.id, 1, true), {
      code: 'VALIDATION',
      fields: { covered: 'needs a warranty verdict that covers the job' },
    });
    // Not covering stays allowed (it is what the line is).
    expect(await cover(s, noClaim.id, 1, false)).toMatchObject({ ok: true });
    const outOfWarranty = await s.intake({
      warranty: { category: 'phone', part: 'handset', override: { outcome: 'outOfWarranty', reason: 'Bought abroad' } },
    });
    await refuse(cover(s, outOfWarranty.id, 1, true), {
      code: 'VALIDATION',
      fields: { covered: 'needs a warranty verdict that covers the job' },
    });
    // A covered line at intake needs a covering verdict too.
    expect(
      await tryOp(
        s.core,
        'jobs.intake',
        intakeOf(s.customerId, s.assetId, { warranty: null, lines: [{ ...SCREEN, warrantyCovered: true }] }),
        s.reception.token,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'lines.0.warrantyCovered': 'needs a warranty verdict that covers the job' } },
    });

    const job = await s.intake();
    const cashier = await addStaff(s.core, s.admin.token, 'cashier', '41414141', 'Cal Cashier');
    await refuse(cover(s, job.id, 9, true), { code: 'NOT_FOUND', fields: { lineId: 'is not a line of this job' } });
    await refuse(cover(s, 999, 1, true), { code: 'NOT_FOUND', fields: { jobId: 'is not a job' } });
    await refuse(cover(s, job.id, 1, true, cashier.token), { code: 'FORBIDDEN' });
    await move(s.core, s.tech.token, job.id, { type: 'startDiagnosis' });
    await move(s.core, s.tech.token, job.id, { type: 'findWork', lines: [LABOUR], note: '' });
    await move(s.core, s.reception.token, job.id, {
      type: 'recordAnswer',
      decision: 'refused',
      answeredBy: 'Lee',
      channel: 'phone',
      answeredAt: s.core.nowIso(),
    });
    await refuse(cover(s, job.id, 2, true), { code: 'VALIDATION', fields: { lineId: 'was refused by the customer: it costs nothing' } });
    await move(s.core, s.reception.token, job.id, { type: 'cancel', reason: 'Customer took it back' });
    await refuse(cover(s, job.id, 1, true), { code: 'INVALID_STATE', params: { reason: 'jobClosed' } });
  });
});
