import { OPEN_JOB_STATUSES, type JobEventType, type JobStatus, type OpenJobStatus } from '../../../../shared/contract/job-events.ts';
import { MOVES } from '../../../../shared/job-moves.ts';
import type { Role } from '../../../../shared/roles.ts';
import { STATUS } from '../../theme.ts';

/** The board's columns, in the workshop's order: the open statuses. */
export const BOARD_STATUSES = OPEN_JOB_STATUSES;
export type BoardStatus = OpenJobStatus;

/** Red while it waits, yellow while someone works on it, green when it is done (docs/jobs.md). */
export const STATUS_COLOUR: Record<BoardStatus, string> = {
  received: STATUS.danger,
  diagnosing: STATUS.warn,
  awaitingApproval: STATUS.danger,
  awaitingParts: STATUS.danger,
  inRepair: STATUS.warn,
  paused: STATUS.danger,
  qualityCheck: STATUS.warn,
  ready: STATUS.ok,
};

interface Offer {
  /** The key that does it on the focused card. */
  key: string;
  /** The column it leads to when that is fixed (a drag there does it). */
  to?: BoardStatus;
}

/**
 * How the screens offer each event: its key and, when fixed, the column it leads to. Which statuses and
 * roles it is offered for is the core's own table (shared/job-moves.ts); the core decides, a refusal is
 * shown in words.
 */
export const OFFERS: Record<JobEventType, Offer> = {
  assign: { key: 'D' },
  startDiagnosis: { key: 'S', to: 'diagnosing' },
  findWork: { key: 'E', to: 'awaitingApproval' },
  recordAnswer: { key: 'A' },
  startRepair: { key: 'R', to: 'inRepair' },
  waitForParts: { key: 'P', to: 'awaitingParts' },
  partsArrived: { key: 'P', to: 'inRepair' },
  pause: { key: 'Z', to: 'paused' },
  resume: { key: 'Z' },
  submitForQc: { key: 'Q', to: 'qualityCheck' },
  qcSelfCheck: { key: 'C' },
  qcSecondCheck: { key: 'V' },
  markReady: { key: 'R', to: 'ready' },
  markPaid: { key: 'M' },
  approveCredit: { key: 'T' },
  deliver: { key: 'O' },
  returnUnrepaired: { key: 'U' },
  cancel: { key: 'X' },
};

const EVENT_TYPES = Object.keys(OFFERS) as JobEventType[];

export function isBoardStatus(status: JobStatus): status is BoardStatus {
  return (BOARD_STATUSES as readonly JobStatus[]).includes(status);
}

/** The events a role is offered on a job in this status, in the table's order. */
export function offeredEvents(status: JobStatus, role: Role): JobEventType[] {
  if (!isBoardStatus(status)) return [];
  return EVENT_TYPES.filter((type) => MOVES[type].from.includes(status) && MOVES[type].roles.includes(role));
}

/** The events that take a card from its column to another (a drag there). */
export function eventsLeadingTo(from: JobStatus, to: BoardStatus, role: Role): JobEventType[] {
  return offeredEvents(from, role).filter((type) => OFFERS[type].to === to);
}
