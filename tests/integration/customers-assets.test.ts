import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { ADMIN_PIN, type ManualClock, makeCore, op, removeTempDirs, setUpStore, snapshot, tryOp } from '../support/core.ts';

let core: Core;
let clock: ManualClock;
let token: string;
let adminId: number;
let customerId: number;

// The test clock starts at 2026-03-02T01:00Z: 09:00 on 2 March in the store's zone (Asia/Shanghai).
const device = {
  kind: 'device',
  brand: 'Apple',
  model: 'iPhone 13',
  serial: 'F2LXK0ABC',
  imei: '35-693803-564380-9',
  purchaseDate: '2025-06-18',
  proof: 'invoice',
  proofNote: 'No. 0042',
};
const vehicle = {
  kind: 'vehicle',
  brand: 'Toyota',
  model: 'Corolla',
  plate: '沪a·12345',
  vin: '1hgcm82633a004352',
  mileageKm: 42_000,
  purchaseDate: '2021-09-30',
  proof: 'receipt',
};

beforeEach(async () => {
  ({ core, clock } = makeCore());
  ({ adminToken: token, adminId } = await setUpStore(core));
  customerId = (await op(core, 'customers.create', { name: '张三', phones: ['13800138000'] }, token)).id;
});
afterAll(() => removeTempDirs());

