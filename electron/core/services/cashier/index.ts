/**
 * The cashier's public module for other areas: what a customer has really paid on a job (the jobs
 * area's delivery gate reads it). Everything else is reached through the cashier's handlers.
 */
export { owedOnJob } from './job-balance.ts';
