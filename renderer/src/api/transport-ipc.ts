import type { OpName } from '../../../shared/contract/index.ts';
import type { FrontdeskBridge } from '../../../shared/bridge.ts';
import { ApiError, networkError, toApiError } from './errors.ts';
import type { Transport } from './transport.ts';

/** Calls through the Electron preload bridge (`window.frontdesk`); events come from the main process. */
export function ipcTransport(bridge: FrontdeskBridge): Transport {
  return {
    kind: 'ipc',
    async call(name, input, token) {
      const op = bridge.ops[name as OpName];
      if (!op) throw new ApiError({ code: 'UNKNOWN_OPERATION', message: `There is no operation named "${name}"` });
      let result;
      try {
        result = await op(input ?? {}, token);
      } catch (err) {
        throw networkError((err as Error).message);
      }
      if (result.ok) return result.value;
      throw toApiError(result.error);
    },
    listen(_token, onEvent, onState) {
      onState('connected');
      return bridge.onEvent(onEvent);
    },
  };
}