describe('saving assets', () => {
  it('adds a device with its IMEI normalised and checked, and an audit row', async () => {
    const a = await op(core, 'assets.save', { customerId, ...device }, token);
    expect(a).toMatchObject({
      customerId,
      kind: 'device',
      brand: 'Apple',
      model: 'iPhone 13',
      serial: 'F2LXK0ABC',
      imei: '356938035643809',
      plate: null,
      vin: null,
      mileageKm: null,
      purchaseDate: '2025-06-18',
      proof: 'invoice',
      proofNote: 'No. 0042',
      active: true,
    });
    const audit = core.db.prepare("SELECT entity, entity_id, after_json FROM audit_log WHERE action = 'asset.create'").get() as {
      entity: string;
      entity_id: string;
      after_json: string;
    };
    expect(audit).toMatchObject({ entity: 'asset', entity_id: String(a.id) });
    expect(JSON.parse(audit.after_json)).toMatchObject({ imei: '356938035643809' });
    expect((await op(core, 'customers.get', { id: customerId }, token)).assets.map((x) => x.id)).toEqual([a.id]);
  });

  it('adds a vehicle with its plate and VIN normalised, and keeps no device fields', async () => {
    const a = await op(core, 'assets.save', { customerId, ...vehicle, serial: 'ignored', imei: '' }, token);
    expect(a).toMatchObject({ kind: 'vehicle', plate: '沪A12345', vin: '1HGCM82633A004352', mileageKm: 42_000, serial: null, imei: null });
  });

  it.each([
    [{ imei: '356938035643808' }, 'imei', 'check digit does not match'],
    [{ imei: '35693803564380' }, 'imei', 'must be 15 digits'],
    [{ imei: '3569380356438090' }, 'imei', 'must be 15 digits'],
    [{ model: '' }, 'model', 'is required'],
    [{ purchaseDate: '2025-02-30' }, 'purchaseDate', 'must be a date such as 2026-03-02'],
    [{ purchaseDate: '18/06/2025' }, 'purchaseDate', 'must be a date such as 2026-03-02'],
    [{ proof: 'photo' }, 'proof', 'must be one of none, invoice, receipt, warrantyCard, other'],
    [{ kind: 'boat' }, 'kind', 'must be device or vehicle'],
  ])('refuses a device with %j, naming %s, and writes nothing', async (change, field, message) => {
    const before = snapshot(core);
    expect(await tryOp(core, 'assets.save', { customerId, ...device, ...change }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { [field]: message } },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it.each([
    [{ vin: '1HGCM82643A004352' }, 'vin', 'check digit does not match'],
    [{ vin: '1HGCM82633A00435' }, 'vin', 'must be 17 characters'],
    [{ vin: '1HGCM82633AO04352' }, 'vin', 'must not contain I, O or Q'],
    [{ plate: '沪A#12345' }, 'plate', 'must be a licence plate'],
    [{ plate: '', vin: '' }, 'plate', 'enter a plate or a VIN'],
    [{ mileageKm: -1 }, 'mileageKm', 'must not be negative'],
    [{ mileageKm: 12.5 }, 'mileageKm', 'must be a whole number'],
  ])('refuses a vehicle with %j, naming %s', async (change, field, message) => {
    expect(await tryOp(core, 'assets.save', { customerId, ...vehicle, ...change }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { [field]: message } },
    });
  });

  it('keeps null, not an empty string, for what was left out', async () => {
    const a = await op(core, 'assets.save', { customerId, kind: 'device', model: 'Mate 60' }, token);
    expect(a).toMatchObject({
      brand: '',
      serial: null,
      imei: null,
      plate: null,
      vin: null,
      mileageKm: null,
      purchaseDate: null,
      proof: 'none',
    });
    expect(await tryOp(core, 'assets.save', { customerId, kind: 'vehicle', model: 'Corolla' }, token)).toMatchObject({
      ok: false,
      error: { fields: { plate: 'enter a plate or a VIN' } },
    });
  });

  it('takes a vehicle with only a plate or only a VIN', async () => {
    expect((await op(core, 'assets.save', { customerId, ...vehicle, vin: '' }, token)).vin).toBeNull();
    expect((await op(core, 'assets.save', { customerId, ...vehicle, plate: '' }, token)).plate).toBeNull();
  });

  it("refuses a purchase date after the store's today, and takes today", async () => {
    const before = snapshot(core);
    expect(await tryOp(core, 'assets.save', { customerId, ...device, purchaseDate: '2026-03-03' }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { purchaseDate: 'must not be in the future' } },
    });
    expect(snapshot(core)).toEqual(before);
    // 01:00Z is already 2 March in Shanghai, although still 1 March in UTC.
    expect((await op(core, 'assets.save', { customerId, ...device, purchaseDate: '2026-03-02' }, token)).purchaseDate).toBe('2026-03-02');
    clock.advanceMinutes(24 * 60);
    const { token: later } = await op(core, 'auth.signIn', { staffId: adminId, pin: ADMIN_PIN });
    expect((await op(core, 'assets.save', { customerId, ...device, purchaseDate: '2026-03-03' }, later)).purchaseDate).toBe('2026-03-03');
  });

  it('refuses an unknown customer or asset with NOT_FOUND', async () => {
    expect(await tryOp(core, 'assets.save', { customerId: 999, ...device }, token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { customerId: 'no such customer' } },
    });
    expect(await tryOp(core, 'assets.save', { id: 999, customerId, ...device }, token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { id: 'no such asset' } },
    });
    expect(await tryOp(core, 'assets.list', { customerId: 999 }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("edits an asset, audits before and after, and refuses to move it to another customer's record", async () => {
    const a = await op(core, 'assets.save', { customerId, ...device }, token);
    const edited = await op(
      core,
      'assets.save',
      { id: a.id, customerId, ...device, model: 'iPhone 13 mini', imei: '490154203237518' },
      token,
    );
    expect(edited).toMatchObject({ id: a.id, model: 'iPhone 13 mini', imei: '490154203237518' });
    const audit = core.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'asset.update'").get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(audit.before_json)).toMatchObject({ model: 'iPhone 13', imei: '356938035643809' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ model: 'iPhone 13 mini', imei: '490154203237518' });
    const other = (await op(core, 'customers.create', { name: '李四', phones: ['13912345678'] }, token)).id;
    expect(await tryOp(core, 'assets.save', { id: a.id, customerId: other, ...device }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { customerId: 'does not own this asset' } },
    });
  });
});

describe('removing assets', () => {
  it('deactivates: the list leaves it out unless asked, the customer page lists it last', async () => {
    const phone = await op(core, 'assets.save', { customerId, ...device }, token);
    const car = await op(core, 'assets.save', { customerId, ...vehicle }, token);
    const removed = await op(core, 'assets.remove', { id: phone.id }, token);
    expect(removed).toMatchObject({ id: phone.id, active: false });
    expect((await op(core, 'assets.list', { customerId }, token)).map((a) => a.id)).toEqual([car.id]);
    expect((await op(core, 'assets.list', { customerId, includeInactive: true }, token)).map((a) => [a.id, a.active])).toEqual([
      [car.id, true],
      [phone.id, false],
    ]);
    expect((await op(core, 'customers.get', { id: customerId }, token)).assets.map((a) => a.id)).toEqual([car.id, phone.id]);
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'asset.remove'").get()).toEqual({ n: 1 });
    // Removing it again changes nothing and records nothing.
    await op(core, 'assets.remove', { id: phone.id }, token);
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'asset.remove'").get()).toEqual({ n: 1 });
  });

  it('refuses an unknown asset with NOT_FOUND', async () => {
    expect(await tryOp(core, 'assets.remove', { id: 999 }, token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { id: 'no such asset' } },
    });
  });
});

describe('finding the owner', () => {
  it('by a full IMEI, a plate or a VIN typed in the customer search', async () => {
    await op(core, 'assets.save', { customerId, ...device }, token);
    await op(core, 'assets.save', { customerId, ...vehicle }, token);
    for (const q of ['356938035643809', '沪A12345', '沪a 12345', '1HGCM82633A004352', 'F2LXK0ABC']) {
      expect(
        (await op(core, 'customers.search', { q }, token)).map((c) => c.id),
        q,
      ).toEqual([customerId]);
    }
  });
});
