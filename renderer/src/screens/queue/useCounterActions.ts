import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { isApiError } from '../../api/errors.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';

type Done = 'recalled' | 'finished' | 'skipped' | 'parked' | 'transferred' | 'reinstated';

/**
 * The counter's actions on tickets. An empty queue on "call next" is a calm state on screen, not an
 * error; every other refusal is a translated notification.
 */
export function useCounterActions(counterId: number) {
  const { t } = useTranslation('queue');
  const [empty, setEmpty] = useState(false);
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'QUEUE_EMPTY') setEmpty(true);
    else notifyError(t, error);
  };
  const done = (key: Done) => (ticket: Ticket) => notifySuccess(t(`counter.done.${key}`, { number: ticket.number }), 2500);
  const called = () => setEmpty(false);

  const callNext = useOpMutation('queue.callNext', { onSuccess: called, onError });
  const call = useOpMutation('queue.call', { onSuccess: called, onError });
  const recall = useOpMutation('queue.recall', { onSuccess: done('recalled'), onError });
  const start = useOpMutation('queue.start', { onError });
  const finish = useOpMutation('queue.finish', { onSuccess: done('finished'), onError });
  const skip = useOpMutation('queue.skip', { onSuccess: done('skipped'), onError });
  const park = useOpMutation('queue.park', { onSuccess: done('parked'), onError });
  const transfer = useOpMutation('queue.transfer', { onSuccess: done('transferred'), onError });
  const reinstate = useOpMutation('queue.reinstate', { onSuccess: done('reinstated'), onError });
  const all = [callNext, call, recall, start, finish, skip, park, transfer, reinstate];

  return {
    /** "Call next" found nobody waiting (cleared by the next successful call). */
    empty,
    clearEmpty: () => setEmpty(false),
    busy: all.some((m) => m.isPending),
    callNext: () => callNext.mutate({ counterId }),
    call: (ticketId: number) => call.mutate({ counterId, ticketId }),
    recall: (ticketId: number) => recall.mutate({ ticketId }),
    start: (ticketId: number) => start.mutate({ ticketId }),
    finish: (ticketId: number) => finish.mutate({ ticketId }),
    skip: (ticketId: number) => skip.mutate({ ticketId }),
    park: (ticketId: number) => park.mutate({ ticketId }),
    reinstate: (ticketId: number) => reinstate.mutate({ ticketId }),
    transfer: (input: { ticketId: number; serviceId: number | null; counterId: number | null }, onDone: () => void) =>
      transfer.mutate(input, { onSuccess: onDone }),
    pending: {
      callNext: callNext.isPending,
      recall: recall.isPending,
      start: start.isPending,
      finish: finish.isPending,
      skip: skip.isPending,
      park: park.isPending,
      transfer: transfer.isPending,
    },
  };
}
