import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';

type Done = 'recalled' | 'finished' | 'skipped' | 'parked' | 'transferred' | 'reinstated';

/**
 * The counter's actions on tickets and on the counter's break. "Call next" with nobody waiting is an
 * answer (no ticket), shown calmly on screen; a refusal is a translated notification.
 */
export function useCounterActions(counterId: number) {
  const { t } = useTranslation('queue');
  const [empty, setEmpty] = useState(false);
  const onError = (error: unknown) => notifyError(t, error);
  const done = (key: Done) => (ticket: Ticket) => notifySuccess(t(`counter.done.${key}`, { number: ticket.number }), 2500);

  const callNext = useOpMutation('queue.callNext', { onSuccess: ({ ticket }) => setEmpty(ticket === null), onError });
  const call = useOpMutation('queue.call', { onSuccess: () => setEmpty(false), onError });
  const recall = useOpMutation('queue.recall', { onSuccess: done('recalled'), onError });
  const start = useOpMutation('queue.start', { onError });
  const finish = useOpMutation('queue.finish', { onSuccess: done('finished'), onError });
  const skip = useOpMutation('queue.skip', { onSuccess: done('skipped'), onError });
  const park = useOpMutation('queue.park', { onSuccess: done('parked'), onError });
  const transfer = useOpMutation('queue.transfer', { onSuccess: done('transferred'), onError });
  const reinstate = useOpMutation('queue.reinstate', { onSuccess: done('reinstated'), onError });
  const pause = useOpMutation('queue.counters.break', { onSuccess: () => notifySuccess(t('counter.done.breakStarted'), 2500), onError });
  const resume = useOpMutation('queue.counters.resume', { onSuccess: () => notifySuccess(t('counter.done.breakEnded'), 2500), onError });
  const all = [callNext, call, recall, start, finish, skip, park, transfer, reinstate, pause, resume];
  const next = () => callNext.mutate({ counterId });
  /** Runs `first`, then calls the next number once it has succeeded (its own failure is already reported). */
  const thenNext = (first: Promise<unknown>) => void first.then(next, () => undefined);

  return {
    /** "Call next" found nobody waiting (cleared by the next successful call). */
    empty,
    clearEmpty: () => setEmpty(false),
    busy: all.some((m) => m.isPending),
    callNext: next,
    call: (ticketId: number) => call.mutate({ counterId, ticketId }),
    recall: (ticketId: number) => recall.mutate({ ticketId }),
    start: (ticketId: number) => start.mutate({ ticketId }),
    finish: (ticketId: number) => finish.mutate({ ticketId }),
    skip: (ticketId: number) => skip.mutate({ ticketId }),
    park: (ticketId: number) => park.mutate({ ticketId }),
    reinstate: (ticketId: number) => reinstate.mutate({ ticketId }),
    transfer: (input: { ticketId: number; serviceId: number | null; counterId: number | null }, onDone: () => void) =>
      transfer.mutate(input, { onSuccess: onDone }),
    /** The called customer did not come, or was served without "start": record which, then call the next. */
    skipThenCallNext: (ticketId: number) => thenNext(skip.mutateAsync({ ticketId })),
    finishThenCallNext: (ticketId: number) => thenNext(finish.mutateAsync({ ticketId })),
    startBreak: () => pause.mutate({ counterId }),
    endBreak: () => resume.mutate({ counterId }),
    endBreakThenCallNext: () => thenNext(resume.mutateAsync({ counterId })),
    pending: {
      callNext: callNext.isPending,
      recall: recall.isPending,
      start: start.isPending,
      finish: finish.isPending,
      skip: skip.isPending,
      park: park.isPending,
      transfer: transfer.isPending,
      break: pause.isPending || resume.isPending,
    },
  };
}
