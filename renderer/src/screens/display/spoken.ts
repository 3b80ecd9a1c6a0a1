import type { TFunction } from 'i18next';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { nameIn } from '../../../../shared/names.ts';

/**
 * A queue number as it should be heard in a waiting room: letters spelled and digits read one by one,
 * "A 零 一 二" or "A zero one two", never "A twelve" (speech engines read "A012" as a number).
 * `t` is the display namespace in the language spoken.
 */
export function spokenNumber(number: string, t: TFunction): string {
  const digits = t('voice.digits').split(' ');
  return [...number]
    .filter((ch) => ch.trim() !== '')
    .map((ch) => (/\d/.test(ch) ? (digits[Number(ch)] ?? ch) : ch.toUpperCase()))
    .join(' ');
}

/** What is said for a call: "请 A 零 一 二 号 到 2号窗口", "Number A zero one two, please go to Counter 2". */
export function callSentence(
  call: Pick<DisplayCall, 'number' | 'counterNameZh' | 'counterNameEn'>,
  t: TFunction,
  language: 'zh-CN' | 'en',
): string {
  const counter = nameIn(language, { nameZh: call.counterNameZh, nameEn: call.counterNameEn });
  return t('voice.call', { number: spokenNumber(call.number, t), counter });
}
