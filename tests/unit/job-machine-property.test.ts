import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, transition, type JobEvent, type JobState, type JobStatus } from '../../electron/core/services/jobs/index.ts';
import { BOARD, frozen, received, STAFF } from '../support/jobs.ts';

/**
 * Random sequences of events, by random staff, against the job state machine. The rules below are
 * written from the issue, not read from the machine: after every event the job must be in a state
 * they allow, and each accepted move must be one they allow.
 */

/** Where a job may go from each status (a move that keeps the status, like a dispatch, is always allowed). */
const EDGES: Record<JobStatus, JobStatus[]> = {
  received: ['diagnosing', 'cancelled'],
  diagnosing: ['awaitingApproval', 'awaitingParts', 'inRepair', 'paused', 'cancelled', 'returnedUnrepaired'],
  awaitingApproval: ['diagnosing', 'awaitingParts', 'inRepair', 'paused', 'cancelled'],
  awaitingParts: ['awaitingApproval', 'inRepair', 'paused', 'returnedUnrepaired'],
  inRepair: ['awaitingApproval', 'awaitingParts', 'paused', 'qualityCheck'],
  paused: ['awaitingApproval', 'diagnosing', 'awaitingParts', 'inRepair', 'returnedUnrepaired'],
  qualityCheck: ['inRepair', 'ready'],
  ready: ['delivered'],
  delivered: [],
  cancelled: [],
  returnedUnrepaired: [],
};
const FINAL: JobStatus[] = ['delivered', 'cancelled', 'returnedUnrepaired'];

/** Events likely to be legal in each status, so random runs get all the way to the end often enough. */
const LIKELY: Record<JobStatus, JobEvent['type'][]> = {
  received: ['assign', 'startDiagnosis', 'startDiagnosis', 'cancel'],
  diagnosing: ['findWork', 'startRepair', 'waitForParts', 'pause', 'returnUnrepaired', 'assign'],
  awaitingApproval: ['recordAnswer', 'recordAnswer', 'cancel', 'startRepair'],
  awaitingParts: ['partsArrived', 'findWork', 'pause', 'returnUnrepaired'],
  inRepair: ['findWork', 'waitForParts', 'pause', 'submitForQc', 'submitForQc'],
  paused: ['resume', 'findWork', 'returnUnrepaired'],
  qualityCheck: ['qcSelfCheck', 'qcSecondCheck', 'markReady'],
  ready: ['markPaid', 'approveCredit', 'deliver', 'deliver'],
  delivered: ['deliver'],
  cancelled: ['cancel'],
  returnedUnrepaired: ['resume'],
};
const ALL_TYPES = [...new Set(Object.values(LIKELY).flat()), 'markPaid', 'approveCredit'] as JobEvent['type'][];
const PEOPLE = Object.values(STAFF);

