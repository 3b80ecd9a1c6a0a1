import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { makeCore, op, removeTempDirs, setUpStore, tryOp } from '../support/core.ts';

let core: Core;
let token: string;
const ids: Record<string, number> = {};

const names = async (q: string, limit?: number) =>
  (await op(core, 'customers.search', limit ? { q, limit } : { q }, token)).map((c) => c.name);

beforeAll(async () => {
  ({ core } = makeCore());
  ({ adminToken: token } = await setUpStore(core));
  const people: [string, string[], string[]?][] = [
    ['张三', ['13800138000']],
    ['张三丰', ['13912348000', '021-6543-2100']],
    ['李四', ['13700001234'], ['vip']],
    ['王小明', ['18611112222']],
    ['欧阳娜娜', ['15900005678']],
    ['曾小贤', ['13688889999']],
    ['吕布', ['13512345678']],
    ['John Smith', ['+1 415 555 0101']],
    ["Mary O'Brien", ['+44 20 7946 0958']],
    ['Jürgen Müller', ['+49 30 1234567']],
  ];
  for (const [name, phones, tags] of people) ids[name] = (await op(core, 'customers.create', { name, phones, tags: tags ?? [] }, token)).id;
});
afterAll(() => removeTempDirs());

describe('search by phone digits', () => {
  it('finds the phones ending with the last four digits, the exact phone first', async () => {
    expect(await names('8000')).toEqual(['张三', '张三丰']);
    expect(await names('2100')).toEqual(['张三丰']);
  });

  it('finds a full phone however it is typed, and the owners of the same number', async () => {
    expect(await names('138 0013 8000')).toEqual(['张三']);
    expect(await names('+86 138-0013-8000')).toEqual(['张三']);
    expect(await names('+1 (415) 555-0101')).toEqual(['John Smith']);
  });

  it('finds phones starting with the digits, and containing them (three or more)', async () => {
    expect(await names('1391234')).toEqual(['张三丰']);
    expect(await names('0013')).toEqual(['张三']);
    expect(await names('79460')).toEqual(["Mary O'Brien"]);
  });

  it('lists "ends with" matches before "starts with" and "contains" ones', async () => {
    // 1234 ends 13700001234, starts nothing, and is inside 13912348000, 13512345678 and +49 30 1234567.
    expect(await names('1234')).toEqual(['李四', '张三丰', '吕布', 'Jürgen Müller']);
  });

  it('returns summaries with normalised phones, tags and the VIP flag', async () => {
    const [li] = await op(core, 'customers.search', { q: '1234', limit: 1 }, token);
    expect(li).toEqual({ id: ids['李四'], name: '李四', phones: ['13700001234'], tags: ['vip'], vip: true });
  });
});

describe('search by name', () => {
  it('finds the exact name first, then names starting with it', async () => {
    expect(await names('张三')).toEqual(['张三', '张三丰']);
    expect(await names('张')).toEqual(['张三', '张三丰']);
  });

  it('finds a Chinese name by two characters from its middle or end', async () => {
    expect(await names('小明')).toEqual(['王小明']);
    expect(await names('娜娜')).toEqual(['欧阳娜娜']);
    expect(await names('三丰')).toEqual(['张三丰']);
  });

  it('finds three characters or more anywhere in the name, any case', async () => {
    expect(await names('阳娜娜')).toEqual(['欧阳娜娜']);
    expect(await names('smith')).toEqual(['John Smith']);
    expect(await names('SMI')).toEqual(['John Smith']);
  });

  it('finds English names by their start in any case, and accented ones without the accents', async () => {
    expect(await names('John')).toEqual(['John Smith']);
    expect(await names('john s')).toEqual(['John Smith']);
    expect(await names('muller')).toEqual(['Jürgen Müller']);
    expect(await names('obrien')).toEqual(["Mary O'Brien"]);
  });
});

