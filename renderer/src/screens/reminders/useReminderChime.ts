import { useEffect, useRef } from 'react';
import { audioContext, playChime } from '../display/chime.ts';

/**
 * Rings while `ringing` is true: at once when it starts, then every 20 seconds until someone takes the
 * reminder. The page's sound is started by the first key or click (browsers allow sound only after one).
 */
export function useReminderChime(ringing: boolean): void {
  const started = useRef(false);
  useEffect(() => {
    const start = () => {
      if (started.current) return;
      started.current = true;
      void audioContext()?.resume();
    };
    window.addEventListener('pointerdown', start, { once: true, capture: true });
    window.addEventListener('keydown', start, { once: true, capture: true });
    return () => {
      window.removeEventListener('pointerdown', start, { capture: true });
      window.removeEventListener('keydown', start, { capture: true });
    };
  }, []);
  useEffect(() => {
    if (!ringing) return;
    void playChime(0.8);
    const timer = setInterval(() => void playChime(0.8), 20_000);
    return () => clearInterval(timer);
  }, [ringing]);
}
