import { expect } from 'vitest';
import {
  newJobState,
  transition,
  type JobActor,
  type JobEvent,
  type JobFacts,
  type JobState,
} from '../../electron/core/services/jobs/index.ts';

/** The shop's staff for job state-machine tests: ids are people, roles what they may do. */
export const STAFF = {
  reception: { id: 1, role: 'reception' },
  cashier: { id: 2, role: 'cashier' },
  tech: { id: 3, role: 'technician' },
  tech2: { id: 4, role: 'technician' },
  manager: { id: 5, role: 'manager' },
  admin: { id: 6, role: 'admin' },
} as const satisfies Record<string, JobActor>;

export const NOW = '2026-03-02T08:00:00.000Z';
export const facts = (owedMinor = 0, now = NOW): JobFacts => ({ now, owedMinor });

const SCREEN = { kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 } as const;
export const BOARD = { kind: 'part', description: 'Charging board', quantity: 1, unitPriceMinor: 12_000 } as const;

/** A job as intake leaves it: the screen quoted and signed for. */
export const received = (): JobState => newJobState([SCREEN]);

/** Freezes a state all the way down, so a transition that changed it in place would throw. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Applies events that must all be accepted, returning the job afterwards. */
export function run(state: JobState, ...steps: [JobEvent, JobActor, JobFacts?][]): JobState {
  let s = state;
  for (const [event, actor, f] of steps) {
    const t = transition(frozen(s), event, actor, f ?? facts());
    if (!t.ok) throw new Error(`${event.type} by ${actor.role} from ${s.status} was refused: ${t.refusal.code}`);
    s = t.state;
  }
  return s;
}

/** Expects one event to be refused with `code`, the job untouched. */
export function expectRefused(state: JobState, event: JobEvent, actor: JobActor, code: string, f: JobFacts = facts()) {
  const t = transition(frozen(state), event, actor, f);
  expect(t.ok ? `accepted, now ${t.state.status}` : t.refusal.code, `${event.type} by ${actor.role} from ${state.status}`).toBe(code);
  return t.ok ? null : t.refusal;
}

/** A job on the bench: diagnosed by `tech` and being repaired. */
export const inRepair = () => run(received(), [{ type: 'startDiagnosis' }, STAFF.tech], [{ type: 'startRepair' }, STAFF.tech]);

/** A repaired job through both checks, ready to be marked ready. */
export const checked = () =>
  run(
    inRepair(),
    [{ type: 'submitForQc' }, STAFF.tech],
    [{ type: 'qcSelfCheck', passed: true, note: '' }, STAFF.tech],
    [{ type: 'qcSecondCheck', passed: true, note: '' }, STAFF.tech2],
  );
