import type { Contract } from '../../../shared/contract/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { demoTill } from '../services/cashier/demo.ts';
import { loadDemo } from '../services/demo.ts';
import { findProfile } from '../services/profile.ts';
import { cameFromDemo, demoContents, startRealShop } from '../services/real-shop.ts';
import { initializeStore } from '../services/setup.ts';
import type { HandlerTable } from './types.ts';

type SetupOps = keyof Contract & `setup.${string}`;

export const setupHandlers: HandlerTable<SetupOps> = {
  'setup.status': (_input, { core }) => {
    const profile = findProfile(core.db);
    return {
      initialized: profile !== null,
      storeName: profile?.name ?? null,
      locale: profile?.locale ?? 'zh-CN',
      demo: profile?.demo ?? false,
      fromDemo: profile === null && cameFromDemo(core.db),
    };
  },
  'setup.initialize': async (input, ctx) => {
    const [adminId] = await initializeStore(ctx, input.profile, [{ name: input.admin.name, role: 'admin', pin: input.admin.pin }], false);
    if (adminId === undefined) throw new AppError('INTERNAL', 'The admin was not created');
    return { adminId };
  },
  'setup.loadDemo': async (input, ctx) => {
    const staff = await loadDemo(ctx, input.locale, demoTill);
    return { staff: staff.map((s) => ({ id: (s as typeof s & { id: number }).id, name: s.name, role: s.role, pin: s.pin })) };
  },
  'setup.demoContents': (_input, { core }) => demoContents(core),
  'setup.startRealShop': (input, ctx) => startRealShop(ctx, input.confirm),
};
