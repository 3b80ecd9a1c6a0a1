import type { Role } from '../../../shared/roles.ts';

/** Whose locked session this console holds: only their PIN opens it. */
export interface LockedBy {
  staffId: number;
  staffName: string;
  role: Role;
}
