import { useOp } from '../../api/hooks.ts';

/** A staff member's name by id, for the drawer's reports (who opened, closed, approved). */
export function useStaffNames(): (id: number | null) => string {
  const staff = useOp('auth.staffList');
  return (id) => (id === null ? '' : (staff.data?.find((s) => s.id === id)?.name ?? `#${id}`));
}
