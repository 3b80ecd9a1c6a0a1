import { afterEach, describe, expect, it } from 'vitest';
import { op, snapshot, tryOp } from '../support/core.ts';
import { anyString } from '../support/matchers.ts';
import { closeJobsStores, jobsStore, move } from '../support/jobs-store.ts';
import { pngDataUrl } from '../support/job-samples.ts';

/** A job through the workshop: each step persisted with its trail row, the gates refused with the machine's reason, nothing written. */

afterEach(closeJobsStores);

describe('jobs.move', () => {
  it('takes a job through approval, parts and QC to ready, refuses delivery while owed, delivers once marked paid', async () => {
    const s = await jobsStore();
    const { core } = s;
    const job = await s.intake();
    const expectRefused = async (token: string, event: Record<string, unknown>, code: string, reason: string) => {
      const before = snapshot(core);
      const result = await tryOp(core, 'jobs.move', { jobId: job.id, event }, token);
      expect(result, `${String(event.type)} refused`).toMatchObject({ ok: false, error: { code, params: { reason } } });
      expect(snapshot(core)).toEqual(before);
    };

    await move(core, s.reception.token, job.id, { type: 'assign', technicianId: s.tech.id });
    await expectRefused(s.tech2.token, { type: 'startDiagnosis' }, 'INVALID_STATE', 'notAssigned');
    await expectRefused(s.reception.token, { type: 'startDiagnosis' }, 'FORBIDDEN', 'roleNotAllowed');
    await move(core, s.tech.token, job.id, { type: 'startDiagnosis' });
    const found = await move(core, s.tech.token, job.id, {
      type: 'findWork',
      lines: [{ kind: 'part', description: 'Charging port', quantity: 1, unitPriceMinor: 12_000 }],
      note: 'Charging port corroded',
    });
    expect(found).toMatchObject({ status: 'awaitingApproval', findings: 'Charging port corroded', estimateMinor: 45_000 });
    expect(found.lines.map((l) => l.status)).toEqual(['accepted', 'pending']);
    await expectRefused(s.tech.token, { type: 'startRepair' }, 'INVALID_STATE', 'approvalPending');
    await expectRefused(
      s.reception.token,
      { type: 'recordAnswer', decision: 'approved', answeredBy: 'Mr Lee', channel: 'phone', answeredAt: '2026-03-02T02:00:00.000Z' },
      'INVALID_STATE',
      'answerInFuture',
    );
    const answered = await move(core, s.reception.token, job.id, {
      type: 'recordAnswer',
      decision: 'approved',
      answeredBy: 'Mr Lee',
      channel: 'phone',
      answeredAt: '2026-03-02T01:00:00.000Z',
    });
    expect(answered).toMatchObject({ status: 'diagnosing', estimateMinor: 57_000, owedMinor: 57_000 });
    await expectRefused(
      s.reception.token,
      { type: 'recordAnswer', decision: 'approved', answeredBy: 'Mr Lee', channel: 'phone', answeredAt: '2026-03-02T01:00:00.000Z' },
      'INVALID_STATE',
      'notAwaitingApproval',
    );
    await move(core, s.tech.token, job.id, { type: 'waitForParts', note: 'ordered' });
    await move(core, s.tech.token, job.id, { type: 'partsArrived' });
    await move(core, s.tech.token, job.id, { type: 'submitForQc' });
    await expectRefused(s.tech.token, { type: 'markReady' }, 'INVALID_STATE', 'qcIncomplete');
    await move(core, s.tech.token, job.id, { type: 'qcSelfCheck', passed: true, note: '' });
    await expectRefused(s.tech.token, { type: 'qcSecondCheck', passed: true, note: '' }, 'INVALID_STATE', 'qcSamePerson');
    await move(core, s.tech2.token, job.id, { type: 'qcSecondCheck', passed: true, note: 'works' });
    s.clock.advanceMinutes(90);
    const ready = await move(core, s.tech.token, job.id, { type: 'markReady' });
    expect(ready).toMatchObject({ status: 'ready', readyAt: '2026-03-02T02:30:00.000Z' });
    expect(ready.qc).toEqual({
      selfCheckBy: s.tech.id,
      selfCheckByName: 'Tom Tech',
      secondCheckBy: s.tech2.id,
      secondCheckByName: 'Tina Tech',
    });
    expect(ready.settlement).toEqual({
      paidMarkedBy: null,
      paidMarkedByName: null,
      creditApprovedBy: null,
      creditApprovedByName: null,
      creditReason: null,
    });
    expect(await op(core, 'jobs.readyList', {}, s.reception.token)).toEqual([
      {
        id: job.id,
        number: job.number,
        customerName: 'Lee Customer',
        customerPhone: '13800001234',
        assetLabel: ready.assetLabel,
        readyAt: ready.readyAt,
        daysWaiting: 0,
        stale: false,
        owedMinor: 57_000,
      },
    ]);

    // Handing over is jobs.pickup's (tests/integration/jobs-pickup.test.ts): jobs.move refuses deliver.
    expect(await tryOp(core, 'jobs.move', { jobId: job.id, event: { type: 'deliver' } }, s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { event: 'deliver is a handover: use jobs.pickup' } },
    });
    const handOver = {
      jobId: job.id,
      proof: { kind: 'ticket', number: job.number },
      accessories: [{ item: 'case', state: 'returned' }],
      signature: pngDataUrl(),
    };
    const owed = await tryOp(core, 'jobs.pickup', handOver, s.reception.token);
    expect(owed).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', params: { reason: 'owed', owedMinor: 57_000 } } });
    await expectRefused(s.reception.token, { type: 'markPaid' }, 'FORBIDDEN', 'roleNotAllowed');
    const paid = await move(core, s.manager.token, job.id, { type: 'markPaid' });
    expect(paid.settlement).toMatchObject({ paidMarkedBy: s.manager.id, paidMarkedByName: 'Max Manager', creditApprovedBy: null });
    const delivered = await op(core, 'jobs.pickup', handOver, s.reception.token);
    expect(delivered).toMatchObject({ status: 'delivered', closedAt: '2026-03-02T02:30:00.000Z' });
    await expectRefused(s.manager.token, { type: 'cancel', reason: 'late' }, 'INVALID_STATE', 'jobClosed');

    expect(delivered.trail.map((t) => [t.event, t.from, t.to])).toEqual([
      ['intake', null, 'received'],
      ['assign', 'received', 'received'],
      ['startDiagnosis', 'received', 'diagnosing'],
      ['findWork', 'diagnosing', 'awaitingApproval'],
      ['recordAnswer', 'awaitingApproval', 'diagnosing'],
      ['waitForParts', 'diagnosing', 'awaitingParts'],
      ['partsArrived', 'awaitingParts', 'inRepair'],
      ['submitForQc', 'inRepair', 'qualityCheck'],
      ['qcSelfCheck', 'qualityCheck', 'qualityCheck'],
      ['qcSecondCheck', 'qualityCheck', 'qualityCheck'],
      ['markReady', 'qualityCheck', 'ready'],
      ['markPaid', 'ready', 'ready'],
      ['deliver', 'ready', 'delivered'],
    ]);
    expect(delivered.trail[4]).toMatchObject({
      by: s.reception.id,
      detail: { decision: 'approved', answeredBy: 'Mr Lee', channel: 'phone' },
    });
    expect(delivered.answers).toMatchObject([{ decision: 'approved', recordedBy: s.reception.id, lineIds: [2] }]);
    const audit = core.db
      .prepare("SELECT action, actor_id, after_json FROM audit_log WHERE entity = 'job' AND action <> 'job.intake' ORDER BY id")
      .all();
    expect(audit).toEqual([
      {
        action: 'job.extraApproved',
        actor_id: s.reception.id,
        after_json: JSON.stringify({ addedMinor: 12_000, answeredBy: 'Mr Lee', channel: 'phone', answeredAt: '2026-03-02T01:00:00.000Z' }),
      },
      { action: 'job.markPaid', actor_id: s.manager.id, after_json: JSON.stringify({ owedMinor: 57_000 }) },
      { action: 'job.pickup', actor_id: s.reception.id, after_json: anyString() },
    ]);
    // The finished job now suggests the promise for similar ones: 90 minutes from intake to ready.
    expect(await op(core, 'jobs.promiseSuggestion', { serviceId: null, assetKind: 'device' }, s.reception.token)).toEqual({
      promisedReadyAt: '2026-03-02T04:00:00.000Z',
      minutes: 90,
      basedOn: 1,
    });
  });

  it('refuses dispatch to someone who does not work on jobs, and an unknown job, writing nothing', async () => {
    const s = await jobsStore();
    const job = await s.intake();
    const before = snapshot(s.core);
    expect(
      await tryOp(s.core, 'jobs.move', { jobId: job.id, event: { type: 'assign', technicianId: s.reception.id } }, s.manager.token),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'event.technicianId': 'is not an active technician' } },
    });
    expect(await tryOp(s.core, 'jobs.move', { jobId: 999, event: { type: 'startDiagnosis' } }, s.tech.token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { jobId: 'is not a job' } },
    });
    expect(
      await tryOp(
        s.core,
        'jobs.move',
        {
          jobId: job.id,
          event: { type: 'findWork', lines: [{ kind: 'part', description: 'x', quantity: -1, unitPriceMinor: 1 }], note: '' },
        },
        s.tech.token,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'event.lines.0.quantity': anyString() } },
    });
    expect(snapshot(s.core)).toEqual(before);
  });

  it('approves delivery on credit (audited) and cancels with the pending lines refused', async () => {
    const s = await jobsStore();
    const job = await s.intake();
    const onCredit = await move(s.core, s.manager.token, job.id, { type: 'approveCredit', reason: 'Regular customer' });
    expect(onCredit.settlement).toEqual({
      paidMarkedBy: null,
      paidMarkedByName: null,
      creditApprovedBy: s.manager.id,
      creditApprovedByName: 'Max Manager',
      creditReason: 'Regular customer',
    });
    const other = await s.intake();
    await move(s.core, s.tech.token, other.id, { type: 'startDiagnosis' });
    await move(s.core, s.tech.token, other.id, {
      type: 'findWork',
      lines: [{ kind: 'labour', description: 'Board work', quantity: 1, unitPriceMinor: 30_000 }],
      note: '',
    });
    const cancelled = await move(s.core, s.reception.token, other.id, { type: 'cancel', reason: 'Customer declined' });
    expect(cancelled).toMatchObject({ status: 'cancelled', closedAt: anyString() });
    expect(cancelled.lines.map((l) => l.status)).toEqual(['accepted', 'refused']);
    const credit = s.core.db.prepare("SELECT actor_id, after_json FROM audit_log WHERE action = 'job.approveCredit'").all();
    expect(credit).toEqual([{ actor_id: s.manager.id, after_json: JSON.stringify({ owedMinor: 45_000, reason: 'Regular customer' }) }]);
  });
});
