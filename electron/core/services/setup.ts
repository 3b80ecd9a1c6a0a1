import type { StoreProfileInput } from '../../../shared/contract/profile.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import type { CallContext } from '../context.ts';
import { hashPin } from './pin.ts';
import { findProfile, writeProfile } from './profile.ts';
import { seedSettings } from './settings.ts';
import { insertStaff } from './staff.ts';

function isInitialized(ctx: CallContext): boolean {
  return findProfile(ctx.core.db) !== null;
}

export interface NewStaff {
  name: string;
  role: Role;
  pin: string;
}

/**
 * First-run setup: the store profile and its staff (and `fill`'s rows), in one transaction, refused once the store exists.
 * Returns the new staff ids in the order given.
 */
export async function initializeStore(
  ctx: CallContext,
  profile: StoreProfileInput,
  /** `pinHash`, when given, is the PIN's hash already made (the demo's published PINs). */
  staff: (NewStaff & { pinHash?: string })[],
  demo: boolean,
  /** More rows to write in the same transaction (the demo shop's customers). */
  fill?: () => void,
): Promise<number[]> {
  if (isInitialized(ctx)) throw new AppError('ALREADY_SET_UP', 'The store is already set up');
  const hashes = await Promise.all(staff.map((s) => (s.pinHash ? Promise.resolve(s.pinHash) : hashPin(s.pin))));
  const { db } = ctx.core;
  return db
    .transaction(() => {
      if (findProfile(db)) throw new AppError('ALREADY_SET_UP', 'The store is already set up');
      writeProfile(ctx, profile, demo);
      // The display speaks the store's language until an admin chooses otherwise.
      seedSettings(db, { voiceLanguages: profile.locale });
      const ids = staff.map((s, i) => insertStaff(ctx, { name: s.name, role: s.role, pinHash: hashes[i] as string }).id);
      fill?.();
      return ids;
    })
    .immediate();
}
