import type { OpOutput } from '../../../shared/contract/index.ts';
import type { LockedBy } from '../api/locked-by.ts';
import { isApiError, type ApiError } from '../api/errors.ts';
import type { StaffMember } from '../../../shared/contract/staff.ts';
import type { StoreProfile } from '../../../shared/contract/profile.ts';

/** Why the sign-in screen shows: the station ended the session (signed out elsewhere, expired) or a restore did. */
export type LockReason = 'ended' | 'restored';

/** A locked session: whose PIN opens it, and why it locked (the Lock button, or no activity). */
export interface SessionLock {
  by: LockedBy;
  reason: 'locked' | 'autoLocked' | 'station';
}

export type Session =
  | { phase: 'starting' }
  | { phase: 'unreachable'; retry: () => void }
  | { phase: 'setup' }
  | { phase: 'signedOut'; reason: LockReason | null; lastStaffId: number | null; demo: boolean }
  /** A locked session whose console was not open here yet (the page was reloaded while locked). */
  | { phase: 'locked'; locked: SessionLock }
  | { phase: 'signedIn'; staff: StaffMember; profile: StoreProfile; locked: SessionLock | null };

/** What the session's two reads look like to it: TanStack Query's result, narrowed to what decides the face. */
interface Read<T> {
  data: T | undefined;
  isError: boolean;
  isPending: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

export interface PhaseInputs {
  status: Read<OpOutput<'setup.status'>>;
  me: Read<OpOutput<'auth.me'>>;
  token: string | null;
  lockedBy: LockedBy | null;
  lockReason: SessionLock['reason'];
  reason: LockReason | null;
  lastStaffId: number | null;
}

/**
 * Which face the console shows. A failed refetch keeps the last answer: a station that drops out for a
 * moment leaves the console up with its header saying offline; only a first load that fails shows the
 * unreachable page.
 */
export function sessionPhase({ status, me, token, lockedBy, lockReason, reason, lastStaffId }: PhaseInputs): Session {
  if (status.data === undefined) {
    if (status.isError) return { phase: 'unreachable', retry: () => void status.refetch() };
    return { phase: 'starting' };
  }
  if (!status.data.initialized) return { phase: 'setup' };
  const held = token && lockedBy ? { by: lockedBy, reason: lockReason } : null;
  if (token && me.data) return { phase: 'signedIn', staff: me.data.staff, profile: me.data.profile, locked: held };
  if (held) return { phase: 'locked', locked: held };
  if (token && me.isPending) return { phase: 'starting' };
  if (token && me.isError && isApiError(me.error) && me.error.code === 'NETWORK')
    return { phase: 'unreachable', retry: () => void me.refetch() };
  return { phase: 'signedOut', reason, lastStaffId, demo: status.data.demo };
}
