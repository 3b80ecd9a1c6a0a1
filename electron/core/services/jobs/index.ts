/**
 * Jobs' public module: the pure rules (the warranty engine decides a case from the rules and the facts
 * of the intake; the state machine moves a job by one event or refuses with a code), and what other
 * areas may use of the store side (a customer's jobs, the demo's jobs, the display's pickup list). See docs/jobs.md.
 */
export { evaluateWarranty, WARRANTY_REASONS } from './warranty.ts';
export type { WarrantyCase, WarrantyVerdict } from './warranty.ts';
export { EXCLUSIONS, WARRANTY_OUTCOMES, warrantyRuleSet } from '../../../../shared/contract/warranty-rules.ts';
export { WARRANTY_PRESETS } from './warranty-presets.ts';
export { JOB_STATUSES, jobEvent } from '../../../../shared/contract/job-events.ts';
export type { JobEvent, JobStatus } from '../../../../shared/contract/job-events.ts';
export { newJobState } from './job-state.ts';
export type { JobActor, JobFacts, JobState } from './job-state.ts';
export { JOB_REFUSALS, transition } from './job-machine.ts';
export { jobsOfCustomer } from './history.ts';
export { seedDemoJobs } from './demo.ts';
export type { DemoTill } from './demo.ts';
export type { DemoTender, DemoWhen } from './demo-jobs.ts';
export { readyForPickup } from './board.ts';
export { jobCharges } from './charges.ts';
