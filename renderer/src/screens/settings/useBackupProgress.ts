import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

const SHOW_AFTER_MS = 1000;

/**
 * The station's copy progress while `running`, once it has taken longer than a second (a quick
 * backup shows no bar at all); null otherwise.
 */
export function useBackupProgress(running: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!running) {
      setProgress(null);
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    const stop = api.onEvent((event) => {
      if (event.type === 'backup.progress') setProgress({ done: event.done, total: event.total });
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [running]);
  if (!running || !slow) return null;
  return progress ?? { done: 0, total: 0 };
}
