import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { id, pin, text } from './fields.ts';

export const role = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

export const staffMember = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  role,
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof staffMember>;

/** What the sign-in screen shows on a tile: no role detail beyond the name and whether it is locked. */
export const staffTile = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  role,
  lockedUntil: z.string().nullable(),
});
export type StaffTile = z.infer<typeof staffTile>;

export const staffCreateInput = z.strictObject({ name: text(40), role, pin });
export const staffUpdateInput = z.strictObject({
  id,
  name: text(40).optional(),
  role: role.optional(),
  active: z.boolean({ error: 'must be true or false' }).optional(),
});
export const staffSetPinInput = z.strictObject({ id, pin });
export const staffChangeOwnPinInput = z.strictObject({ currentPin: pin, newPin: pin });
export const staffUnlockInput = z.strictObject({ id });
