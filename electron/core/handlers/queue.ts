import type { Contract } from '../../../shared/contract/index.ts';
import {
  callNext,
  callTicket,
  cancelTicket,
  finishTicket,
  parkTicket,
  recallTicket,
  reinstateTicket,
  skipTicket,
  startTicket,
  transferTicket,
} from '../services/queue/calls.ts';
import { endBreak, startBreak } from '../services/queue/breaks.ts';
import { customerToday } from '../services/queue/customer-today.ts';
import { issueTicket } from '../services/queue/issue.ts';
import { closeCounter, listCounters, listServices, openCounter, saveCounter, saveService } from '../services/queue/setup.ts';
import { counterView, queueOverview, reprintSlip, ticketDetail } from '../services/queue/view.ts';
import type { HandlerTable } from './types.ts';

type QueueOps = keyof Contract & `queue.${string}`;

export const queueHandlers: HandlerTable<QueueOps> = {
  'queue.services.list': (input, { core }) => listServices(core.db, input.includeInactive),
  'queue.services.save': (input, ctx) => saveService(ctx, input),
  'queue.counters.list': (input, { core }) => listCounters(core.db, input.includeInactive),
  'queue.counters.save': (input, ctx) => saveCounter(ctx, input),
  'queue.counters.open': (input, ctx) => openCounter(ctx, input.counterId),
  'queue.counters.close': (input, ctx) => closeCounter(ctx, input.counterId),
  'queue.counters.break': (input, ctx) => startBreak(ctx, input.counterId),
  'queue.counters.resume': (input, ctx) => endBreak(ctx, input.counterId),
  'queue.overview': (_input, { core }) => queueOverview(core),
  'queue.issue': (input, ctx) => issueTicket(ctx, { ...input, source: 'walkin', window: null }),
  'queue.customerToday': (input, { core }) => customerToday(core, input.customerId),
  'queue.ticket': (input, { core }) => ticketDetail(core, input.ticketId),
  'queue.reprintSlip': (input, ctx) => reprintSlip(ctx, input.ticketId),
  'queue.counter': (input, { core }) => counterView(core, input.counterId),
  'queue.callNext': (input, ctx) => callNext(ctx, input.counterId),
  'queue.call': (input, ctx) => callTicket(ctx, input.counterId, input.ticketId),
  'queue.recall': (input, ctx) => recallTicket(ctx, input.ticketId),
  'queue.skip': (input, ctx) => skipTicket(ctx, input.ticketId),
  'queue.reinstate': (input, ctx) => reinstateTicket(ctx, input.ticketId),
  'queue.park': (input, ctx) => parkTicket(ctx, input.ticketId),
  'queue.transfer': (input, ctx) => transferTicket(ctx, input),
  'queue.start': (input, ctx) => startTicket(ctx, input.ticketId),
  'queue.finish': (input, ctx) => finishTicket(ctx, input.ticketId),
  'queue.cancel': (input, ctx) => cancelTicket(ctx, input.ticketId, input.reason),
};