const step = fc.record({
  anyEvent: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  pick: fc.nat(),
  /** Half the time the technician on the job acts, else anyone. */
  assigned: fc.boolean(),
  actor: fc.constantFrom(...PEOPLE),
  owedMinor: fc.constantFrom(0, 0, 2500),
  passed: fc.constantFrom(true, true, true, false),
  future: fc.constantFrom(false, false, false, true),
  lines: fc.integer({ min: 1, max: 2 }),
  decision: fc.constantFrom('approved' as const, 'refused' as const),
  channel: fc.constantFrom('inPerson' as const, 'phone' as const, 'message' as const),
  technician: fc.constantFrom(STAFF.tech.id, STAFF.tech2.id),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function eventFor(status: JobStatus, s: Step, now: number): JobEvent {
  const types = s.anyEvent ? ALL_TYPES : LIKELY[status];
  const type = types[s.pick % types.length] ?? 'resume';
  switch (type) {
    case 'assign':
      return { type, technicianId: s.technician };
    case 'findWork':
      return { type, lines: Array.from({ length: s.lines }, () => BOARD), note: '' };
    case 'recordAnswer':
      return {
        type,
        decision: s.decision,
        answeredBy: '李女士',
        channel: s.channel,
        answeredAt: new Date(now + (s.future ? 60_000 : -60_000)).toISOString(),
      };
    case 'qcSelfCheck':
    case 'qcSecondCheck':
      return { type, passed: s.passed, note: '' };
    case 'pause':
    case 'approveCredit':
    case 'returnUnrepaired':
    case 'cancel':
      return { type, reason: 'Random reason' };
    case 'waitForParts':
      return { type, note: '' };
    default:
      return { type };
  }
}

interface Trace {
  /** The passed checks since the job last went into quality check. */
  selfCheckBy: number | null;
  secondCheckBy: number | null;
  /** A manager's "paid" since the last approved extra work, or a manager's credit. */
  paidOrCredit: boolean;
}

describe('the job state machine under random operations', () => {
  it('never lets a job reach a state the rules forbid', () => {
    const reached = new Set<JobStatus>();
    const refusals = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 120, size: 'max' }), (steps) => {
        let job: JobState = frozen(received());
        const trace: Trace = { selfCheckBy: null, secondCheckBy: null, paidOrCredit: false };
        steps.forEach((s, i) => {
          const now = Date.parse('2026-03-02T08:00:00Z') + i * 60_000;
          const event = eventFor(job.status, s, now);
          const before = job;
          const technician = job.technicianId;
          const actor = (s.assigned && PEOPLE.find((p) => p.id === technician)) || s.actor;
          const t = transition(before, event, actor, { now: new Date(now).toISOString(), owedMinor: s.owedMinor });
          if (!t.ok) {
            refusals.add(t.refusal.code);
            if (FINAL.includes(before.status)) expect(t.refusal.code).toBe('jobClosed');
            return;
          }
          job = frozen(t.state);
          reached.add(job.status);
          const { from, to } = t.step;
          expect(from).toBe(before.status);
          expect(FINAL, `nothing moves a closed job (${event.type})`).not.toContain(from);
          if (from !== to) expect(EDGES[from], `${from} → ${to} by ${event.type}`).toContain(to);

          // Extra work: lines wait for the customer exactly while the job is awaiting approval, and it leaves
          // that status only through a recorded answer (who, how, when, not later than now) or a cancellation.
          expect(job.lines.some((l) => l.status === 'pending')).toBe(job.status === 'awaitingApproval');
          if (from === 'awaitingApproval' && to !== 'awaitingApproval') {
            expect(['recordAnswer', 'cancel']).toContain(event.type);
            if (event.type === 'recordAnswer') {
              expect(job.answers.at(-1)).toMatchObject({ answeredBy: '李女士', channel: s.channel, recordedBy: actor.id });
              expect(Date.parse(event.answeredAt)).toBeLessThanOrEqual(now);
            }
          }
          if (from === 'awaitingApproval') expect(['recordAnswer', 'cancel', 'assign', 'markPaid', 'approveCredit']).toContain(event.type);

          // Workshop moves are the assigned technician's, or a manager's.
          const workshop = [
            'startDiagnosis',
            'startRepair',
            'waitForParts',
            'partsArrived',
            'pause',
            'resume',
            'submitForQc',
            'markReady',
            'findWork',
          ];
          if (workshop.includes(event.type)) {
            expect(['technician', 'manager', 'admin']).toContain(actor.role);
            if (actor.role === 'technician')
              expect([actor.id, null], 'a technician works only their own job or nobody’s').toContain(technician);
          }

          // Quality check: the technician's own check, then another person's, since it last went into QC.
          if (event.type === 'submitForQc') Object.assign(trace, { selfCheckBy: null, secondCheckBy: null });
          if (event.type === 'qcSelfCheck' && event.passed) trace.selfCheckBy = actor.id;
          if (event.type === 'qcSecondCheck' && event.passed) trace.secondCheckBy = actor.id;
          if (to === 'ready' && from !== 'ready') {
            expect(from).toBe('qualityCheck');
            expect(trace.selfCheckBy).toBe(technician);
            expect(trace.secondCheckBy).not.toBeNull();
            expect(trace.secondCheckBy).not.toBe(trace.selfCheckBy);
          }

          // Money: handed back only when nothing is owed, or a manager marked it paid (since the last
          // approved extra work) or approved credit.
          if (event.type === 'markPaid' || event.type === 'approveCredit') {
            expect(['manager', 'admin']).toContain(actor.role);
            trace.paidOrCredit = true;
          }
          if (event.type === 'recordAnswer' && event.decision === 'approved' && job.settlement.creditApprovedBy === null)
            trace.paidOrCredit = false;
          if (to === 'delivered' || to === 'returnedUnrepaired') {
            expect(['reception', 'cashier', 'manager', 'admin']).toContain(actor.role);
            if (s.owedMinor > 0) expect(trace.paidOrCredit, 'handed back while owed').toBe(true);
          }
        });
      }),
      { numRuns: 800, seed: 20261203 },
    );
    // The property is only worth something if the random runs reach every status and every gate.
    expect([...reached].sort()).toEqual([...JOB_STATUSES].sort());
    expect([...refusals].sort()).toEqual(
      [
        'jobClosed',
        'roleNotAllowed',
        'illegalMove',
        'approvalPending',
        'notAwaitingApproval',
        'answerInFuture',
        'notAssigned',
        'qcSelfCheckMissing',
        'qcSamePerson',
        'qcIncomplete',
        'owed',
      ].sort(),
    );
  });
});
