import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { i18n } from '../../i18n/index.ts';
import { playChime } from './chime.ts';
import { speak } from './speech.ts';
import { callSentence } from './spoken.ts';
import { languagesOf } from './voice-pick.ts';

export interface VoiceSettings {
  voiceEnabled: boolean;
  voiceLanguages: 'zh-CN' | 'en' | 'both';
  voiceRepeat: number;
  /** Percent, 10 to 100. */
  voiceVolume: number;
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
      const volume = settings.voiceVolume / 100;
      await playChime(volume);
      if (!settings.voiceEnabled) return;
      for (let round = 0; round < settings.voiceRepeat; round++) {
        for (const language of languagesOf(settings.voiceLanguages)) {
          await speak(callSentence(call, i18n.getFixedT(language, 'display'), language), language, volume);
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
