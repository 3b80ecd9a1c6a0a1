import type { Query, QueryClient } from '@tanstack/react-query';
import type { StaleRecord } from '../../../shared/contract/index.ts';

/**
 * Marks stale every query whose operation name starts with one of the prefixes ('' means all), and
 * the queries of single records listed in `records` (a customer's history: `[op, { id }]`), and
 * fetches the ones on screen again.
 *
 * A query still on its first load when the change lands is cancelled and loaded again: TanStack
 * Query lets a first load in flight finish (it may have been read before the change) and then counts
 * it fresh, so the screen would show the state from before the change until something else moved.
 */
export async function invalidateOps(
  queryClient: QueryClient,
  prefixes: readonly string[],
  records: readonly StaleRecord[] = [],
): Promise<void> {
  const matches = (query: Query) => {
    const [name, input] = query.queryKey;
    if (typeof name !== 'string') return false;
    if (prefixes.some((prefix) => name.startsWith(prefix))) return true;
    const fields = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    return records.some((r) => r.op === name && fields[r.key] === r.value);
  };
  await queryClient.cancelQueries({
    predicate: (query) => matches(query) && query.state.data === undefined && query.state.fetchStatus === 'fetching',
  });
  await queryClient.invalidateQueries({ predicate: matches });
}
