import { describe, expect, it } from 'vitest';
import type { DisplayState } from '../../shared/contract/devices.ts';
import type { DisplayCall } from '../../shared/contract/queue.ts';
import { withCall } from '../../renderer/src/screens/display/calls.ts';
import { callSentence, spokenNumber } from '../../renderer/src/screens/display/spoken.ts';
import { coreT } from '../../electron/core/i18n.ts';
import { languagesOf, pickVoice, voiceChoices, type VoiceInfo } from '../../renderer/src/screens/display/voice-pick.ts';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  name,
  lang,
  default: false,
  localService: true,
  ...extra,
});

describe('choosing a voice', () => {
  const voices = [
    voice('Sin-ji', 'zh-HK'),
    voice('Mei-Jia', 'zh-TW'),
    voice('Tingting', 'zh-CN'),
    voice('Daniel', 'en-GB'),
    voice('Samantha', 'en-US', { default: true }),
  ];

  it('prefers mainland Mandarin for Chinese and US or UK English for English, the default voice first', () => {
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Tingting');
    expect(pickVoice(voices, 'en')?.name).toBe('Samantha');
    expect(pickVoice([voice('Yue', 'zh-HK'), voice('Taiwan', 'zh_TW')], 'zh-CN')?.name).toBe('Taiwan');
    expect(pickVoice([voice('Online', 'en-AU', { localService: false }), voice('Local', 'en-IN')], 'en')?.name).toBe('Local');
    expect(pickVoice([voice('Samantha', 'en-US')], 'zh-CN')).toBeNull();
  });

  it('says why there is no voice: no speech, none installed, the Windows Chinese pack, or none for the language', () => {
    expect(voiceChoices([], false, false).map((c) => c.reason)).toEqual(['unsupported', 'unsupported']);
    expect(voiceChoices([], true, true).map((c) => c.reason)).toEqual(['none', 'none']);
    const english = [voice('David', 'en-US')];
    expect(voiceChoices(english, true, true)).toEqual([
      { language: 'zh-CN', voice: null, reason: 'windowsZh' },
      { language: 'en', voice: { name: 'David', lang: 'en-US' }, reason: null },
    ]);
    expect(voiceChoices(english, true, false)[0]?.reason).toBe('missing');
  });

  it('announces in the configured languages, Chinese first', () => {
    expect(languagesOf('both')).toEqual(['zh-CN', 'en']);
    expect(languagesOf('en')).toEqual(['en']);
  });
});

describe('a call arriving on the display', () => {
  const call = (ticketId: number, number: string): DisplayCall => ({
    ticketId,
    number,
    serviceId: 1,
    counterId: 2,
    counterNameZh: '2号窗口',
    counterNameEn: 'Counter 2',
    customerMasked: null,
    at: `2026-03-02T01:0${ticketId}:00.000Z`,
    callCount: 1,
  });
  const state = (current: DisplayCall | null, recent: DisplayCall[]) => ({ current, recent }) as DisplayState;

  it('becomes current and pushes the previous one onto the recent list, six at most', () => {
    const recent = [2, 3, 4, 5, 6, 7].map((i) => call(i, `A00${i}`));
    const next = withCall(state(call(8, 'A008'), recent), call(9, 'A009'));
    expect(next.current?.number).toBe('A009');
    expect(next.recent.map((c) => c.number)).toEqual(['A008', 'A002', 'A003', 'A004', 'A005', 'A006']);
  });

  it('lists a recalled number once', () => {
    const next = withCall(state(call(2, 'A002'), [call(1, 'A001')]), { ...call(1, 'A001'), callCount: 2 });
    expect(next.current).toMatchObject({ number: 'A001', callCount: 2 });
    expect(next.recent.map((c) => c.number)).toEqual(['A002']);
  });
});

describe('what the display says', () => {
  const call = { number: 'A012', counterNameZh: '2号窗口', counterNameEn: 'Counter 2' };

  it('reads the number digit by digit in both languages, never as a whole number', () => {
    const zh = coreT('zh-CN', 'display');
    const en = coreT('en', 'display');
    expect(spokenNumber('A012', zh)).toBe('A 零 一 二');
    expect(spokenNumber('A012', en)).toBe('A zero one two');
    expect(spokenNumber('b100', en)).toBe('B one zero zero');
    expect(callSentence(call, zh, 'zh-CN')).toBe('请 A 零 一 二 号 到 2号窗口');
    expect(callSentence(call, en, 'en')).toBe('Number A zero one two, please go to Counter 2');
  });

  it('says the counter by the name it has when it has none in the language spoken', () => {
    const zh = coreT('zh-CN', 'display');
    const en = coreT('en', 'display');
    expect(callSentence({ number: 'D001', counterNameZh: '4号窗口', counterNameEn: '' }, en, 'en')).toBe(
      'Number D zero zero one, please go to 4号窗口',
    );
    expect(callSentence({ number: 'D001', counterNameZh: '', counterNameEn: 'Bay 4' }, zh, 'zh-CN')).toBe('请 D 零 零 一 号 到 Bay 4');
  });
});
