import { afterEach, describe, expect, it } from 'vitest';
import { op, snapshot, tryOp } from '../support/core.ts';
import { anyString } from '../support/matchers.ts';
import { pngDataUrl, readyJob } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore, move, type JobsStore } from '../support/jobs-store.ts';
import { intakeOf } from '../support/job-samples.ts';

/**
 * Handing a job back on a real store: who collects proves it (ticket, phone digits, a manager's
 * override), every accessory goes back or is confirmed missing, the customer signs, and the machine's
 * deliver moves the job, with its trail step and audit row, all together; any refusal writes nothing
 * (a wrong last four only its own audit row).
 */

afterEach(closeJobsStores);

/** A ready, paid job of the store's customer (phone 13800001234), taken in with a case and a charger. */
async function ready(s: JobsStore, more: Record<string, unknown> = {}) {
  return readyJob(s.core, s.admin.token, s.tech, intakeOf(s.customerId, s.assetId, { accessories: ['case', 'charger'], ...more }));
}

const back = (state: 'returned' | 'missing' = 'returned', note = '') => [
  { item: 'case', state: 'returned', note: '' },
  { item: 'charger', state, note },
];

const auditOf = (s: JobsStore, action: string) =>
  s.core.db.prepare('SELECT actor_id, approver_id, entity_id, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    actor_id: number;
    approver_id: number | null;
    entity_id: string;
    after_json: string;
  }[];

