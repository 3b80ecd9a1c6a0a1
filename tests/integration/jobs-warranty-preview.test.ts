import { afterEach, describe, expect, it } from 'vitest';
import { count, op, snapshot, tryOp } from '../support/core.ts';
import { deviceCondition } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore } from '../support/jobs-store.ts';

/** The warranty's verdict shown on the intake form before saving: the same as the saved job's, and nothing written. */

afterEach(closeJobsStores);

describe('jobs.warrantyPreview', () => {
  it('gives the verdict intake then records, for the same answers, and writes nothing', async () => {
    const s = await jobsStore();
    const facts = { customerId: s.customerId, assetId: s.assetId, mileageKm: null };
    for (const damaged of [[], ['waterIndicator']]) {
      const condition = deviceCondition(...damaged);
      const before = snapshot(s.core);
      const preview = await op(
        s.core,
        'jobs.warrantyPreview',
        { ...facts, condition, warranty: { category: 'phone', part: 'handset', answers: [] } },
        s.reception.token,
      );
      expect(snapshot(s.core)).toEqual(before);
      const job = await s.intake({ condition });
      expect(preview).toEqual(job.warranty);
    }
    expect(count(s.core, 'jobs')).toBe(2);
  });

  it('names an answer the rules do not ask, and an item of another customer', async () => {
    const s = await jobsStore();
    const other = await op(s.core, 'customers.create', { name: 'Other Person', phones: ['13800138999'] }, s.reception.token);
    const refused = await tryOp(
      s.core,
      'jobs.warrantyPreview',
      {
        customerId: s.customerId,
        assetId: s.assetId,
        condition: {},
        mileageKm: null,
        warranty: { category: 'phone', part: 'handset', answers: ['unknownFact'] },
      },
      s.reception.token,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields).toEqual({ 'warranty.answers.0': 'is not a question the warranty rules ask' });
    const mismatch = await tryOp(
      s.core,
      'jobs.warrantyPreview',
      {
        customerId: other.id,
        assetId: s.assetId,
        condition: {},
        mileageKm: null,
        warranty: { category: 'phone', part: 'handset', answers: [] },
      },
      s.reception.token,
    );
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.error.fields).toEqual({ assetId: 'does not belong to this customer' });
  });
});
