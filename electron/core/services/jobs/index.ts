/**
 * Jobs' public module: the pure rules every later part of the area (the store, the contract, the
 * screens' checks) builds on. The warranty engine decides a case from the rules and the facts of the
 * intake; the state machine moves a job by one event or refuses with a code. See docs/jobs.md.
 */
export { evaluateWarranty, WARRANTY_OUTCOMES, WARRANTY_REASONS } from './warranty.ts';
export type { WarrantyCase, WarrantyVerdict } from './warranty.ts';
export { EXCLUSIONS, warrantyRuleSet } from './warranty-rules.ts';
export { WARRANTY_PRESETS } from './warranty-presets.ts';
export { JOB_STATUSES, jobEvent } from './job-events.ts';
export type { JobEvent, JobStatus } from './job-events.ts';
export { newJobState } from './job-state.ts';
export type { JobActor, JobFacts, JobState } from './job-state.ts';
export { JOB_REFUSALS, transition } from './job-machine.ts';
