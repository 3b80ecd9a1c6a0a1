import type { JobEvent, JobEventType, JobStatus } from '../../../../shared/contract/job-events.ts';
import { FINAL_STATUSES } from '../../../../shared/contract/job-events.ts';
import { MOVES } from '../../../../shared/job-moves.ts';
import type { JobActor, JobFacts, JobLine, JobState } from './job-state.ts';

/**
 * The job state machine: a pure function from a job, an event, who does it and the facts of the moment,
 * to the job afterwards or a refusal naming why. The store persists what it returns; the screens only ask.
 */

export const JOB_REFUSALS = [
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
] as const;
interface JobRefusal {
  code: (typeof JOB_REFUSALS)[number];
  params: Record<string, string | number>;
}

/** One accepted step, for the job's trail. */
interface JobStep {
  event: JobEventType;
  from: JobStatus;
  to: JobStatus;
  by: number;
  at: string;
}

export type JobTransition = { ok: true; state: JobState; step: JobStep } | { ok: false; refusal: JobRefusal };

const refuse = (code: JobRefusal['code'], params: JobRefusal['params'] = {}): JobTransition => ({ ok: false, refusal: { code, params } });

/** The moves by the workshop that only the technician on the job (or a manager) may make. */
const ASSIGNED_ONLY: readonly JobEventType[] = [
  'startDiagnosis',
  'findWork',
  'startRepair',
  'waitForParts',
  'partsArrived',
  'pause',
  'resume',
  'submitForQc',
  'markReady',
];

function refusalBeforeGates(state: JobState, event: JobEvent, actor: JobActor): JobTransition | null {
  const move = MOVES[event.type];
  if (FINAL_STATUSES.includes(state.status)) return refuse('jobClosed', { status: state.status });
  if (!move.roles.includes(actor.role)) return refuse('roleNotAllowed', { role: actor.role, event: event.type });
  if (state.status === 'awaitingApproval' && move.work) return refuse('approvalPending');
  if (event.type === 'recordAnswer' && state.status !== 'awaitingApproval') return refuse('notAwaitingApproval', { status: state.status });
  if (!move.from.includes(state.status)) return refuse('illegalMove', { status: state.status, event: event.type });
  const assigned = state.technicianId;
  const onlyTheirs = event.type === 'qcSelfCheck' || (ASSIGNED_ONLY.includes(event.type) && actor.role === 'technician');
  if (onlyTheirs && assigned !== null && assigned !== actor.id) return refuse('notAssigned', { technicianId: assigned });
  return null;
}

const pendingTo = (lines: JobLine[], status: JobLine['status']): JobLine[] =>
  lines.map((l) => (l.status === 'pending' ? { ...l, status } : l));

/** Applies an event already allowed by status and role; returns the new state or a gate's refusal. */
function apply(state: JobState, event: JobEvent, actor: JobActor, facts: JobFacts): JobState | JobTransition {
  const to = (status: JobStatus, more: Partial<JobState> = {}): JobState => ({ ...state, ...more, status });
  const noQc = { selfCheckBy: null, secondCheckBy: null };
  switch (event.type) {
    case 'assign':
      return { ...state, technicianId: event.technicianId };
    case 'startDiagnosis':
      return to('diagnosing', { technicianId: state.technicianId ?? actor.id });
    case 'findWork': {
      const next = state.lines.length + 1;
      const added = event.lines.map((line, i): JobLine => ({ ...line, id: next + i, status: 'pending' }));
      return to('awaitingApproval', { lines: [...state.lines, ...added], answerReturnsTo: state.status });
    }
    case 'recordAnswer': {
      if (Date.parse(event.answeredAt) > Date.parse(facts.now)) return refuse('answerInFuture', { answeredAt: event.answeredAt });
      const lineIds = state.lines.filter((l) => l.status === 'pending').map((l) => l.id);
      const approved = event.decision === 'approved';
      return to(state.answerReturnsTo ?? 'diagnosing', {
        lines: pendingTo(state.lines, approved ? 'accepted' : 'refused'),
        answers: [
          ...state.answers,
          {
            decision: event.decision,
            answeredBy: event.answeredBy,
            channel: event.channel,
            answeredAt: event.answeredAt,
            recordedBy: actor.id,
            lineIds,
          },
        ],
        answerReturnsTo: null,
        // Newly accepted work is not covered by an earlier "marked paid".
        settlement: approved ? { ...state.settlement, paidMarkedBy: null } : state.settlement,
      });
    }
    case 'startRepair':
    case 'partsArrived':
      return to('inRepair');
    case 'waitForParts':
      return to('awaitingParts');
    case 'pause':
      return to('paused', { pausedFrom: state.status });
    case 'resume':
      return to(state.pausedFrom ?? 'inRepair', { pausedFrom: null });
    case 'submitForQc':
      return to('qualityCheck', { qc: noQc });
    case 'qcSelfCheck':
      return event.passed ? { ...state, qc: { selfCheckBy: actor.id, secondCheckBy: null } } : to('inRepair', { qc: noQc });
    case 'qcSecondCheck':
      if (state.qc.selfCheckBy === null) return refuse('qcSelfCheckMissing');
      if (state.qc.selfCheckBy === actor.id) return refuse('qcSamePerson');
      return event.passed ? { ...state, qc: { ...state.qc, secondCheckBy: actor.id } } : to('inRepair', { qc: noQc });
    case 'markReady': {
      const { selfCheckBy, secondCheckBy } = state.qc;
      if (selfCheckBy === null || secondCheckBy === null) return refuse('qcIncomplete');
      if (selfCheckBy === secondCheckBy) return refuse('qcSamePerson');
      return to('ready');
    }
    case 'markPaid':
      return { ...state, settlement: { ...state.settlement, paidMarkedBy: actor.id } };
    case 'approveCredit':
      return { ...state, settlement: { ...state.settlement, creditApprovedBy: actor.id } };
    case 'deliver':
    case 'returnUnrepaired': {
      const { paidMarkedBy, creditApprovedBy } = state.settlement;
      if (facts.owedMinor > 0 && paidMarkedBy === null && creditApprovedBy === null) return refuse('owed', { owedMinor: facts.owedMinor });
      return to(event.type === 'deliver' ? 'delivered' : 'returnedUnrepaired');
    }
    case 'cancel':
      return to('cancelled', { lines: pendingTo(state.lines, 'refused'), answerReturnsTo: null });
  }
}

/** Moves a job by one event, or refuses with a code naming the rule that stops it. */
export function transition(state: JobState, event: JobEvent, actor: JobActor, facts: JobFacts): JobTransition {
  const refused = refusalBeforeGates(state, event, actor);
  if (refused) return refused;
  const result = apply(state, event, actor, facts);
  if ('ok' in result) return result;
  return { ok: true, state: result, step: { event: event.type, from: state.status, to: result.status, by: actor.id, at: facts.now } };
}
