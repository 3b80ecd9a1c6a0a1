import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { count, makeCore, op, removeTempDirs, setUpStore, snapshot, tryOp } from '../support/core.ts';

let core: Core;
let token: string;

beforeEach(async () => {
  ({ core } = makeCore());
  ({ adminToken: token } = await setUpStore(core));
});
afterAll(() => removeTempDirs());

const auditRows = (action: string) =>
  core.db.prepare('SELECT entity, entity_id, before_json, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    entity: string;
    entity_id: string;
    before_json: string | null;
    after_json: string | null;
  }[];

describe('creating a customer', () => {
  it('normalises and dedupes the phones, keeps the main one first, lower-cases tags, writes an audit row', async () => {
    const c = await op(
      core,
      'customers.create',
      {
        name: ' 张三 ',
        phones: ['138-0013 8000', '+86 138 0013 8000', '(021) 5555 0000'],
        tags: ['VIP', 'vip', '老客户'],
        notes: '屏幕易碎',
      },
      token,
    );
    expect(c).toMatchObject({
      name: '张三',
      phones: ['13800138000', '02155550000'],
      tags: ['vip', '老客户'],
      vip: true,
      notes: '屏幕易碎',
      assets: [],
    });
    expect(core.db.prepare('SELECT phone, pinyin, initials FROM customers WHERE id = ?').get(c.id)).toEqual({
      phone: '13800138000',
      pinyin: 'zhangsan',
      initials: 'zs',
    });
    const [audit] = auditRows('customer.create');
    expect(audit).toMatchObject({ entity: 'customer', entity_id: String(c.id) });
    expect(JSON.parse(audit!.after_json!)).toEqual({
      name: '张三',
      phones: ['13800138000', '02155550000'],
      tags: ['vip', '老客户'],
      notes: '屏幕易碎',
    });
  });

  it('is found by get with its assets', async () => {
    const c = await op(core, 'customers.create', { name: 'John Smith', phones: ['+1 415 555 0101'] }, token);
    const got = await op(core, 'customers.get', { id: c.id }, token);
    expect(got).toMatchObject({ id: c.id, name: 'John Smith', phones: ['+14155550101'], tags: [], vip: false, assets: [] });
  });

  it.each([
    [{ name: '', phones: ['13800138000'] }, 'name', 'is required'],
    [{ name: '张三', phones: [] }, 'phones', 'add at least one phone number'],
    [{ name: '张三', phones: ['1', '13800138000'] }, 'phones.0', 'must be a phone number'],
    [{ name: '张三', phones: ['1', '2', '3', '4', '5', '6'].map((d) => `1380013800${d}`) }, 'phones', 'at most 5 phone numbers'],
    [{ name: '张三', phones: ['13800138000'], tags: ['x'.repeat(21)] }, 'tags.0', 'must be at most 20 characters'],
    [{ name: '张三', phones: ['13800138000'], tags: [' '] }, 'tags.0', 'is required'],
  ])('refuses %j naming %s, writing nothing', async (input, field, message) => {
    const before = snapshot(core);
    const res = await tryOp(core, 'customers.create', input, token);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: message } } });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('a phone another customer has', () => {
  it('refuses with CONFLICT naming the phone and the owner, and writes nothing', async () => {
    const zhang = await op(core, 'customers.create', { name: '张三', phones: ['13800138000'] }, token);
    const before = snapshot(core);
    const res = await tryOp(core, 'customers.create', { name: '张三丰', phones: ['15900005678', '+86 13800138000'] }, token);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { 'phones.1': 'belongs to another customer' },
        params: { customerId: zhang.id, customerName: '张三' },
      },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('creates anyway when the receptionist confirms; search then finds both', async () => {
    await op(core, 'customers.create', { name: '张三', phones: ['13800138000'] }, token);
    const twin = await op(core, 'customers.create', { name: '张三丰', phones: ['13800138000'], confirmDuplicate: true }, token);
    expect(twin.phones).toEqual(['13800138000']);
    expect((await op(core, 'customers.search', { q: '8000' }, token)).map((c) => c.name)).toEqual(['张三', '张三丰']);
  });

  it('on update warns only for phones new to this customer', async () => {
    const a = await op(core, 'customers.create', { name: '张三', phones: ['13800138000'] }, token);
    const b = await op(core, 'customers.create', { name: '李四', phones: ['13800138000'], confirmDuplicate: true }, token);
    // b already shares the phone: saving b again does not ask again.
    await op(core, 'customers.update', { id: b.id, name: '李四', phones: ['13800138000'], notes: 'shared family phone' }, token);
    const res = await tryOp(core, 'customers.update', { id: b.id, phones: ['13800138000', '13912345678'] }, token);
    expect(res.ok).toBe(true);
    await op(core, 'customers.create', { name: '王五', phones: ['13700001234'] }, token);
    const clash = await tryOp(core, 'customers.update', { id: a.id, phones: ['13800138000', '13700001234'] }, token);
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { 'phones.1': 'belongs to another customer' }, params: { customerName: '王五' } },
    });
  });
});

