import { describe, expect, it } from 'vitest';
import { counterInput, serviceInput } from '../../shared/contract/queue.ts';
import { nameIn, otherNameIn } from '../../shared/names.ts';

/** A service or counter needs its name in one language; the other falls back to it wherever names show. */

describe('names in one language', () => {
  it('shows the name in the language asked for, or the other language when that one is missing', () => {
    const both = { nameZh: '维修受理', nameEn: 'Repair intake' };
    expect(nameIn('zh-CN', both)).toBe('维修受理');
    expect(nameIn('en', both)).toBe('Repair intake');
    expect(otherNameIn('zh-CN', both)).toBe('Repair intake');
    expect(otherNameIn('en', both)).toBe('维修受理');

    const zhOnly = { nameZh: '维修受理', nameEn: '' };
    expect(nameIn('en', zhOnly)).toBe('维修受理');
    expect(otherNameIn('en', zhOnly)).toBe('');
    expect(otherNameIn('zh-CN', zhOnly)).toBe('');

    const enOnly = { nameZh: '', nameEn: 'Pickup' };
    expect(nameIn('zh-CN', enOnly)).toBe('Pickup');
    expect(otherNameIn('zh-CN', enOnly)).toBe('');
    // The same name in both languages is not shown twice.
    expect(otherNameIn('en', { nameZh: 'VIP', nameEn: 'VIP' })).toBe('');
  });

  const service = { prefix: 'A', typicalMinutes: 10 };
  const counter = { kind: 'window', serviceIds: [1] };
  for (const [what, schema, base] of [
    ['a service', serviceInput, service],
    ['a counter', counterInput, counter],
  ] as const) {
    it(`accepts ${what} named in either language alone`, () => {
      expect(schema.safeParse({ ...base, nameZh: '维修受理', nameEn: '' }).success).toBe(true);
      expect(schema.safeParse({ ...base, nameZh: '', nameEn: 'Repair intake' }).success).toBe(true);
      expect(schema.safeParse({ ...base, nameZh: '  ', nameEn: ' Repair intake ' }).data).toMatchObject({
        nameZh: '',
        nameEn: 'Repair intake',
      });
    });

    it(`refuses ${what} with no name, naming both fields`, () => {
      const result = schema.safeParse({ ...base, nameZh: ' ', nameEn: '' });
      expect(result.success).toBe(false);
      const issues = result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      expect(issues).toEqual([
        { path: 'nameZh', message: 'is required in at least one language (Chinese or English)' },
        { path: 'nameEn', message: 'is required in at least one language (Chinese or English)' },
      ]);
    });
  }
});
