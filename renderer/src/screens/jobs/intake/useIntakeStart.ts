import { useLocation, useSearchParams } from 'react-router';
import type { IntakeStart } from './draft.ts';

const idParam = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : null);

/**
 * Where the intake starts: the route state a screen passed, or the query (`?customer=12&ticket=5`,
 * `?appointment=7`) so the start survives a reload; with neither, a walk-in from the jobs screen.
 */
export function useIntakeStart(): IntakeStart {
  const { state } = useLocation() as { state: IntakeStart | null };
  const [query] = useSearchParams();
  if (state?.source) return state;
  const customerId = idParam(query.get('customer'));
  const ticketId = idParam(query.get('ticket'));
  const appointmentId = idParam(query.get('appointment'));
  if (ticketId !== null) return { source: { kind: 'counter', ticketId }, customerId };
  if (appointmentId !== null) return { source: { kind: 'appointment', appointmentId }, customerId };
  return { source: { kind: 'customer' }, customerId };
}
