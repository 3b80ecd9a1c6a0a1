import type { JobEventType, JobStatus } from './contract/job-events.ts';
import { OPEN_JOB_STATUSES } from './contract/job-events.ts';
import type { Role } from './roles.ts';

/**
 * Who may do what from where: for each event, the statuses it may happen in and the roles that may do it.
 * The core's state machine enforces it (electron/core/services/jobs/job-machine.ts checks the gates on top);
 * the console reads it to offer only what the core would accept.
 */

const WORKSHOP: readonly Role[] = ['technician', 'manager', 'admin'];
const DESK: readonly Role[] = ['reception', 'manager', 'admin'];
const HANDOVER: readonly Role[] = ['reception', 'cashier', 'manager', 'admin'];
const APPROVERS: readonly Role[] = ['manager', 'admin'];

interface Move {
  from: readonly JobStatus[];
  roles: readonly Role[];
  /** Work on the item itself: refused while the customer's answer to extra work is awaited. */
  work: boolean;
}

export const MOVES: Record<JobEventType, Move> = {
  assign: { from: ['received', 'diagnosing', 'awaitingApproval', 'awaitingParts', 'inRepair', 'paused'], roles: DESK, work: false },
  startDiagnosis: { from: ['received'], roles: WORKSHOP, work: true },
  findWork: { from: ['diagnosing', 'awaitingParts', 'inRepair', 'paused'], roles: WORKSHOP, work: true },
  recordAnswer: { from: ['awaitingApproval'], roles: ['reception', 'technician', 'manager', 'admin'], work: false },
  startRepair: { from: ['diagnosing'], roles: WORKSHOP, work: true },
  waitForParts: { from: ['diagnosing', 'inRepair'], roles: WORKSHOP, work: true },
  partsArrived: { from: ['awaitingParts'], roles: WORKSHOP, work: true },
  pause: { from: ['diagnosing', 'awaitingParts', 'inRepair'], roles: WORKSHOP, work: true },
  resume: { from: ['paused'], roles: WORKSHOP, work: true },
  submitForQc: { from: ['inRepair'], roles: WORKSHOP, work: true },
  qcSelfCheck: { from: ['qualityCheck'], roles: WORKSHOP, work: true },
  qcSecondCheck: { from: ['qualityCheck'], roles: WORKSHOP, work: true },
  markReady: { from: ['qualityCheck'], roles: WORKSHOP, work: true },
  markPaid: { from: OPEN_JOB_STATUSES, roles: APPROVERS, work: false },
  approveCredit: { from: OPEN_JOB_STATUSES, roles: APPROVERS, work: false },
  deliver: { from: ['ready'], roles: HANDOVER, work: false },
  returnUnrepaired: { from: ['diagnosing', 'awaitingParts', 'paused'], roles: HANDOVER, work: false },
  cancel: { from: ['received', 'diagnosing', 'awaitingApproval'], roles: DESK, work: false },
};
