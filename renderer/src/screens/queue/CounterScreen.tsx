import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { CounterDesk } from './CounterDesk.tsx';
import { CounterPicker } from './CounterPicker.tsx';
import { useMyCounter } from './myCounter.ts';

/** The counter screen (F2): pick the counter this computer sits at, then call and serve its numbers. */
export function CounterScreen() {
  const { t } = useTranslation('queue');
  const [counterId, setCounterId] = useMyCounter();
  const counters = useOp('queue.counters.list', { includeInactive: false });
  const services = useOp('queue.services.list', { includeInactive: false });
  const open = useOpMutation('queue.counters.open', {
    onSuccess: (counter) => setCounterId(counter.id),
    onError: (e) => notifyError(t, e),
  });
  if (!counters.data || !services.data) {
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );
  }
  const mine = counters.data.find((c) => c.id === counterId);
  if (!mine) return <CounterPicker counters={counters.data} services={services.data} onPick={(c) => open.mutate({ counterId: c.id })} />;
  return <CounterDesk key={mine.id} counter={mine} counters={counters.data} services={services.data} onLeave={() => setCounterId(null)} />;
}
