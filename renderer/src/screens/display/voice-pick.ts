/** Which speech voice says a call in each language, and why there is none when there is none. Pure: no DOM. */

export type VoiceLanguage = 'zh-CN' | 'en';

/** What choosing needs of a SpeechSynthesisVoice (kept free of DOM types so it is tested in Node). */
export interface VoiceInfo {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

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
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], language: VoiceLanguage): V | null {
  const ranks: ((lang: string) => boolean)[] =
    language === 'zh-CN'
      ? [
          (l) => l === 'zh-cn' || l === 'zh-hans-cn',
          (l) => l.startsWith('cmn'),
          (l) => l.startsWith('zh') && !l.startsWith('zh-hk') && !l.startsWith('yue'),
          (l) => l.startsWith('zh'),
        ]
      : [(l) => l === 'en-us' || l === 'en-gb', (l) => l.startsWith('en')];
  for (const matches of ranks) {
    const found = voices.filter((v) => matches(norm(v.lang)));
    if (found.length)
      return [...found].sort((a, b) => Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService))[0] ?? null;
  }
  return null;
}

type NoVoiceReason = 'unsupported' | 'none' | 'windowsZh' | 'missing';

export interface VoiceChoice {
  language: VoiceLanguage;
  voice: { name: string; lang: string } | null;
  reason: NoVoiceReason | null;
}

/** For Settings: the voice each language would use here, or the reason there is none. */
export function voiceChoices(voices: readonly VoiceInfo[], supported: boolean, windows: boolean): VoiceChoice[] {
  return (['zh-CN', 'en'] as const).map((language) => {
    if (!supported) return { language, voice: null, reason: 'unsupported' };
    if (!voices.length) return { language, voice: null, reason: 'none' };
    const voice = pickVoice(voices, language);
    if (voice) return { language, voice: { name: voice.name, lang: voice.lang }, reason: null };
    return { language, voice: null, reason: language === 'zh-CN' && windows ? 'windowsZh' : 'missing' };
  });
}
