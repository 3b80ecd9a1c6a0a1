import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { invalidateOps } from './invalidate.ts';

/**
 * Keeps every screen current with changes made elsewhere (another counter, the print worker, a
 * reconnect): the station's `invalidate` events mark the matching cached reads stale, and TanStack
 * Query refetches the ones on screen.
 */
export function useServerInvalidation(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'invalidate') void invalidateOps(queryClient, event.prefixes, event.records);
      }),
    [queryClient],
  );
}
