import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../shared/privacy.ts';

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

describe('maskPhone', () => {
  it('keeps the first three and the last four digits of a mobile number', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
    expect(maskPhone('+86 138 0000 1234')).toBe('+86 1** **** 1234');
  });

  it('keeps only the last four of a short number, and always hides at least two digits', () => {
    expect(maskPhone('88881234')).toBe('****1234');
    expect(maskPhone('12345')).toBe('**345');
    expect(maskPhone('123')).toBe('**3');
  });
});
