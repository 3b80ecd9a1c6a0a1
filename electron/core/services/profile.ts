import type Database from 'better-sqlite3';
import type { StoreProfile, StoreProfileInput } from '../../../shared/contract/profile.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CallContext } from '../context.ts';
import { recordAudit } from './audit.ts';

interface ProfileRow {
  name: string;
  address: string;
  phone: string;
  currency: string;
  tax_mode: StoreProfile['taxMode'];
  tax_rate_bp: number;
  locale: StoreProfile['locale'];
  time_zone: string;
  demo: number;
}

export function findProfile(db: Database.Database): StoreProfile | null {
  const r = db.prepare('SELECT * FROM store_profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!r) return null;
  return {
    name: r.name,
    address: r.address,
    phone: r.phone,
    currency: r.currency,
    taxMode: r.tax_mode,
    taxRateBp: r.tax_rate_bp,
    locale: r.locale,
    timeZone: r.time_zone,
    demo: r.demo === 1,
  };
}

export function getProfile(db: Database.Database): StoreProfile {
  const profile = findProfile(db);
  if (!profile) throw new AppError('SETUP_REQUIRED', 'The store has not been set up yet');
  return profile;
}

/** Writes the profile row (insert at setup, update later); the caller holds the transaction. */
export function writeProfile(ctx: CallContext, input: StoreProfileInput, demo: boolean): StoreProfile {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  const before = findProfile(db);
  db.prepare(
    `INSERT INTO store_profile (id, name, address, phone, currency, tax_mode, tax_rate_bp, locale, time_zone, demo, created_at, updated_at)
     VALUES (1, @name, @address, @phone, @currency, @taxMode, @taxRateBp, @locale, @timeZone, @demo, @now, @now)
     ON CONFLICT (id) DO UPDATE SET name = @name, address = @address, phone = @phone, currency = @currency,
       tax_mode = @taxMode, tax_rate_bp = @taxRateBp, locale = @locale, time_zone = @timeZone, updated_at = @now`,
  ).run({ ...input, demo: demo ? 1 : 0, now });
  const after = getProfile(db);
  recordAudit(db, {
    at: now,
    actorId: ctx.actor?.id ?? null,
    action: before ? 'store.profile.update' : 'store.profile.create',
    entity: 'store_profile',
    entityId: 1,
    before: before ?? undefined,
    after,
    origin: ctx.origin,
  });
  return after;
}

export function updateProfile(ctx: CallContext, input: StoreProfileInput): StoreProfile {
  return ctx.core.db
    .transaction(() => {
      const current = getProfile(ctx.core.db);
      return writeProfile(ctx, input, current.demo);
    })
    .immediate();
}
