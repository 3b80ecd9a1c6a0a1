import type { Role } from '../../../../shared/roles.ts';
import type { ANSWER_CHANNELS, JobLineInput, JobStatus } from '../../../../shared/contract/job-events.ts';

/** A line as the job holds it: accepted (signed at intake or approved), waiting for the customer, or refused. */
export interface JobLine extends JobLineInput {
  id: number;
  status: 'accepted' | 'pending' | 'refused';
}

/** The customer's answer to extra work: who gave it, how, when, and who at the shop recorded it. */
interface JobAnswer {
  decision: 'approved' | 'refused';
  answeredBy: string;
  channel: (typeof ANSWER_CHANNELS)[number];
  answeredAt: string;
  recordedBy: number;
  lineIds: number[];
}

/** What the state machine needs to know about a job; the store keeps it in the job's row and lines. */
export interface JobState {
  status: JobStatus;
  technicianId: number | null;
  lines: JobLine[];
  answers: JobAnswer[];
  /** Where an answer to extra work sends the job back to. */
  answerReturnsTo: JobStatus | null;
  /** Where resuming a paused job takes it. */
  pausedFrom: JobStatus | null;
  /** The quality check under way: the technician's own check, then a second person's. */
  qc: { selfCheckBy: number | null; secondCheckBy: number | null };
  /** Until the cashier lands: a manager marks the accepted work paid, or approves delivery on credit. */
  settlement: { paidMarkedBy: number | null; creditApprovedBy: number | null };
}

export interface JobActor {
  id: number;
  role: Role;
}

/** Facts from outside the job: the time now, and what the customer still owes (after deposit and payments). */
export interface JobFacts {
  now: string;
  owedMinor: number;
}

/** A job just taken in: its estimate lines were signed for by the customer at intake. */
export function newJobState(lines: readonly JobLineInput[]): JobState {
  return {
    status: 'received',
    technicianId: null,
    lines: lines.map((line, i) => ({ ...line, id: i + 1, status: 'accepted' })),
    answers: [],
    answerReturnsTo: null,
    pausedFrom: null,
    qc: { selfCheckBy: null, secondCheckBy: null },
    settlement: { paidMarkedBy: null, creditApprovedBy: null },
  };
}
