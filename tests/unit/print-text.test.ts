import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sanitizeThermal, spread, textColumns, wrapColumns } from '../../electron/core/printing/text.ts';

describe('thermal text: only what the printer can print', () => {
  it('keeps ASCII and Chinese, prints ¥ as the full-width ￥ GBK has', () => {
    expect(sanitizeThermal('Total ¥12.50')).toBe('Total ￥12.50');
    expect(sanitizeThermal('维修中心 iPhone 15')).toBe('维修中心 iPhone 15');
    expect(iconv.encode(sanitizeThermal('¥'), 'gb18030')).toEqual(Buffer.from([0xa3, 0xa4]));
  });

  it('turns each emoji or unprintable grapheme into one "?", drops controls and joiners', () => {
    expect(sanitizeThermal('OK 👍')).toBe('OK ?');
    expect(sanitizeThermal('family 👨‍👩‍👧‍👦 done')).toBe('family ? done');
    expect(sanitizeThermal('flag 🇨🇳!')).toBe('flag ?!');
    expect(sanitizeThermal('thumb 👍🏽')).toBe('thumb ?');
    expect(sanitizeThermal('a\u0000b\u0007c\u001bd\u007f')).toBe('abcd');
    expect(sanitizeThermal('zero\u200bwidth')).toBe('zerowidth');
    expect(sanitizeThermal('tab\there')).toBe('tab here');
    expect(sanitizeThermal('line1\r\nline2')).toBe('line1\nline2');
    expect(sanitizeThermal('ภาษาไทย')).toMatch(/^\?+$/);
  });

  it('never leaves a character that needs GB18030 four-byte codes (no glyph on the printer)', () => {
    const nasty = '😀🎉 ¥€£© ™ ½ ① ㊗ 𠀀 𝔸 \u{10FFFF} \uFFFD Ω ж é ñ ü 한국어 にほんご ・·—';
    const out = sanitizeThermal(nasty);
    for (const ch of out) {
      const bytes = iconv.encode(ch, 'gb18030');
      expect(
        bytes.length === 1 ? bytes[0]! >= 0x20 && bytes[0]! < 0x7f : bytes.length === 2,
        `${ch} (U+${ch.codePointAt(0)!.toString(16)})`,
      ).toBe(true);
    }
  });

  it('counts CJK as two columns', () => {
    expect(textColumns('abc')).toBe(3);
    expect(textColumns('维修')).toBe(4);
    expect(textColumns('￥1')).toBe(3);
  });
});

describe('wrapping to the paper width', () => {
  it('moves whole Latin words and breaks CJK anywhere', () => {
    expect(wrapColumns('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapColumns('一二三四五六七', 6)).toEqual(['一二三', '四五六', '七']);
    expect(wrapColumns('ab一二三', 5)).toEqual(['ab一', '二三']);
  });

  it('never puts a double-width character across the edge', () => {
    for (const line of wrapColumns('a一二三四五', 4)) expect(textColumns(line)).toBeLessThanOrEqual(4);
  });

  it('breaks a word longer than the line, keeps newlines, and always returns a line', () => {
    expect(wrapColumns('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapColumns('a\nb', 10)).toEqual(['a', 'b']);
    expect(wrapColumns('', 10)).toEqual(['']);
  });

  it('wraps a 2,000-character line of mixed text to the width, losing nothing but spaces', () => {
    const text = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? ' ' : i % 3 === 0 ? '修' : 'x')).join('');
    for (const cols of [32, 48, 25, 16]) {
      const lines = wrapColumns(text, cols);
      for (const line of lines) expect(textColumns(line)).toBeLessThanOrEqual(cols);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });

  it('spreads a key and a value to the width, or says they do not fit', () => {
    expect(spread('Total', '￥1.00', 16)).toBe('Total     ￥1.00');
    expect(textColumns(spread('合计', '￥1.00', 32)!)).toBe(32);
    expect(spread('a very long key', 'value', 10)).toBeNull();
  });
});
