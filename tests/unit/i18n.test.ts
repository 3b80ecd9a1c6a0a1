import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/index.ts';
import { AUDIT_ACTIONS } from '../../shared/audit-actions.ts';
import { PRINT_ERROR_CODES } from '../../shared/print/errors.ts';

/** Every leaf of a catalogue as `path.to.key` → value; list items (read with returnObjects) as `path.0`. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) for (const [p, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
  } else out.set(prefix, value);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

function compare(en: unknown, zh: unknown): { missingInZh: string[]; missingInEn: string[] } {
  const a = leaves(en);
  const b = leaves(zh);
  return { missingInZh: [...a.keys()].filter((k) => !b.has(k)), missingInEn: [...b.keys()].filter((k) => !a.has(k)) };
}

describe('i18n catalogues', () => {
  const languages = Object.keys(resources);

  it('holds exactly en and zh-CN with the same namespaces', () => {
    expect(languages.sort()).toEqual(['en', 'zh-CN']);
    expect(Object.keys(resources['zh-CN']).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it('the comparison notices a key missing deep inside a namespace, or a list item', () => {
    const en = { screen: { title: 'Queue', empty: { line: 'Nobody waiting' }, items: ['one', 'two'] } };
    const zh = { screen: { title: '排队', empty: {}, items: ['一'] } };
    expect(compare(en, zh)).toEqual({ missingInZh: ['screen.empty.line', 'screen.items.1'], missingInEn: ['screen.empty'] });
  });

  it('has the same keys in en and zh-CN, all the way down', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const { missingInZh, missingInEn } = compare(resources.en[ns], resources['zh-CN'][ns]);
      expect(missingInZh, `keys of ${ns} missing in zh-CN`).toEqual([]);
      expect(missingInEn, `keys of ${ns} missing in en`).toEqual([]);
    }
  });

  it('has no empty or non-text entries, and the same {{placeholders}} in both languages', () => {
    let checked = 0;
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const zh = leaves(resources['zh-CN'][ns]);
      for (const lang of languages as (keyof typeof resources)[]) {
        for (const [key, value] of leaves(resources[lang][ns])) {
          expect(typeof value, `${lang} ${ns}.${key}`).toBe('string');
          expect((value as string).trim(), `${lang} ${ns}.${key} is empty`).not.toBe('');
          checked++;
        }
      }
      for (const [key, value] of leaves(resources.en[ns])) {
        expect(placeholders(String(zh.get(key))), `${ns}.${key} placeholders`).toEqual(placeholders(String(value)));
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('audit action labels', () => {
  it('label every action the services write, in en and zh-CN, and nothing else', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(30);
    expect(new Set(AUDIT_ACTIONS).size, 'an action listed twice').toBe(AUDIT_ACTIONS.length);
    for (const language of ['en', 'zh-CN'] as const) {
      const labels: Record<string, unknown> = resources[language].audit.actions;
      for (const action of AUDIT_ACTIONS) {
        expect(typeof labels[action], `${language} label for ${action}`).toBe('string');
        expect((labels[action] as string).trim(), `${language} label for ${action}`).not.toBe('');
      }
      expect(Object.keys(labels).sort(), `${language} labels for actions nobody writes`).toEqual([...AUDIT_ACTIONS].sort());
    }
  });

  it("read as words, not the action's code: a Chinese label is written in Chinese", () => {
    for (const action of AUDIT_ACTIONS) {
      const en = resources.en.audit.actions[action];
      const zh = resources['zh-CN'].audit.actions[action];
      expect(en, `en label for ${action}`).not.toMatch(/^[\w.]+$/);
      expect(zh, `zh-CN label for ${action}`).toMatch(/\p{Script=Han}/u);
      expect(zh, `zh-CN label for ${action}`).not.toMatch(/[a-z]+\.[a-z]+/i);
    }
  });
});

describe('print error sentences', () => {
  it('say every reason a print can fail, in en and zh-CN (the Chinese in Chinese), and nothing else', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const sentences: Record<string, string> = resources[language].print.errors;
      expect(Object.keys(sentences).sort(), `${language} print errors`).toEqual([...PRINT_ERROR_CODES].sort());
      for (const code of PRINT_ERROR_CODES) expect(sentences[code]?.trim(), `${language} print.errors.${code}`).toBeTruthy();
    }
    for (const code of PRINT_ERROR_CODES) expect(resources['zh-CN'].print.errors[code], code).toMatch(/\p{Script=Han}/u);
    expect(resources['zh-CN'].print.unknownError).toMatch(/\p{Script=Han}/u);
  });
});
