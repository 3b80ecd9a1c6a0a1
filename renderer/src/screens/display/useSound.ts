import { useCallback, useEffect, useState } from 'react';
import { audioContext, hasWebAudio } from './chime.ts';
import { isDisplayWindow } from './connection.ts';

/** How long a fresh AudioContext may take to start by itself where autoplay is allowed. */
const SETTLE_MS = 400;

/**
 * Whether the page may make sound. Browsers start audio (and speech) only after a tap on the page; a
 * TV browser therefore asks for one tap. The Electron display window is allowed to play at once
 * (autoplayPolicy in its web preferences) and never asks.
 */
export function useSound(): { needsTap: boolean; enable: () => void } {
  // Without Web Audio only speech can sound, and it starts once the page has had a tap.
  const [needsTap, setNeedsTap] = useState(() => !hasWebAudio() && !isDisplayWindow() && !navigator.userActivation?.hasBeenActive);

  useEffect(() => {
    const ctx = audioContext();
    if (!ctx) return;
    const sync = () => setNeedsTap(ctx.state !== 'running' && !isDisplayWindow());
    ctx.addEventListener('statechange', sync);
    void ctx.resume();
    const timer = setTimeout(sync, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      ctx.removeEventListener('statechange', sync);
    };
  }, []);

  const enable = useCallback(() => {
    const ctx = audioContext();
    if (ctx) void ctx.resume().then(() => setNeedsTap(false));
    else setNeedsTap(false);
  }, []);

  return { needsTap, enable };
}
