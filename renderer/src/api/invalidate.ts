import type { QueryClient } from '@tanstack/react-query';
import type { StaleRecord } from '../../../shared/contract/index.ts';

/**
 * Marks stale every query whose operation name starts with one of the prefixes ('' means all), and
 * the queries of single records listed in `records` (a customer's history: `[op, { id }]`).
 */
export function invalidateOps(queryClient: QueryClient, prefixes: readonly string[], records: readonly StaleRecord[] = []): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const [name, input] = query.queryKey;
      if (typeof name !== 'string') return false;
      if (prefixes.some((prefix) => name.startsWith(prefix))) return true;
      const fields = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
      return records.some((r) => r.op === name && fields[r.key] === r.value);
    },
  });
}
