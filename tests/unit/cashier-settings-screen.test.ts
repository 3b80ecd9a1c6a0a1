import { describe, expect, it } from 'vitest';
import { nextKey } from '../../renderer/src/screens/settings/cashier/newKey.ts';
import { cashierKey, cashierSettings, DEFAULT_CASHIER_SETTINGS } from '../../shared/contract/cashier-settings.ts';

/** The cashier settings tab's own rules: a new row's code, and what its form refuses by field (the contract's schema). */

describe('a new till’s or item’s code', () => {
  it('is the prefix and the first number no row has, and a valid key', () => {
    expect(nextKey('till', [])).toBe('till1');
    expect(nextKey('till', ['till1', 'till3'])).toBe('till2');
    expect(nextKey('item', ['charger', 'item1', 'item2'])).toBe('item3');
    expect(cashierKey.safeParse(nextKey('item', ['item1'])).success).toBe(true);
  });
});

describe('the form’s checks', () => {
  const pathsOf = (patch: Record<string, unknown>) => {
    const result = cashierSettings.safeParse({ ...DEFAULT_CASHIER_SETTINGS, ...patch });
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts the defaults', () => {
    expect(pathsOf({})).toEqual([]);
  });

  it('names the field: a till listed twice, an item with no name, a discount over 100%, coins out of order, a fraction of a fen', () => {
    expect(pathsOf({ tills: [DEFAULT_CASHIER_SETTINGS.tills[0], DEFAULT_CASHIER_SETTINGS.tills[0]] })).toEqual(['tills.1.key']);
    expect(pathsOf({ quickItems: [{ key: 'x', nameZh: '', nameEn: '', unitPriceMinor: 100, taxable: true }] })).toEqual([
      'quickItems.0.nameZh',
      'quickItems.0.nameEn',
    ]);
    expect(pathsOf({ discountLimitBp: 10_001 })).toEqual(['discountLimitBp']);
    expect(pathsOf({ denominations: [100, 500] })).toEqual(['denominations']);
    expect(pathsOf({ varianceNoteMinor: 0.5 })).toEqual(['varianceNoteMinor']);
    expect(pathsOf({ tills: [] })).toEqual(['tills']);
  });
});
