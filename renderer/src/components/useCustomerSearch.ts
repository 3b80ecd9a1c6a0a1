import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CustomerSummary } from '../../../shared/contract/customers.ts';
import { api } from '../api/client.ts';
import type { ApiError } from '../api/errors.ts';

/** How long typing pauses before the search runs: each keystroke does not need its own round trip. */
const DEBOUNCE_MS = 120;

/**
 * Search as you type: the results follow the text after a short pause, and the previous results stay
 * on screen while the next ones load, so the list does not flicker. Cached under the operation's name,
 * so a change anywhere (a new customer) refreshes it.
 */
export function useCustomerSearch(q: string, limit: number, options: { enabled?: boolean; listNewest?: boolean } = {}) {
  const [debounced] = useDebouncedValue(q.trim(), DEBOUNCE_MS);
  const input = { q: debounced, limit };
  const query = useQuery<CustomerSummary[], ApiError>({
    queryKey: ['customers.search', input],
    queryFn: () => api.call('customers.search', input),
    placeholderData: keepPreviousData,
    // An empty query lists the newest customers: wanted on the customers screen, not in a picker.
    enabled: (options.enabled ?? true) && (options.listNewest === true || debounced !== ''),
  });
  return { ...query, query: debounced, settled: debounced === q.trim() && !query.isPlaceholderData };
}
