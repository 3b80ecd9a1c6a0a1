import type { Contract } from '../../../shared/contract/index.ts';
import { getProfile, updateProfile } from '../services/profile.ts';
import { getSettings, updateSettings } from '../services/settings.ts';
import type { HandlerTable } from './types.ts';

type StoreOps = keyof Contract & `store.${string}`;

export const storeHandlers: HandlerTable<StoreOps> = {
  'store.profile.get': (_input, { core }) => getProfile(core.db),
  'store.profile.update': (input, ctx) => updateProfile(ctx, input),
  'store.settings.get': (_input, { core }) => getSettings(core.db),
  'store.settings.update': (input, ctx) => updateSettings(ctx, input),
};
