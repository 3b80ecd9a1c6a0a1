import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { OpOutput } from '../../shared/contract/index.ts';
import { networkError, type ApiError } from '../../renderer/src/api/errors.ts';
import { sessionPhase, type PhaseInputs } from '../../renderer/src/session/phase.ts';

const STATUS: OpOutput<'setup.status'> = { initialized: true, storeName: 'Demo Phone Repair', locale: 'en', demo: true, fromDemo: false };
const ME = { staff: { id: 2, name: 'Morgan Manager' }, profile: { name: 'Demo Phone Repair' } } as unknown as OpOutput<'auth.me'>;

/** A read answered once by the station, then refetched while the station is down: TanStack keeps the answer and reports the error. */
async function readThatFailsOnRefetch<T>(client: QueryClient, key: string, first: T) {
  let up = true;
  const observer = new QueryObserver<T, ApiError>(client, {
    queryKey: [key],
    queryFn: () => (up ? Promise.resolve(first) : Promise.reject(networkError('connection refused'))),
    retry: false,
  });
  const stop = observer.subscribe(() => undefined);
  await expect.poll(() => observer.getCurrentResult().data).toEqual(first);
  up = false;
  await observer.refetch();
  stop();
  return observer.getCurrentResult();
}

function inputs(status: PhaseInputs['status'], me: PhaseInputs['me']): PhaseInputs {
  return { status, me, token: 'token', lockedBy: null, lockReason: 'station', reason: null, lastStaffId: null };
}

const never = { data: undefined, isError: false, isPending: true, error: null, refetch: () => undefined };

describe('which face the console shows', () => {
  it('a signed-in console stays up when a read of the store fails while the station is down', async () => {
    const client = new QueryClient();
    const status = await readThatFailsOnRefetch(client, 'setup.status', STATUS);
    const me = await readThatFailsOnRefetch(client, 'auth.me', ME);
    expect(status.isError && me.isError).toBe(true);
    expect(sessionPhase(inputs(status, me)).phase).toBe('signedIn');
  });

  it('a first load that fails shows the unreachable page, and its retry reads again', () => {
    let retried = 0;
    const status = { data: undefined, isError: true, isPending: false, error: networkError('refused'), refetch: () => retried++ };
    const phase = sessionPhase(inputs(status, never));
    expect(phase.phase).toBe('unreachable');
    if (phase.phase === 'unreachable') phase.retry();
    expect(retried).toBe(1);
  });

  it('a kept session whose first read of who is signed in cannot reach the station shows the unreachable page', () => {
    const status = { data: STATUS, isError: false, isPending: false, error: null, refetch: () => undefined };
    const me = { data: undefined, isError: true, isPending: false, error: networkError('refused'), refetch: () => undefined };
    expect(sessionPhase(inputs(status, me)).phase).toBe('unreachable');
    expect(sessionPhase(inputs(status, never)).phase).toBe('starting');
  });
});
