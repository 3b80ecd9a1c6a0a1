import type { Service, Ticket } from '../../../../shared/contract/queue.ts';
import type { ApiError } from '../../api/errors.ts';

/** A number just given out: by a walk-in key press or an appointment's check-in. */
export interface IssuedNumber {
  ticket: Ticket;
  service: Service;
  ahead: number;
  estimatedMinutes: number;
  printJobId: number | null;
}

/** What the confirmation panel shows after the last key press. */
export type Outcome = { kind: 'issued'; issued: IssuedNumber } | { kind: 'refused'; service: Service; error: ApiError } | null;

/** The busy warning waiting for Enter or Esc. */
export interface BusyWarning {
  service: Service;
  waiting: number;
  minutes: number;
}
