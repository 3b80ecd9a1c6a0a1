/** Which speech voice says a call in each language, and why there is none when there is none. */

export type VoiceLanguage = 'zh-CN' | 'en';

/** The languages a store setting announces in, in order. */
export function languagesOf(setting: 'zh-CN' | 'en' | 'both'): VoiceLanguage[] {
  return setting === 'both' ? ['zh-CN', 'en'] : [setting];
}

/** What an utterance in each language is tagged with (and what a voice should speak). */
export const UTTERANCE_LANG: Record<VoiceLanguage, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

const norm = (lang: string) => lang.replace('_', '-').toLowerCase();

/**
 * The best installed voice for a language: Mandarin in mainland China first (zh-CN, then cmn, then
 * any zh but Cantonese), English in the US or UK first, then any English. The browser's default voice
 * wins a tie, and a local voice wins over a network one (it works offline).
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: VoiceLanguage): SpeechSynthesisVoice | null {
  const ranks: ((lang: string) => boolean)[] =
    language === 'zh-CN'
      ? [(l) => l === 'zh-cn' || l === 'zh-hans-cn', (l) => l.startsWith('cmn'), (l) => l.startsWith('zh') && !l.startsWith('zh-hk') && !l.startsWith('yue'), (l) => l.startsWith('zh')]
      : [(l) => l === 'en-us' || l === 'en-gb', (l) => l.startsWith('en')];
  for (const matches of ranks) {
    const found = voices.filter((v) => matches(norm(v.lang)));
    if (found.length) return [...found].sort((a, b) => Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService))[0] ?? null;
  }
  return null;
}

export function speechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/**
 * The browser's voices. Chromium returns none until `voiceschanged` fires (on Linux it may never), so
 * wait for it a little before taking "none" for an answer.
 */
export function loadVoices(waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  if (!speechSupported()) return Promise.resolve([]);
  const synth = window.speechSynthesis;
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

export type NoVoiceReason = 'unsupported' | 'none' | 'windowsZh' | 'missing';

export interface VoiceChoice {
  language: VoiceLanguage;
  voice: { name: string; lang: string } | null;
  reason: NoVoiceReason | null;
}

/** For Settings: the voice each language would use here, or the reason there is none. */
export function voiceChoices(voices: readonly SpeechSynthesisVoice[], supported: boolean, windows: boolean): VoiceChoice[] {
  return (['zh-CN', 'en'] as const).map((language) => {
    if (!supported) return { language, voice: null, reason: 'unsupported' };
    if (!voices.length) return { language, voice: null, reason: 'none' };
    const voice = pickVoice(voices, language);
    if (voice) return { language, voice: { name: voice.name, lang: voice.lang }, reason: null };
    return { language, voice: null, reason: language === 'zh-CN' && windows ? 'windowsZh' : 'missing' };
  });
}

export const onWindows = (): boolean => /Windows/i.test(navigator.userAgent);
