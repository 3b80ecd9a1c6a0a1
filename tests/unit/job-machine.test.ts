import { describe, expect, it } from 'vitest';
import { JOB_REFUSALS, JOB_STATUSES, jobEvent, transition, type JobEvent } from '../../electron/core/services/jobs/index.ts';
import { resources } from '../../shared/i18n/index.ts';
import { BOARD, checked, expectRefused, facts, frozen, inRepair, NOW, received, run, STAFF } from '../support/jobs.ts';

const answer = (decision: 'approved' | 'refused', answeredAt = '2026-03-02T07:55:00.000Z'): JobEvent => ({
  type: 'recordAnswer',
  decision,
  answeredBy: '王先生',
  channel: 'phone',
  answeredAt,
});
const extraWork: JobEvent = { type: 'findWork', lines: [BOARD], note: 'Charging board corroded' };

describe('a job from intake to delivery', () => {
  it('goes through diagnosis, extra work approved by phone, both checks and payment', () => {
    let job = run(received(), [{ type: 'startDiagnosis' }, STAFF.tech]);
    expect(job).toMatchObject({ status: 'diagnosing', technicianId: STAFF.tech.id });
    job = run(job, [{ type: 'startRepair' }, STAFF.tech], [extraWork, STAFF.tech]);
    expect(job.status).toBe('awaitingApproval');
    expect(job.lines.map((l) => [l.id, l.description, l.status])).toEqual([
      [1, 'Screen assembly', 'accepted'],
      [2, 'Charging board', 'pending'],
    ]);
    job = run(job, [answer('approved'), STAFF.reception]);
    expect(job.status).toBe('inRepair');
    expect(job.lines.map((l) => l.status)).toEqual(['accepted', 'accepted']);
    expect(job.answers).toEqual([
      {
        decision: 'approved',
        answeredBy: '王先生',
        channel: 'phone',
        answeredAt: '2026-03-02T07:55:00.000Z',
        recordedBy: STAFF.reception.id,
        lineIds: [2],
      },
    ]);
    job = run(
      job,
      [{ type: 'submitForQc' }, STAFF.tech],
      [{ type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech],
      [{ type: 'qcSecondCheck', passed: true, note: '' }, STAFF.manager],
      [{ type: 'markReady' }, STAFF.tech],
    );
    expect(job).toMatchObject({ status: 'ready', qc: { selfCheckBy: STAFF.tech.id, secondCheckBy: STAFF.manager.id } });
    expectRefused(job, { type: 'deliver' }, STAFF.reception, 'owed', facts(57_000));
    job = run(job, [{ type: 'markPaid' }, STAFF.manager], [{ type: 'deliver' }, STAFF.reception, facts(57_000)]);
    expect(job.status).toBe('delivered');
  });

  it('reports each accepted step for the trail: the event, from, to, who and when', () => {
    const t = transition(frozen(received()), { type: 'startDiagnosis' }, STAFF.tech, facts());
    expect(t).toMatchObject({
      ok: true,
      step: { event: 'startDiagnosis', from: 'received', to: 'diagnosing', by: STAFF.tech.id, at: NOW },
    });
  });
});

describe('extra work waits for the customer', () => {
  const waiting = () => run(inRepair(), [extraWork, STAFF.tech]);

  it('no work continues while the answer is awaited', () => {
    for (const event of [
      { type: 'startRepair' },
      { type: 'submitForQc' },
      { type: 'pause', reason: 'Lunch' },
      { type: 'waitForParts', note: '' },
      extraWork,
    ] as JobEvent[])
      expectRefused(waiting(), event, STAFF.tech, 'approvalPending');
  });

  it('a refusal is recorded with who, how and when; the extra lines are refused and work goes back where it was', () => {
    const job = run(waiting(), [{ ...answer('refused'), channel: 'inPerson' } as JobEvent, STAFF.tech]);
    expect(job.status).toBe('inRepair');
    expect(job.lines.map((l) => l.status)).toEqual(['accepted', 'refused']);
    expect(job.answers[0]).toMatchObject({ decision: 'refused', channel: 'inPerson', answeredBy: '王先生', recordedBy: STAFF.tech.id });
  });

  it('extra work found while diagnosing returns to diagnosing once answered', () => {
    const job = run(received(), [{ type: 'startDiagnosis' }, STAFF.tech], [extraWork, STAFF.tech], [answer('approved'), STAFF.reception]);
    expect(job.status).toBe('diagnosing');
  });

  it('an answer is only recorded while one is awaited, by the desk or the workshop, and never in the future', () => {
    expectRefused(inRepair(), answer('approved'), STAFF.reception, 'notAwaitingApproval');
    expectRefused(waiting(), answer('approved'), STAFF.cashier, 'roleNotAllowed');
    expectRefused(waiting(), answer('approved', '2026-03-02T08:00:01Z'), STAFF.reception, 'answerInFuture');
    expect(run(waiting(), [answer('approved', '2026-03-02T08:00:00Z'), STAFF.reception]).status).toBe('inRepair');
  });

  it('newly approved work is not covered by an earlier "marked paid"', () => {
    const paid = run(inRepair(), [{ type: 'markPaid' }, STAFF.manager]);
    expect(paid.settlement.paidMarkedBy).toBe(STAFF.manager.id);
    expect(run(paid, [extraWork, STAFF.tech], [answer('approved'), STAFF.reception]).settlement.paidMarkedBy).toBeNull();
    expect(run(paid, [extraWork, STAFF.tech], [answer('refused'), STAFF.reception]).settlement.paidMarkedBy).toBe(STAFF.manager.id);
  });

  it('a cancelled job refuses the lines that were waiting', () => {
    const job = run(
      received(),
      [{ type: 'startDiagnosis' }, STAFF.tech],
      [extraWork, STAFF.tech],
      [{ type: 'cancel', reason: 'Customer will buy a new phone' }, STAFF.reception],
    );
    expect(job.status).toBe('cancelled');
    expect(job.lines.map((l) => l.status)).toEqual(['accepted', 'refused']);
  });
});

describe('quality check: the technician first, then someone else', () => {
  const inQc = () => run(inRepair(), [{ type: 'submitForQc' }, STAFF.tech]);

  it('ready only after both checks', () => {
    expectRefused(inQc(), { type: 'markReady' }, STAFF.tech, 'qcIncomplete');
    const selfChecked = run(inQc(), [{ type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech]);
    expectRefused(selfChecked, { type: 'markReady' }, STAFF.tech, 'qcIncomplete');
    expect(run(checked(), [{ type: 'markReady' }, STAFF.tech]).status).toBe('ready');
  });

  it('the second check needs the self-check first, and another person', () => {
    expectRefused(inQc(), { type: 'qcSecondCheck', passed: true, note: '' }, STAFF.tech2, 'qcSelfCheckMissing');
    const selfChecked = run(inQc(), [{ type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech]);
    expectRefused(selfChecked, { type: 'qcSecondCheck', passed: true, note: '' }, STAFF.tech, 'qcSamePerson');
  });

  it('the self-check is the assigned technician’s own, even a manager cannot do it for them', () => {
    expectRefused(inQc(), { type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech2, 'notAssigned');
    expectRefused(inQc(), { type: 'qcSelfCheck', passed: true, note: '' }, STAFF.manager, 'notAssigned');
  });

  it('a failed check sends the job back to repair and starts the checks over', () => {
    const failedSelf = run(inQc(), [{ type: 'qcSelfCheck', passed: false, note: 'Still no charge' }, STAFF.tech]);
    expect(failedSelf).toMatchObject({ status: 'inRepair', qc: { selfCheckBy: null, secondCheckBy: null } });
    const selfChecked = run(inQc(), [{ type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech]);
    const failedSecond = run(selfChecked, [{ type: 'qcSecondCheck', passed: false, note: 'Speaker crackles' }, STAFF.tech2]);
    expect(failedSecond).toMatchObject({ status: 'inRepair', qc: { selfCheckBy: null, secondCheckBy: null } });
    const resubmitted = run(failedSecond, [{ type: 'submitForQc' }, STAFF.tech]);
    expectRefused(resubmitted, { type: 'markReady' }, STAFF.tech, 'qcIncomplete');
  });
});

describe('handing back: nothing owed, marked paid, or credit approved by a manager', () => {
  const ready = () => run(checked(), [{ type: 'markReady' }, STAFF.tech]);

  it('delivers when nothing is owed', () => {
    expect(run(ready(), [{ type: 'deliver' }, STAFF.cashier, facts(0)]).status).toBe('delivered');
  });

  it('refuses while something is owed, naming the amount', () => {
    expect(expectRefused(ready(), { type: 'deliver' }, STAFF.reception, 'owed', facts(45_000))?.params).toEqual({ owedMinor: 45_000 });
  });

  it('only a manager or admin marks paid or approves credit', () => {
    for (const actor of [STAFF.reception, STAFF.cashier, STAFF.tech]) {
      expectRefused(ready(), { type: 'markPaid' }, actor, 'roleNotAllowed');
      expectRefused(ready(), { type: 'approveCredit', reason: 'Regular customer' }, actor, 'roleNotAllowed');
    }
    const credit = run(ready(), [{ type: 'approveCredit', reason: 'Regular customer' }, STAFF.admin]);
    expect(credit.settlement.creditApprovedBy).toBe(STAFF.admin.id);
    expect(run(credit, [{ type: 'deliver' }, STAFF.reception, facts(45_000)]).status).toBe('delivered');
  });

  it('returning a job unrepaired obeys the same rule', () => {
    const diagnosing = run(received(), [{ type: 'startDiagnosis' }, STAFF.tech]);
    expectRefused(diagnosing, { type: 'returnUnrepaired', reason: 'No parts' }, STAFF.reception, 'owed', facts(3000));
    expect(run(diagnosing, [{ type: 'returnUnrepaired', reason: 'No parts' }, STAFF.reception, facts(0)]).status).toBe(
      'returnedUnrepaired',
    );
  });

  it('a closed job refuses everything', () => {
    const delivered = run(ready(), [{ type: 'deliver' }, STAFF.cashier]);
    for (const event of [{ type: 'markPaid' }, { type: 'cancel', reason: 'x' }, { type: 'deliver' }, extraWork] as JobEvent[])
      expectRefused(delivered, event, STAFF.admin, 'jobClosed');
  });
});

describe('who may move a job, and from where', () => {
  it('the desk does not do workshop moves, the workshop does not dispatch, the cashier does not cancel', () => {
    expectRefused(received(), { type: 'startDiagnosis' }, STAFF.reception, 'roleNotAllowed');
    expectRefused(inRepair(), { type: 'submitForQc' }, STAFF.cashier, 'roleNotAllowed');
    expectRefused(received(), { type: 'assign', technicianId: 4 }, STAFF.tech, 'roleNotAllowed');
    expectRefused(received(), { type: 'cancel', reason: 'x' }, STAFF.cashier, 'roleNotAllowed');
    expectRefused(run(checked(), [{ type: 'markReady' }, STAFF.tech]), { type: 'deliver' }, STAFF.tech, 'roleNotAllowed');
  });

  it('only the technician dispatched works the job; a manager may step in', () => {
    expectRefused(inRepair(), { type: 'submitForQc' }, STAFF.tech2, 'notAssigned');
    expect(run(inRepair(), [{ type: 'submitForQc' }, STAFF.manager]).status).toBe('qualityCheck');
    const dispatched = run(received(), [{ type: 'assign', technicianId: STAFF.tech2.id }, STAFF.reception]);
    expectRefused(dispatched, { type: 'startDiagnosis' }, STAFF.tech, 'notAssigned');
    expect(run(dispatched, [{ type: 'startDiagnosis' }, STAFF.manager]).technicianId).toBe(STAFF.tech2.id);
    expectRefused(run(dispatched, [{ type: 'startDiagnosis' }, STAFF.tech2]), { type: 'startRepair' }, STAFF.tech, 'notAssigned');
  });

  it.each([
    ['received', { type: 'startRepair' }],
    ['received', { type: 'submitForQc' }],
    ['received', { type: 'markReady' }],
    ['received', { type: 'deliver' }],
    ['received', { type: 'returnUnrepaired', reason: 'x' }],
    ['inRepair', { type: 'cancel', reason: 'x' }],
    ['inRepair', { type: 'startDiagnosis' }],
    ['inRepair', { type: 'partsArrived' }],
    ['inRepair', { type: 'resume' }],
    ['inRepair', { type: 'deliver' }],
    ['qualityCheck', { type: 'assign', technicianId: 4 }],
    ['qualityCheck', { type: 'pause', reason: 'x' }],
  ] as [string, JobEvent][])('from %s, %o is an illegal move', (from, event) => {
    const state = { received: received(), inRepair: inRepair(), qualityCheck: run(inRepair(), [{ type: 'submitForQc' }, STAFF.tech]) }[
      from
    ];
    if (!state) throw new Error(from);
    expectRefused(state, event, STAFF.admin, 'illegalMove');
  });

  it('pausing and resuming returns to where the job was, even with extra work answered in between', () => {
    const waitingParts = run(inRepair(), [{ type: 'waitForParts', note: 'Screen ordered' }, STAFF.tech]);
    const paused = run(waitingParts, [{ type: 'pause', reason: 'Customer abroad' }, STAFF.tech]);
    expect(run(paused, [{ type: 'resume' }, STAFF.tech]).status).toBe('awaitingParts');
    const answered = run(paused, [extraWork, STAFF.tech], [answer('approved'), STAFF.reception]);
    expect(answered.status).toBe('paused');
    expect(run(answered, [{ type: 'resume' }, STAFF.tech], [{ type: 'partsArrived' }, STAFF.tech]).status).toBe('inRepair');
  });
});

describe('event input', () => {
  const issues = (value: unknown) => {
    const r = jobEvent.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses negative prices, zero quantities, no lines, unknown fields and unknown events, naming the field', () => {
    expect(issues({ type: 'findWork', lines: [{ ...BOARD, unitPriceMinor: -1 }], note: '' })).toEqual([
      'lines.0.unitPriceMinor: must be at least 0',
    ]);
    expect(issues({ type: 'findWork', lines: [{ ...BOARD, quantity: 0 }], note: '' })).toEqual(['lines.0.quantity: must be at least 1']);
    expect(issues({ type: 'findWork', lines: [], note: '' })).toEqual(['lines: needs at least one line']);
    expect(issues({ type: 'markPaid', amount: 5 })).toEqual([expect.stringContaining('amount')]);
    expect(issues({ type: 'teleport' })).toEqual(['type: must be a known job event']);
    expect(issues({ ...answer('approved'), channel: 'pigeon' })).toEqual(['channel: must be in person, phone or message']);
    expect(issues(answer('approved'))).toEqual([]);
  });
});

describe('the words for statuses, events and refusals', () => {
  it('exist in en and zh-CN for every code', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const words = resources[language].jobs;
      expect(Object.keys(words.statuses).sort()).toEqual([...JOB_STATUSES].sort());
      expect(Object.keys(words.refusals).sort()).toEqual([...JOB_REFUSALS].sort());
      // Every event, and the intake that begins a job's trail (read from the job's row).
      expect(Object.keys(words.events).sort()).toEqual([...jobEvent.options.map((o) => o.shape.type.value), 'intake'].sort());
    }
  });
});
