import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

const SHOW_AFTER_MS = 1000;

/** Backups the station was already copying (a daily backup, another console's) before ours began. */
const seenIds = new Set<string>();
api.onEvent((event) => {
  if (event.type !== 'backup.progress') return;
  if (event.done >= event.total) seenIds.delete(event.id);
  else seenIds.add(event.id);
});

/**
 * The station's copy progress while `running`, once it has taken longer than a second (a quick
 * backup shows no bar at all); null otherwise. Copies that were under way before ours are ignored.
 */
export function useBackupProgress(running: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [slow, setSlow] = useState(false);
  // What one run showed is gone when it ends.
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    setWasRunning(running);
    if (!running) {
      setProgress(null);
      setSlow(false);
    }
  }
  useEffect(() => {
    if (!running) return;
    const earlier = new Set(seenIds);
    let ours: string | null = null;
    const timer = setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    const stop = api.onEvent((event) => {
      if (event.type !== 'backup.progress' || earlier.has(event.id)) return;
      ours ??= event.id;
      if (event.id === ours) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [running]);
  if (!running || !slow) return null;
  return progress ?? { done: 0, total: 0 };
}