describe('jobs.pickupVerify', () => {
  it('finds the job by its ticket or by its number and the last four of any of the customer’s phones; a wrong four is refused and audited', async () => {
    const s = await jobsStore();
    await op(
      s.core,
      'customers.update',
      { id: s.customerId, name: 'Lee Customer', phones: ['13800001234', '+86 139-0000-5678'] },
      s.admin.token,
    );
    const job = await ready(s);
    const verify = (proof: Record<string, unknown>) => tryOp(s.core, 'jobs.pickupVerify', { proof }, s.reception.token);

    expect(await verify({ kind: 'ticket', number: job.number.toLowerCase() })).toMatchObject({ ok: true, value: { id: job.id } });
    expect(await verify({ kind: 'phone', number: job.number, lastFour: '1234' })).toMatchObject({ ok: true, value: { id: job.id } });
    expect(await verify({ kind: 'phone', number: job.number, lastFour: '5678' })).toMatchObject({ ok: true, value: { id: job.id } });

    const before = snapshot(s.core);
    expect(await verify({ kind: 'phone', number: job.number, lastFour: '9999' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', fields: { 'proof.lastFour': "does not match the customer's phones" } },
    });
    expect(auditOf(s, 'job.pickup.refused')).toEqual([
      {
        actor_id: s.reception.id,
        approver_id: null,
        entity_id: job.number,
        after_json: JSON.stringify({ verifiedBy: 'phone', lastFour: '9999' }),
      },
    ]);
    const after = snapshot(s.core);
    expect({ ...after, audit_log: before.audit_log }).toEqual(before);

    expect(await verify({ kind: 'phone', number: 'J2026-999999', lastFour: '1234' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { 'proof.number': 'is not a job number' } },
    });
    expect(await verify({ kind: 'phone', number: job.number, lastFour: '12a4' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'proof.lastFour': 'must be 4 digits' } },
    });
    expect(await verify({ kind: 'override', reason: 'known', approval: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('jobs.pickup', () => {
  it('hands a job over on the phone digits: accessories back, signature kept, the deliver step and the audit row together', async () => {
    const s = await jobsStore();
    const job = await ready(s);
    s.clock.advanceMinutes(60);
    const done = await op(
      s.core,
      'jobs.pickup',
      { jobId: job.id, proof: { kind: 'phone', number: job.number, lastFour: '1234' }, accessories: back(), signature: pngDataUrl(40) },
      s.reception.token,
    );
    expect(done).toMatchObject({ status: 'delivered', closedAt: anyString(), printJobs: [] });
    const signature = done.media.filter((m) => m.kind === 'signature');
    expect(signature).toHaveLength(2);
    expect(signature[1]).toMatchObject({ note: 'pickup', createdBy: s.reception.id });
    const step = done.trail.at(-1);
    expect(step).toMatchObject({ event: 'deliver', from: 'ready', to: 'delivered', by: s.reception.id });
    expect(step?.detail).toEqual({
      pickup: {
        verification: { kind: 'phone', reason: null, approvedBy: null },
        accessories: back(),
        signatureMediaId: signature[1]?.id,
      },
    });
    expect(auditOf(s, 'job.pickup')).toEqual([
      {
        actor_id: s.reception.id,
        approver_id: null,
        entity_id: job.number,
        after_json: JSON.stringify({ verifiedBy: 'phone', accessories: back(), signatureMediaId: signature[1]?.id }),
      },
    ]);
    expect((await op(s.core, 'jobs.media', { mediaId: signature[1]!.id }, s.reception.token)).dataUrl).toBe(pngDataUrl(40));
    // The ticket printed again still carries the intake's signature, not the collection's.
    const ticket = await op(
      s.core,
      'print.preview',
      { document: { kind: 'jobTicket', jobId: job.id, copy: 'customer' } },
      s.reception.token,
    );
    expect(ticket.document.blocks.flatMap((b) => (b.t === 'image' ? [b.png] : []))).toEqual([pngDataUrl()]);
  });

  it('refuses, writing nothing: a wrong number or last four (audited), accessories left out, a missing one without note or confirmation, no signature, something owed, a job not ready', async () => {
    const s = await jobsStore();
    const job = await ready(s);
    const base = { jobId: job.id, proof: { kind: 'ticket', number: job.number }, accessories: back(), signature: pngDataUrl() };
    const refused = async (input: Record<string, unknown>, error: Record<string, unknown>, audited = false) => {
      const before = snapshot(s.core);
      expect(await tryOp(s.core, 'jobs.pickup', { ...base, ...input }, s.reception.token)).toMatchObject({ ok: false, error });
      const after = snapshot(s.core);
      if (audited) expect(after.audit_log?.length).toBe((before.audit_log?.length ?? 0) + 1);
      expect({ ...after, audit_log: before.audit_log }).toEqual(before);
    };
    await refused(
      { proof: { kind: 'ticket', number: 'J2026-000099' } },
      { code: 'FORBIDDEN', fields: { 'proof.number': "is not this job's number" } },
    );
    await refused(
      { proof: { kind: 'phone', number: job.number, lastFour: '0000' } },
      { code: 'FORBIDDEN', fields: { 'proof.lastFour': "does not match the customer's phones" } },
      true,
    );
    await refused(
      { accessories: back().slice(0, 1) },
      { code: 'VALIDATION', fields: { accessories: 'must list each accessory taken in once: case, charger' } },
    );
    await refused(
      { accessories: [...back(), { item: 'case', state: 'returned', note: '' }] },
      { code: 'VALIDATION', fields: { accessories: anyString() } },
    );
    await refused(
      { accessories: back('missing') },
      { code: 'VALIDATION', fields: { 'accessories.1.note': 'is required for a missing accessory' } },
    );
    await refused(
      { accessories: back('missing', 'Left at home, customer says') },
      { code: 'VALIDATION', fields: { missingConfirmed: 'must be confirmed: an accessory is missing' } },
    );
    await refused({ signature: null }, { code: 'VALIDATION', fields: { signature: 'is required: the customer signs for the item' } });
    await refused({ signature: 'data:image/jpeg;base64,/9j/4AAQ' }, { code: 'VALIDATION', fields: { signature: 'must be a PNG image' } });

    const owing = await s.intake({ accessories: [] });
    await move(s.core, s.tech.token, owing.id, { type: 'startDiagnosis' });
    await refused(
      { jobId: owing.id, proof: { kind: 'ticket', number: owing.number }, accessories: [] },
      { code: 'INVALID_STATE', params: { reason: 'illegalMove', state: 'diagnosing' } },
    );
    const unpaid = await ready(s);
    s.core.db.prepare('UPDATE jobs SET paid_marked_by = NULL WHERE id = ?').run(unpaid.id);
    await refused(
      { jobId: unpaid.id, proof: { kind: 'ticket', number: unpaid.number } },
      { code: 'INVALID_STATE', params: { reason: 'owed', owedMinor: 45_000 } },
    );
  });

  it('hands over with a missing accessory noted and confirmed, and without a signature when the shop does not ask for one', async () => {
    const s = await jobsStore();
    await op(
      s.core,
      'jobs.settings.set',
      { required: { signature: true, pickupSignature: false, conditionCheck: true, identifier: true } },
      s.admin.token,
    );
    const job = await ready(s);
    const done = await op(
      s.core,
      'jobs.pickup',
      {
        jobId: job.id,
        proof: { kind: 'ticket', number: job.number },
        accessories: back('missing', 'Left at home'),
        missingConfirmed: true,
      },
      s.reception.token,
    );
    expect(done.status).toBe('delivered');
    expect(done.media.filter((m) => m.kind === 'signature')).toHaveLength(1);
    expect(done.trail.at(-1)?.detail).toMatchObject({
      pickup: { accessories: back('missing', 'Left at home'), signatureMediaId: null, verification: { kind: 'ticket' } },
    });
  });

  it('takes a manager’s override with a reason: the desk’s own manager, or a receptionist with a manager’s PIN (audited with the approver)', async () => {
    const s = await jobsStore();
    const first = await ready(s);
    const override = (approval: unknown) => ({ kind: 'override', reason: 'Known regular, ID card seen', approval });
    const input = (job: { id: number }, proof: unknown) => ({ jobId: job.id, proof, accessories: back(), signature: pngDataUrl() });

    const before = snapshot(s.core);
    expect(await tryOp(s.core, 'jobs.pickup', input(first, override(null)), s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', fields: { 'proof.approval': 'a manager approves this with their PIN' } },
    });
    expect(
      await tryOp(s.core, 'jobs.pickup', input(first, override({ approverId: s.reception.id, pin: '31313131' })), s.reception.token),
    ).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', fields: { 'proof.approval.approverId': 'must be an active manager or admin' } },
    });
    expect(snapshot(s.core)).toEqual(before);
    expect(
      await tryOp(s.core, 'jobs.pickup', input(first, override({ approverId: s.manager.id, pin: '99999999' })), s.reception.token),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PIN', fields: { 'proof.approval.pin': 'is wrong' } },
    });
    expect(snapshot(s.core).jobs).toEqual(before.jobs);

    const byReception = await op(
      s.core,
      'jobs.pickup',
      input(first, override({ approverId: s.manager.id, pin: '21212121' })),
      s.reception.token,
    );
    expect(byReception.trail.at(-1)?.detail).toMatchObject({
      pickup: { verification: { kind: 'override', reason: 'Known regular, ID card seen', approvedBy: s.manager.id } },
    });
    const second = await ready(s);
    await op(s.core, 'jobs.pickup', input(second, override(null)), s.manager.token);
    expect(
      auditOf(s, 'job.pickup').map((r) => [r.actor_id, r.approver_id, (JSON.parse(r.after_json) as { reason?: string }).reason]),
    ).toEqual([
      [s.reception.id, s.manager.id, 'Known regular, ID card seen'],
      [s.manager.id, null, 'Known regular, ID card seen'],
    ]);
  });
});

describe('jobs.pickupSettle', () => {
  it('lets a manager mark paid or approve credit at the desk: in person, or by PIN for a receptionist', async () => {
    const s = await jobsStore();
    const job = await ready(s);
    s.core.db.prepare('UPDATE jobs SET paid_marked_by = NULL WHERE id = ?').run(job.id);
    const settle = (token: string, approval: unknown, settleAs: Record<string, unknown> = { type: 'markPaid' }) =>
      tryOp(s.core, 'jobs.pickupSettle', { jobId: job.id, settle: settleAs, approval }, token);

    const before = snapshot(s.core);
    expect(await settle(s.reception.token, null)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', fields: { approval: anyString() } },
    });
    expect(await settle(s.reception.token, { approverId: s.manager.id, pin: '00000000' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PIN', fields: { 'approval.pin': 'is wrong' } },
    });
    expect(snapshot(s.core).jobs).toEqual(before.jobs);

    const paid = await settle(s.reception.token, { approverId: s.manager.id, pin: '21212121' });
    expect(paid).toMatchObject({ ok: true, value: { settlement: { paidMarkedBy: s.manager.id } } });
    const credit = await settle(s.manager.token, null, { type: 'approveCredit', reason: 'Pays on Friday' });
    expect(credit).toMatchObject({ ok: true, value: { settlement: { creditApprovedBy: s.manager.id } } });
    expect(auditOf(s, 'job.approveCredit')).toMatchObject([
      { actor_id: s.manager.id, after_json: JSON.stringify({ owedMinor: 45_000, reason: 'Pays on Friday' }) },
    ]);
  });
});
