import iconv from 'iconv-lite';

/**
 * Text for a thermal printer: only what its fonts can print, measured the way it prints.
 *
 * Chinese ESC/POS printers print single-byte (ASCII) characters from the 12x24 font and double-byte
 * GBK characters from the 24x24 font, so a character's width in columns is exactly its length in
 * bytes once encoded: 1 for ASCII, 2 for GBK. GB18030's four-byte characters (emoji, most symbols
 * outside GBK, and the yen sign ¥) have no glyph in the printer's font and would print as garbage:
 * they become "?" here, except ¥, which is printed as the full-width ￥ that GBK has.
 */

const REPLACEMENT = '?';
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Characters that take no room and carry no glyph: joiners, variation selectors, marks, controls. */
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;

const SUBSTITUTES: Record<string, string> = {
  '\u00a5': '\uffe5', // ¥ has no GBK code; ￥ does
  '\t': ' ',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u3000': '  ', // ideographic space: two columns of plain space
  '\u2028': ' ',
  '\u2029': ' ',
};

function mapChar(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (code >= 0x20 && code < 0x7f) return ch;
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const sub = SUBSTITUTES[ch];
  if (sub !== undefined) out = sub;
  else if (INVISIBLE.test(ch)) out = '';
  else {
    const bytes = iconv.encode(ch, 'gb18030');
    out = bytes.length === 2 && bytes[0]! >= 0x81 ? ch : REPLACEMENT;
  }
  if (cache.size < CACHE_LIMIT) cache.set(ch, out);
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

const PLAIN = /^[\x20-\x7e\n]*$/;
/** Text whose user-perceived characters may span several code points, or that has CR line ends. */
// Variation selectors and the kana voicing marks are marks (\p{M}); the zero-width joiner stands
// alone so the class does not read as one joined character.
const NEEDS_GRAPHEMES = /[\p{M}\u1100-\u11ff\r\u200c]|\u200d|[\u{10000}-\u{10ffff}]/u;

/**
 * Keeps what the printer can print. Each user-perceived character (grapheme) becomes one printable
 * character or one "?", so a family emoji is a single "?", not a row of them. Newlines are kept.
 */
export function sanitizeThermal(text: string): string {
  if (PLAIN.test(text)) return text;
  if (!NEEDS_GRAPHEMES.test(text)) {
    // Every code point stands alone (no marks, joiners, astral characters): map one by one.
    let out = '';
    for (const ch of text) out += mapChar(ch);
    return out;
  }
  let out = '';
  for (const { segment } of segmenter.segment(text.normalize('NFC').replace(/\r\n?/g, '\n'))) {
    if (segment === '\n') {
      out += '\n';
      continue;
    }
    // One grapheme prints as its printable parts, or as a single "?" when any part has no glyph
    // (an emoji with skin tone and joiners, a flag, a Thai cluster), never as a row of them.
    let mapped = '';
    let unprintable = false;
    for (const ch of segment) {
      const m = mapChar(ch);
      if (m === REPLACEMENT && ch !== REPLACEMENT) unprintable = true;
      mapped += m;
    }
    if (unprintable) mapped = REPLACEMENT;
    out += mapped;
  }
  return out;
}

/** Columns one sanitized character takes: 1 for ASCII, 2 for a double-byte (CJK, full-width) one. */
function columnsOf(ch: string): number {
  return (ch.codePointAt(0) as number) < 0x80 ? 1 : 2;
}

export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) n += columnsOf(ch);
  return n;
}

const isSpace = (ch: string) => ch === ' ';

/**
 * Wraps sanitized text to `width` columns: Latin words move whole to the next line (a word longer
 * than the line is broken), CJK text breaks between any two characters. Newlines start a new line.
 * Always returns at least one line.
 */
export function wrapColumns(text: string, width: number): string[] {
  const cols = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: a run of spaces, a run of narrow non-space characters (a word), or one wide character.
    const tokens: string[] = [];
    let word = '';
    let spaces = '';
    for (const ch of paragraph) {
      if (isSpace(ch)) {
        if (word) {
          tokens.push(word);
          word = '';
        }
        spaces += ch;
      } else {
        if (spaces) {
          tokens.push(spaces);
          spaces = '';
        }
        if (columnsOf(ch) === 2) {
          if (word) {
            tokens.push(word);
            word = '';
          }
          tokens.push(ch);
        } else word += ch;
      }
    }
    if (word) tokens.push(word);
    if (spaces) tokens.push(spaces);

    const out: string[] = [];
    let line = '';
    let used = 0;
    const flush = () => {
      out.push(line.replace(/ +$/, ''));
      line = '';
      used = 0;
    };
    for (const token of tokens) {
      const w = textColumns(token);
      if (isSpace(token[0] as string)) {
        if (used === 0 && out.length > 0) continue; // no leading spaces on a wrapped line
        if (used + w <= cols) {
          line += token;
          used += w;
        } else flush();
        continue;
      }
      if (used + w <= cols) {
        line += token;
        used += w;
      } else if (w <= cols) {
        flush();
        line = token;
        used = w;
      } else {
        // A word longer than a whole line: fill this line, then break it character by character.
        for (const ch of token) {
          const cw = columnsOf(ch);
          if (used + cw > cols) flush();
          line += ch;
          used += cw;
        }
      }
    }
    if (line !== '' || out.length === 0) flush();
    lines.push(...out);
  }
  return lines;
}

/** Pads `left` and `right` apart to exactly `width` columns; null when they do not fit on one line. */
export function spread(left: string, right: string, width: number): string | null {
  const gap = width - textColumns(left) - textColumns(right);
  if (gap < 1) return null;
  return left + ' '.repeat(gap) + right;
}
