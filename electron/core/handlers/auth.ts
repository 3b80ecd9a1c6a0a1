import type { Contract } from '../../../shared/contract/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { requireActor } from '../context.ts';
import { checkApproval, lockSession, signIn, signOut, unlockSession } from '../services/auth.ts';
import { getProfile } from '../services/profile.ts';
import { getStaffRow, listStaff, toStaffMember } from '../services/staff.ts';
import type { HandlerTable } from './types.ts';

type AuthOps = keyof Contract & `auth.${string}`;

export const authHandlers: HandlerTable<AuthOps> = {
  'auth.staffList': (_input, { core }) => {
    getProfile(core.db);
    return listStaff(core.db, false, core.nowIso()).map(({ id, name, role, lockedUntil }) => ({ id, name, role, lockedUntil }));
  },
  'auth.signIn': (input, ctx) => {
    getProfile(ctx.core.db);
    return signIn(ctx, input.staffId, input.pin);
  },
  'auth.signOut': (_input, ctx) => {
    if (ctx.token) signOut(ctx, ctx.token);
    return { ok: true as const };
  },
  'auth.lock': (_input, ctx) => {
    if (ctx.token) lockSession(ctx, ctx.token);
    return { ok: true as const };
  },
  'auth.unlock': (input, ctx) => {
    if (!ctx.token) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    return unlockSession(ctx, ctx.token, input.pin);
  },
  'auth.me': (_input, ctx) => {
    const actor = requireActor(ctx);
    const row = getStaffRow(ctx.core.db, actor.id);
    if (!row) throw new AppError('UNAUTHENTICATED', 'Sign in again');
    return { staff: toStaffMember(row, ctx.core.nowIso()), profile: getProfile(ctx.core.db) };
  },
  'auth.checkApproval': async (input, ctx) => {
    const approver = await checkApproval(ctx, input.approval, input.action);
    return { approverId: approver.id, approverName: approver.name };
  },
};
