import { pickVoice, UTTERANCE_LANG, type VoiceLanguage } from './voice-pick.ts';
import { loadVoices, speechSupported } from './voices.ts';

/** Longest an utterance may take before it is taken as stuck (some engines never fire `end`). */
function guardMs(text: string): number {
  return 4000 + text.length * 350;
}

/**
 * Says one sentence in a language, at a volume from 0 to 1, and resolves when it has been said, failed, or outlived its guard
 * (then it is cancelled, so the next announcement is not stuck behind it). Resolves at once when the
 * browser cannot speak, or has voices but none for the language: Chinese read by an English voice
 * helps nobody. With no voices listed at all it still tries; the browser may have a default one.
 */
export async function speak(text: string, language: VoiceLanguage, volume = 1): Promise<void> {
  if (!speechSupported()) return;
  const synth = window.speechSynthesis;
  const voices = await loadVoices(300);
  const voice = pickVoice(voices, language);
  if (voices.length && !voice) return;
  await new Promise<void>((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = UTTERANCE_LANG[language];
    if (voice) utterance.voice = voice;
    utterance.rate = language === 'zh-CN' ? 0.9 : 0.95;
    utterance.volume = volume;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      synth.cancel();
      finish();
    }, guardMs(text));
    utterance.onend = finish;
    utterance.onerror = finish;
    synth.speak(utterance);
  });
}
