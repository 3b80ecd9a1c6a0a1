import type { JobEventType, JobStatus } from '../../../../shared/contract/job-events.ts';
import type { Role } from '../../../../shared/roles.ts';
import { STATUS } from '../../theme.ts';

/** The board's columns, in the workshop's order. */
export const BOARD_STATUSES = [
  'received',
  'diagnosing',
  'awaitingApproval',
  'awaitingParts',
  'inRepair',
  'paused',
  'qualityCheck',
  'ready',
] as const satisfies readonly JobStatus[];
export type BoardStatus = (typeof BOARD_STATUSES)[number];

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

const WORKSHOP: readonly Role[] = ['technician', 'manager', 'admin'];
const DESK: readonly Role[] = ['reception', 'manager', 'admin'];
const HANDOVER: readonly Role[] = ['reception', 'cashier', 'manager', 'admin'];
const APPROVERS: readonly Role[] = ['manager', 'admin'];

interface Offer {
  from: readonly BoardStatus[];
  roles: readonly Role[];
  /** The key that does it on the focused card. */
  key: string;
  /** The column it leads to when that is fixed (a drag there does it). */
  to?: BoardStatus;
}

/**
 * What the screens offer, by status and role: the core's table (electron/core/services/jobs/job-moves.ts)
 * seen from the console, which cannot import it. The core decides; a refusal is shown in words.
 */
export const OFFERS: Record<JobEventType, Offer> = {
  assign: { from: ['received', 'diagnosing', 'awaitingApproval', 'awaitingParts', 'inRepair', 'paused'], roles: DESK, key: 'D' },
  startDiagnosis: { from: ['received'], roles: WORKSHOP, key: 'S', to: 'diagnosing' },
  findWork: { from: ['diagnosing', 'awaitingParts', 'inRepair', 'paused'], roles: WORKSHOP, key: 'E', to: 'awaitingApproval' },
  recordAnswer: { from: ['awaitingApproval'], roles: ['reception', 'technician', 'manager', 'admin'], key: 'A' },
  startRepair: { from: ['diagnosing'], roles: WORKSHOP, key: 'R', to: 'inRepair' },
  waitForParts: { from: ['diagnosing', 'inRepair'], roles: WORKSHOP, key: 'P', to: 'awaitingParts' },
  partsArrived: { from: ['awaitingParts'], roles: WORKSHOP, key: 'P', to: 'inRepair' },
  pause: { from: ['diagnosing', 'awaitingParts', 'inRepair'], roles: WORKSHOP, key: 'Z', to: 'paused' },
  resume: { from: ['paused'], roles: WORKSHOP, key: 'Z' },
  submitForQc: { from: ['inRepair'], roles: WORKSHOP, key: 'Q', to: 'qualityCheck' },
  qcSelfCheck: { from: ['qualityCheck'], roles: WORKSHOP, key: 'C' },
  qcSecondCheck: { from: ['qualityCheck'], roles: WORKSHOP, key: 'V' },
  markReady: { from: ['qualityCheck'], roles: WORKSHOP, key: 'R', to: 'ready' },
  markPaid: { from: BOARD_STATUSES, roles: APPROVERS, key: 'M' },
  approveCredit: { from: BOARD_STATUSES, roles: APPROVERS, key: 'T' },
  deliver: { from: ['ready'], roles: HANDOVER, key: 'O' },
  returnUnrepaired: { from: ['diagnosing', 'awaitingParts', 'paused'], roles: HANDOVER, key: 'U' },
  cancel: { from: ['received', 'diagnosing', 'awaitingApproval'], roles: DESK, key: 'X' },
};

const EVENT_TYPES = Object.keys(OFFERS) as JobEventType[];

export function isBoardStatus(status: JobStatus): status is BoardStatus {
  return (BOARD_STATUSES as readonly JobStatus[]).includes(status);
}

/** The events a role is offered on a job in this status, in the table's order. */
export function offeredEvents(status: JobStatus, role: Role): JobEventType[] {
  if (!isBoardStatus(status)) return [];
  return EVENT_TYPES.filter((type) => OFFERS[type].from.includes(status) && OFFERS[type].roles.includes(role));
}

/** The events that take a card from its column to another (a drag there). */
export function eventsLeadingTo(from: JobStatus, to: BoardStatus, role: Role): JobEventType[] {
  return offeredEvents(from, role).filter((type) => OFFERS[type].to === to);
}
