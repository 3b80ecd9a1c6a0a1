/** The call chime: a two-note "ding-dong" made with Web Audio (no sound file to ship or load). */

let context: AudioContext | null = null;

function audioContextClass(): typeof AudioContext | undefined {
  return window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
}

/** Whether this browser has Web Audio at all. */
export function hasWebAudio(): boolean {
  return audioContextClass() !== undefined;
}

/** The page's one AudioContext, made on first use; null where Web Audio does not exist. */
export function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor = audioContextClass();
  if (!Ctor) return null;
  context = new Ctor();
  return context;
}

const NOTES = [
  { hz: 880, at: 0, length: 0.55 },
  { hz: 659.25, at: 0.45, length: 0.9 },
];
const CHIME_MS = 1400;

/** Plays the chime at a volume from 0 to 1 and resolves when it has finished; at once when sound is not running. */
export function playChime(volume = 1): Promise<void> {
  const ctx = audioContext();
  if (!ctx || ctx.state !== 'running') return Promise.resolve();
  const start = ctx.currentTime + 0.05;
  for (const note of NOTES) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = note.hz;
    const t0 = start + note.at;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, 0.5 * volume), t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + note.length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + note.length + 0.05);
  }
  return new Promise((resolve) => setTimeout(resolve, CHIME_MS));
}
