import type { Role } from '../../shared/roles.ts';

/** Who is signed in and calling: a staff member's id, name and role. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
}
