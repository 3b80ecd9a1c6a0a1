import type { Contract } from '../../../shared/contract/index.ts';
import { requireActor } from '../context.ts';
import { changeOwnPin, createStaff, listStaff, setStaffPin, unlockStaff, updateStaff } from '../services/staff.ts';
import type { HandlerTable } from './types.ts';

type StaffOps = keyof Contract & `staff.${string}`;

export const staffHandlers: HandlerTable<StaffOps> = {
  'staff.list': (input, { core }) => listStaff(core.db, input.includeInactive, core.nowIso()),
  'staff.create': (input, ctx) => createStaff(ctx, input),
  'staff.update': (input, ctx) => updateStaff(ctx, input),
  'staff.setPin': async (input, ctx) => {
    await setStaffPin(ctx, input.id, input.pin);
    return { ok: true as const };
  },
  'staff.changeOwnPin': async (input, ctx) => {
    await changeOwnPin(ctx, requireActor(ctx).id, input.currentPin, input.newPin);
    return { ok: true as const };
  },
  'staff.unlock': (input, ctx) => unlockStaff(ctx, input.id),
};
