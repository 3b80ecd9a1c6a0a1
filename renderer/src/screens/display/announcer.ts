import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { i18n } from '../../i18n/index.ts';
import { playChime } from './chime.ts';
import { speak } from './speech.ts';
import { languagesOf, type VoiceLanguage } from './voice-pick.ts';

export interface VoiceSettings {
  voiceEnabled: boolean;
  voiceLanguages: 'zh-CN' | 'en' | 'both';
  voiceRepeat: number;
}

/** What is said for a call in a language: "请A012号到2号窗口", "Number A012, please go to Counter 2". */
function callSentence(call: Pick<DisplayCall, 'number' | 'counterNameZh' | 'counterNameEn'>, language: VoiceLanguage): string {
  const counter = language === 'zh-CN' ? call.counterNameZh : call.counterNameEn;
  return i18n.getFixedT(language, 'display')('voice.call', { number: call.number, counter });
}

const PAUSE_MS = 500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Announces calls one after another, never two at once: the chime, then the sentence in each
 * configured language, the whole repeated `voiceRepeat` times. A call arriving meanwhile waits its turn.
 */
export class Announcer {
  readonly #queue: (() => Promise<void>)[] = [];
  #running = false;

  /** Queues a call's announcement; resolves once it has been made. */
  announce(call: Pick<DisplayCall, 'number' | 'counterNameZh' | 'counterNameEn'>, settings: VoiceSettings): Promise<void> {
    return this.#enqueue(async () => {
      await playChime();
      if (!settings.voiceEnabled) return;
      for (let round = 0; round < settings.voiceRepeat; round++) {
        for (const language of languagesOf(settings.voiceLanguages)) {
          await speak(callSentence(call, language), language);
          await pause(PAUSE_MS);
        }
      }
    });
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      this.#queue.push(() => task().finally(resolve));
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      for (let task = this.#queue.shift(); task; task = this.#queue.shift()) {
        try {
          await task();
        } catch (err) {
          console.error('an announcement failed', err);
        }
      }
    } finally {
      this.#running = false;
    }
  }
}
