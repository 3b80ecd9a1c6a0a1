import { describe, expect, it } from 'vitest';
import { maskName } from '../../shared/privacy.ts';

describe('maskName', () => {
  it('keeps the first character of a Chinese name and stars the rest', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('王')).toBe('王*');
  });

  it('shows a Latin name as its initial and three stars, whatever its length', () => {
    expect(maskName('John Smith')).toBe('J***');
    expect(maskName('al')).toBe('A***');
  });

  it('never shows a whole name, and gives null for none', () => {
    expect(maskName('  李四  ')).toBe('李*');
    expect(maskName('')).toBeNull();
    expect(maskName('   ')).toBeNull();
    expect(maskName(null)).toBeNull();
    expect(maskName('😀 Emoji')).toBe('😀***');
  });
});
