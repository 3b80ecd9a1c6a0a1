import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Only a dropped connection is worth retrying; the station's own answers are final.
      retry: (failures, error) => isApiError(error) && error.code === 'NETWORK' && failures < 3,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