describe('search by pinyin', () => {
  it('finds names by their initials: zs finds 张三 (and 张三丰)', async () => {
    expect(await names('zs')).toEqual(['张三', '张三丰']);
    expect(await names('zsf')).toEqual(['张三丰']);
    expect(await names('ZS')).toEqual(['张三', '张三丰']);
    expect(await names('oynn')).toEqual(['欧阳娜娜']);
  });

  it('reads surnames as surnames (曾 zeng) and ü as v (吕 lv)', async () => {
    expect(await names('zxx')).toEqual(['曾小贤']);
    expect(await names('zengxiao')).toEqual(['曾小贤']);
    expect(await names('lvbu')).toEqual(['吕布']);
  });

  it('finds names by the start of their full pinyin, with or without spaces', async () => {
    expect(await names('zhangsan')).toEqual(['张三', '张三丰']);
    expect(await names('zhang san f')).toEqual(['张三丰']);
    expect(await names('wangxiao')).toEqual(['王小明']);
  });

  it('finds pinyin anywhere from three letters', async () => {
    expect(await names('xiaoming')).toEqual(['王小明']);
  });
});

describe('the result list', () => {
  it('lists the newest customers for an empty query, up to the limit', async () => {
    expect(await names('', 3)).toEqual(['Jürgen Müller', "Mary O'Brien", 'John Smith']);
  });

  it('finds nobody for text that matches nothing', async () => {
    expect(await names('qqqq')).toEqual([]);
    expect(await names('%_%')).toEqual([]);
    expect(await names("'; DROP TABLE customers; --")).toEqual([]);
  });

  it('stops at the limit', async () => {
    expect(await names('1', 2)).toHaveLength(2);
  });

  it('follows a rename and a change of phones at once', async () => {
    await op(core, 'customers.update', { id: ids['吕布'], name: '貂蝉', phones: ['13500009999'] }, token);
    expect(await names('lvbu')).toEqual([]);
    expect(await names('dc')).toEqual(['貂蝉']);
    expect(await names('5678')).toEqual(['欧阳娜娜']);
    expect((await names('9999')).sort()).toEqual(['曾小贤', '貂蝉'].sort());
  });

  it('refuses a query over 100 characters and a limit over 50', async () => {
    expect(await tryOp(core, 'customers.search', { q: 'x'.repeat(101) }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { q: 'must be at most 100 characters' } },
    });
    expect(await tryOp(core, 'customers.search', { q: 'x', limit: 51 }, token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { limit: 'must be at most 50' } },
    });
  });

  it('needs a signed-in staff member', async () => {
    expect(await tryOp(core, 'customers.search', { q: 'zs' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('what staff type at the desk', () => {
  let owners: Record<string, number>;
  beforeAll(async () => {
    const make = async (name: string, phones: string[]) => (await op(core, 'customers.create', { name, phones }, token)).id;
    owners = { car: await make('陈车主', ['13311112222']), phone: await make('Robin Device', ['+1 650 555 0190']) };
    await op(core, 'assets.save', { customerId: owners.car, kind: 'vehicle', brand: '比亚迪', model: '汉', plate: '粤A12345' }, token);
    await op(core, 'assets.save', { customerId: owners.phone, kind: 'device', model: 'Pixel 8', imei: '352099001761481' }, token);
  });

  it('finds a Chinese plate typed without its province character, in any case', async () => {
    expect(await names('A12345')).toEqual(['陈车主']);
    expect(await names('a 12345')).toEqual(['陈车主']);
    expect(await names('粤A12345')).toEqual(['陈车主']);
  });

  it('finds a device by the last four (or more) digits of its IMEI', async () => {
    expect(await names('1481')).toEqual(['Robin Device']);
    expect(await names('761481')).toEqual(['Robin Device']);
  });

  it('finds a North American phone however it is written, and by its last four digits', async () => {
    for (const q of ['(650) 555-0190', '+1 650 555 0190', '6505550190', '650.555.0190'])
      expect(await names(q), q).toEqual(['Robin Device']);
    expect(await names('0190')).toEqual(['Robin Device']);
  });

  it('refuses a second customer with the same North American phone written another way, naming the first', async () => {
    const refused = await tryOp(core, 'customers.create', { name: 'Someone Else', phones: ['6505550190'] }, token);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', params: { customerId: owners.phone, customerName: 'Robin Device' } },
    });
  });
});
