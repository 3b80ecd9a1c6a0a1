import { useSyncExternalStore } from 'react';
import { useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { contract, staleRecords, type OpInput, type OpName, type OpOutput } from '../../../shared/contract/index.ts';
import { api } from './client.ts';
import type { ApiError } from './errors.ts';
import { invalidateOps } from './invalidate.ts';
import type { ConnectionState } from './transport.ts';

/** A read through the contract, cached under `[operation, input]`. */
export function useOp<K extends OpName>(
  name: K,
  input?: OpInput<K>,
  options: { enabled?: boolean; staleTime?: number; gcTime?: number; refetchInterval?: number } = {},
) {
  return useQuery<OpOutput<K>, ApiError>({
    queryKey: [name, input ?? {}],
    queryFn: () => (api.call as (n: K, i?: OpInput<K>) => Promise<OpOutput<K>>)(name, input),
    ...options,
  });
}

/** A write through the contract; on success it refreshes what the contract says the write changes. */
export function useOpMutation<K extends OpName, C = unknown>(
  name: K,
  options: Omit<UseMutationOptions<OpOutput<K>, ApiError, OpInput<K>, C>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<OpOutput<K>, ApiError, OpInput<K>, C>({
    ...options,
    mutationFn: (input) => (api.call as (n: K, i: OpInput<K>) => Promise<OpOutput<K>>)(name, input),
    onSuccess: async (...args) => {
      await invalidateOps(queryClient, contract[name].invalidates, staleRecords(contract[name], args[0]));
      await options.onSuccess?.(...args);
    },
  });
}

const subscribeToConnection = (onChange: () => void) => api.onConnection(onChange);
const readConnection = () => api.connection;

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeToConnection, readConnection);
}
