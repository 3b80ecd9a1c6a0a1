/**
 * The queue's public module: what other service areas may use. Everything else in this folder
 * (its rows, row types and statements) is the queue's own and may change without notice.
 */
export { seedDemoQueue } from './demo.ts';
export { serviceLoads } from './estimate.ts';
export { issueTicketTx } from './issue.ts';
export { requireTicket, ticketNumber } from './rows.ts';
export { printQueueSlip } from './slip.ts';
export { findServiceRow, requireActiveService } from './layout.ts';
