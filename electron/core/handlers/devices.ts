import type { Contract } from '../../../shared/contract/index.ts';
import { listDevices, renameDevice, revokeDevice } from '../services/devices/devices.ts';
import { createPairingCode, pairDevice } from '../services/devices/pairing.ts';
import { displayState } from '../services/display/state.ts';
import type { HandlerTable } from './types.ts';

type DevicesOps = keyof Contract & (`devices.${string}` | `display.${string}`);

export const devicesHandlers: HandlerTable<DevicesOps> = {
  'devices.pairingCode': ({ kind }, ctx) => createPairingCode(ctx, kind),
  'devices.list': ({ includeRevoked }, { core }) => listDevices(core.db, includeRevoked),
  'devices.rename': ({ id, name }, ctx) => renameDevice(ctx, id, name),
  'devices.revoke': ({ id }, ctx) => revokeDevice(ctx, id),
  'display.pair': ({ code, name }, ctx) => pairDevice(ctx, code, name),
  'display.state': (_input, { core }) => displayState(core),
};
