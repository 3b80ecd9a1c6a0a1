import { useEffect, useEffectEvent, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { api } from '../../api/client.ts';
import type { ApiError } from '../../api/errors.ts';
import type { ConnectionState } from '../../api/transport.ts';
import { touchesDisplay, withCall } from './calls.ts';
import { DISPLAY_STATE_KEY, displayCall, type DisplayState } from './connection.ts';

export interface DisplayFeed {
  state: DisplayState | undefined;
  /** 'connected' once the event stream says hello; anything else shows the reconnecting banner. */
  connection: ConnectionState;
  /** Whether the stream has ever been up (the banner waits for that, or for a failed read). */
  everConnected: boolean;
  /** The station's clock minus this screen's, so a TV with a wrong clock still shows the shop's time. */
  skewMs: number;
  error: ApiError | null;
}

/**
 * The display's live state: read once, then kept current from the event stream. A call updates the
 * screen at once and is handed to `onCall` with the display's state (to chime, speak and flash); invalidations and every
 * (re)connect refetch the whole state, so a display that was cut off for a while is right again as
 * soon as it is back. A token the station no longer accepts calls `onUnpaired`.
 */
export function useDisplayFeed(
  token: string | null,
  onCall: (call: DisplayCall, state: DisplayState) => void,
  onUnpaired: () => void,
): DisplayFeed {
  const queryClient = useQueryClient();
  const key = [...DISPLAY_STATE_KEY, token] as const;
  const query = useQuery<DisplayState, ApiError>({
    queryKey: key,
    queryFn: () => displayCall('display.state', {}, token),
    staleTime: 0,
    // A slow safety net under the events: the waiting estimates drift with time even when nothing happens.
    refetchInterval: 60_000,
    retry: (failures, error) => error.code === 'NETWORK' && failures < 2,
  });
  const [connection, setConnection] = useState<ConnectionState>('reconnecting');
  const [everConnected, setEverConnected] = useState(false);
  const announceCall = useEffectEvent(onCall);
  const unpaired = useEffectEvent(onUnpaired);

  useEffect(() => {
    if (query.error?.code === 'UNAUTHENTICATED') unpaired();
  }, [query.error]);

  useEffect(() => {
    const stateKey = [...DISPLAY_STATE_KEY, token];
    const refetch = () => void queryClient.invalidateQueries({ queryKey: stateKey });
    return api.transport.listen(
      token ?? '',
      (event) => {
        if (event.type === 'hello') refetch();
        else if (event.type === 'queue.call') {
          const next = queryClient.setQueryData<DisplayState>(stateKey, (old) => (old ? withCall(old, event.call) : old));
          if (next) announceCall(event.call, next);
        } else if (event.type === 'invalidate' && event.prefixes.some(touchesDisplay)) refetch();
      },
      (next) => {
        setConnection(next);
        if (next === 'connected') setEverConnected(true);
        // Dropped: read again now, which also tells a revoked display that it was removed.
        else refetch();
      },
    );
  }, [token, queryClient]);

  const skewMs = query.data ? Date.parse(query.data.serverTime) - query.dataUpdatedAt : 0;
  return { state: query.data, connection, everConnected, skewMs, error: query.error };
}
