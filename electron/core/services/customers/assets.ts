import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Asset, assetSaveInput } from '../../../../shared/contract/customers.ts';
import { AppError } from '../../../../shared/errors.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { getProfile } from '../profile.ts';
import { requireCustomerRow } from './rows.ts';

type SaveInput = z.output<typeof assetSaveInput>;

interface AssetRow {
  id: number;
  customer_id: number;
  kind: Asset['kind'];
  brand: string;
  model: string;
  serial: string | null;
  imei: string | null;
  plate: string | null;
  vin: string | null;
  mileage_km: number | null;
  purchase_date: string | null;
  proof: Asset['proof'];
  proof_note: string;
  notes: string;
  active: number;
  created_at: string;
  updated_at: string;
}

function toAsset(r: AssetRow): Asset {
  return {
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind,
    brand: r.brand,
    model: r.model,
    serial: r.serial,
    imei: r.imei,
    plate: r.plate,
    vin: r.vin,
    mileageKm: r.mileage_km,
    purchaseDate: r.purchase_date,
    proof: r.proof,
    proofNote: r.proof_note,
    notes: r.notes,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One asset, or null when there is none with this id. */
export function findAsset(db: Database.Database, id: number): Asset | null {
  const row = db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
  return row ? toAsset(row) : null;
}

/** A customer's assets: active ones first, each group newest first. */
export function assetsOf(db: Database.Database, customerId: number, includeInactive: boolean): Asset[] {
  const rows = db
    .prepare(`SELECT * FROM assets WHERE customer_id = ? ${includeInactive ? '' : 'AND active = 1'} ORDER BY active DESC, id DESC`)
    .all(customerId) as AssetRow[];
  return rows.map(toAsset);
}

export function listAssets(db: Database.Database, customerId: number, includeInactive: boolean): Asset[] {
  requireCustomerRow(db, customerId, 'customerId');
  return assetsOf(db, customerId, includeInactive);
}

function requireAssetRow(db: Database.Database, id: number): AssetRow {
  const row = db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No asset with id ${id}`, { id: 'no such asset' });
  return row;
}

/** The columns an asset of its kind keeps: a device has no plate, a vehicle no IMEI. */
function columnsFor(input: SaveInput) {
  const device = input.kind === 'device';
  return {
    customer_id: input.customerId,
    kind: input.kind,
    brand: input.brand,
    model: input.model,
    serial: device && input.serial !== '' ? input.serial : null,
    imei: device ? input.imei : null,
    plate: device ? null : input.plate,
    vin: device ? null : input.vin,
    mileage_km: device ? null : input.mileageKm,
    purchase_date: input.purchaseDate,
    proof: input.proof,
    proof_note: input.proofNote,
    notes: input.notes,
  };
}

/** Adds an asset (no `id`) or changes one; the purchase date may not be after the store's today. */
export function saveAsset(ctx: CallContext, input: SaveInput): Asset {
  return ctx.core.db.transaction(() => saveAssetTx(ctx, input)).immediate();
}

/** saveAsset inside the caller's transaction. */
export function saveAssetTx(ctx: CallContext, input: SaveInput): Asset {
  const { db } = ctx.core;
  const now = ctx.core.nowIso();
  requireCustomerRow(db, input.customerId, 'customerId');
  const today = businessDate(ctx.core.clock.now(), getProfile(db).timeZone);
  if (input.purchaseDate !== null && input.purchaseDate > today) {
    throw new AppError('VALIDATION', 'The purchase date is in the future', { purchaseDate: 'must not be in the future' });
  }
  const columns = columnsFor(input);
  const actorId = ctx.actor?.id ?? null;
  if (input.id === undefined) {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO assets (customer_id, kind, brand, model, serial, imei, plate, vin, mileage_km, purchase_date, proof, proof_note, notes, created_at, updated_at)
         VALUES (@customer_id, @kind, @brand, @model, @serial, @imei, @plate, @vin, @mileage_km, @purchase_date, @proof, @proof_note, @notes, @now, @now)`,
      )
      .run({ ...columns, now });
    const created = toAsset(requireAssetRow(db, Number(lastInsertRowid)));
    recordAudit(db, {
      at: now,
      actorId,
      action: 'asset.create',
      entity: 'asset',
      entityId: created.id,
      after: created,
      origin: ctx.origin,
    });
    return created;
  }
  const row = requireAssetRow(db, input.id);
  if (row.customer_id !== input.customerId) {
    throw new AppError('VALIDATION', `Asset ${row.id} belongs to another customer`, { customerId: 'does not own this asset' });
  }
  db.prepare(
    `UPDATE assets SET kind = @kind, brand = @brand, model = @model, serial = @serial, imei = @imei, plate = @plate, vin = @vin,
            mileage_km = @mileage_km, purchase_date = @purchase_date, proof = @proof, proof_note = @proof_note, notes = @notes, updated_at = @now
      WHERE id = @id`,
  ).run({ ...columns, now, id: row.id });
  const after = toAsset(requireAssetRow(db, row.id));
  recordAudit(db, {
    at: now,
    actorId,
    action: 'asset.update',
    entity: 'asset',
    entityId: row.id,
    before: toAsset(row),
    after,
    origin: ctx.origin,
  });
  return after;
}

/** Deactivates an asset; tickets and appointments that name it keep it. */
export function removeAsset(ctx: CallContext, id: number): Asset {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const now = ctx.core.nowIso();
      const row = requireAssetRow(db, id);
      if (row.active === 0) return toAsset(row);
      db.prepare('UPDATE assets SET active = 0, updated_at = ? WHERE id = ?').run(now, id);
      const after = toAsset(requireAssetRow(db, id));
      recordAudit(db, {
        at: now,
        actorId: ctx.actor?.id ?? null,
        action: 'asset.remove',
        entity: 'asset',
        entityId: id,
        before: toAsset(row),
        after,
        origin: ctx.origin,
      });
      return after;
    })
    .immediate();
}
