import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../shared/contract/index.ts';
import { api, type LockedBy } from '../api/client.ts';
import { useOp } from '../api/hooks.ts';
import type { ApiError } from '../api/errors.ts';
import { followStoreLanguage } from '../i18n/index.ts';
import { setStoreTimeZone } from '../format.ts';
import { takeExpectedRestore } from './restore-expectation.ts';
import { sessionPhase, type LockReason, type Session, type SessionLock } from './phase.ts';

/** Reads anyone may make before signing in; everything else is dropped when the user changes. */
const PUBLIC_READS = new Set(['setup.status', 'auth.staffList']);

interface SessionActions {
  /** Signs in; a session still held by this console is signed out first. Throws ApiError. */
  signIn: (staffId: number, pin: string) => Promise<OpOutput<'auth.signIn'>>;
  /** Locks the session: the console stays as it is, hidden, until the same staff member's PIN opens it. */
  lock: (reason?: 'locked' | 'autoLocked') => void;
  /** Opens the locked session with its staff member's PIN. Throws ApiError. */
  unlock: (pin: string) => Promise<void>;
  /** Ends the session (a locked one too) and returns to the sign-in screen, for someone else. */
  signOut: (reason?: LockReason) => void;
}

const SessionContext = createContext<(Session & SessionActions) | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [token, setToken] = useState(api.sessionToken);
  const [reason, setReason] = useState<LockReason | null>(null);
  const [lastStaffId, setLastStaffId] = useState<number | null>(null);
  const [lockedBy, setLockedBy] = useState<LockedBy | null>(api.lockedBy);
  const [lockReason, setLockReason] = useState<SessionLock['reason']>('station');
  // Why this console is locking itself; a lock the station announced (a refused call) has no local reason.
  const lockingFor = useRef<SessionLock['reason'] | null>(null);

  const status = useOp('setup.status');
  // Keyed by the token too, so a new session never sees the previous one's answer.
  const me = useQuery<OpOutput<'auth.me'>, ApiError>({
    queryKey: ['auth.me', {}, token],
    queryFn: () => api.call('auth.me'),
    enabled: token !== null && status.data?.initialized === true,
  });

  const dropPrivateData = useCallback(() => {
    queryClient.removeQueries({ predicate: (q) => !PUBLIC_READS.has(String(q.queryKey[0])) });
  }, [queryClient]);

  // Start the event stream for a token kept from before a reload.
  useEffect(() => {
    if (api.sessionToken) api.setToken(api.sessionToken);
  }, []);

  // The station may lock the session too (idle past the store's limit, seen by the next call).
  useEffect(
    () =>
      api.onLockChange((by) => {
        setLockedBy(by);
        if (by) setLockReason(lockingFor.current ?? 'station');
        lockingFor.current = null;
      }),
    [],
  );

  useEffect(
    () =>
      api.onSessionEnd(() => {
        setToken(null);
        setReason((current) => current ?? 'ended');
        dropPrivateData();
        void queryClient.invalidateQueries({ queryKey: ['auth.staffList'] });
      }),
    [dropPrivateData, queryClient],
  );

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'store.restored') return;
        setReason('restored');
        setToken(null);
        api.setToken(null);
        dropPrivateData();
        void queryClient.invalidateQueries({ queryKey: ['setup.status'] });
        void queryClient.invalidateQueries({ queryKey: ['auth.staffList'] });
        if (!takeExpectedRestore()) {
          notifications.show({
            id: 'store-restored',
            color: 'blue',
            title: t(event.from === 'demoWiped' ? 'common:demoWiped.title' : 'common:restored.title'),
            message: t(event.from === 'demoWiped' ? 'common:demoWiped.message' : 'common:restored.message'),
            autoClose: 10_000,
          });
        }
      }),
    [dropPrivateData, queryClient, t],
  );

  useEffect(() => {
    if (reason === 'ended') notifications.show({ id: 'session-ended', color: 'yellow', message: t('common:session.ended') });
  }, [reason, t]);

  const profile = me.data?.profile;
  useEffect(() => {
    if (profile) {
      setStoreTimeZone(profile.timeZone);
      followStoreLanguage(profile.locale);
    } else if (status.data?.initialized) {
      followStoreLanguage(status.data.locale);
    }
  }, [profile, status.data]);

  const signIn = useCallback<SessionActions['signIn']>(
    async (staffId, pin) => {
      const previous = api.sessionToken;
      if (previous) {
        await api.call('auth.signOut').catch(() => undefined);
        api.setToken(null);
      }
      const result = await api.call('auth.signIn', { staffId, pin });
      dropPrivateData();
      api.setToken(result.token);
      setLastStaffId(result.staff.id);
      setReason(null);
      setToken(result.token);
      return result;
    },
    [dropPrivateData],
  );

  const lock = useCallback<SessionActions['lock']>(
    (why = 'locked') => {
      if (!me.data) return;
      const { staff } = me.data;
      lockingFor.current = why;
      api.lockSession({ staffId: staff.id, staffName: staff.name, role: staff.role });
    },
    [me.data],
  );

  const unlock = useCallback<SessionActions['unlock']>(async (pin) => {
    await api.unlockSession(pin);
  }, []);

  const signOut = useCallback<SessionActions['signOut']>(
    (why) => {
      const held = api.sessionToken;
      api.setToken(null);
      setToken(null);
      setReason(why ?? null);
      setLastStaffId(null);
      dropPrivateData();
      if (held) api.transport.call('auth.signOut', {}, held).catch(() => undefined);
      void queryClient.invalidateQueries({ queryKey: ['auth.staffList'] });
    },
    [dropPrivateData, queryClient],
  );

  const session = useMemo<Session>(
    () => sessionPhase({ status, me, token, lockedBy, lockReason, reason, lastStaffId }),
    [status, token, me, reason, lastStaffId, lockedBy, lockReason],
  );

  const value = useMemo(() => ({ ...session, signIn, lock, unlock, signOut }), [session, signIn, lock, unlock, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session & SessionActions {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in staff member and store; only for screens inside the console frame. */
export function useSignedIn(): Extract<Session, { phase: 'signedIn' }> & SessionActions {
  const session = useSession();
  if (session.phase !== 'signedIn') throw new Error('useSignedIn outside a signed-in console');
  return session;
}