describe('updating a customer', () => {
  it('changes what is given, re-keys a new name, replaces the phones, and audits before and after', async () => {
    const c = await op(core, 'customers.create', { name: '张三', phones: ['13800138000'], tags: ['vip'] }, token);
    const u = await op(core, 'customers.update', { id: c.id, name: '欧阳娜娜', phones: ['15900005678', '13800138000'], tags: [] }, token);
    expect(u).toMatchObject({ name: '欧阳娜娜', phones: ['15900005678', '13800138000'], tags: [], vip: false, notes: '' });
    expect(core.db.prepare('SELECT phone, pinyin, initials FROM customers WHERE id = ?').get(c.id)).toEqual({
      phone: '15900005678',
      pinyin: 'ouyangnana',
      initials: 'oynn',
    });
    expect((await op(core, 'customers.search', { q: 'oy' }, token)).map((x) => x.id)).toEqual([c.id]);
    expect(await op(core, 'customers.search', { q: 'zs' }, token)).toEqual([]);
    const [audit] = auditRows('customer.update');
    expect(JSON.parse(audit!.before_json!)).toEqual({ name: '张三', phones: ['13800138000'], tags: ['vip'], notes: '' });
    expect(JSON.parse(audit!.after_json!)).toEqual({ name: '欧阳娜娜', phones: ['15900005678', '13800138000'], tags: [], notes: '' });
  });

  it('keeps what is not given', async () => {
    const c = await op(core, 'customers.create', { name: '张三', phones: ['13800138000'], notes: 'n', tags: ['vip'] }, token);
    const u = await op(core, 'customers.update', { id: c.id, notes: 'new note' }, token);
    expect(u).toMatchObject({ name: '张三', phones: ['13800138000'], tags: ['vip'], notes: 'new note' });
    expect(count(core, 'customer_phones', 'customer_id = ?', c.id)).toBe(1);
  });

  it('refuses an unknown customer with NOT_FOUND', async () => {
    const res = await tryOp(core, 'customers.update', { id: 999, name: 'x' }, token);
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { id: 'no such customer' } } });
    expect(await tryOp(core, 'customers.get', { id: 999 }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the demo shop', () => {
  it('writes its customers through the service: normalised phones, pinyin keys, a VIP, a device, audit rows from the loading call', async () => {
    const { core: demo } = makeCore();
    await op(demo, 'setup.loadDemo', { locale: 'zh-CN' });
    const rows = demo.db.prepare('SELECT name, phone, pinyin, initials, tags FROM customers ORDER BY id').all() as {
      name: string;
      pinyin: string;
    }[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ name: '张三', phone: '13800138000', pinyin: 'zhangsan', initials: 'zs', tags: '[]' });
    expect(count(demo, 'customer_phones')).toBe(7);
    expect(count(demo, 'customers', 'tags LIKE \'%"vip"%\'')).toBe(1);
    // Every demo customer but two brings a phone in (the demo's repair jobs are for them).
    expect(count(demo, 'assets')).toBe(5);
    expect(count(demo, 'audit_log', "action = 'customer.create' AND origin = 'test'")).toBe(6);
    const { token: t } = await op(demo, 'auth.signIn', { staffId: 1, pin: '1111' });
    expect((await op(demo, 'customers.search', { q: 'zs' }, t)).map((c) => c.name)).toEqual(['张三']);
    expect((await op(demo, 'customers.search', { q: '2100' }, t)).map((c) => c.name)).toEqual(['李四']);
    demo.close();
  });
});
