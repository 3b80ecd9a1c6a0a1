import { DISPLAY_RECENT_CALLS, type DisplayState } from '../../../../shared/contract/devices.ts';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';

/**
 * The state as it is the moment a call arrives, before the station's refetch confirms it: the call
 * becomes current, the previous one moves to the top of the recent list (a recalled number only once).
 */
export function withCall(state: DisplayState, call: DisplayCall): DisplayState {
  const previous = [state.current, ...state.recent].filter((c): c is DisplayCall => c !== null && c.ticketId !== call.ticketId);
  return { ...state, current: call, recent: previous.slice(0, DISPLAY_RECENT_CALLS) };
}

/** Whether an invalidation prefix covers the display's reads ('' covers everything). */
export const touchesDisplay = (prefix: string): boolean => prefix.startsWith('display.') || 'display.'.startsWith(prefix);
