/** The browser's speech: whether it exists, its voices (which may arrive late), the platform. */

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

export const onWindows = (): boolean => /Windows/i.test(navigator.userAgent);
