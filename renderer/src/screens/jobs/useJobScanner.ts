import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { notifyError } from '../../components/errors.ts';

/**
 * A scanner types a character every few milliseconds (~35 ms apart at most on a quiet computer); a
 * person typing a job number ("J2026-000123", letters, digits and a dash) takes 150 ms or more per key.
 * A busy computer delivers a scanner's keys unevenly (gaps of 20 to 110 ms were seen under load), so a
 * burst is judged by its average gap, and broken only by a pause a scanner never makes.
 */
export const SCAN_MEAN_GAP_MS = 80;
const SCAN_MAX_GAP_MS = 150;
/** A job number as the store prints it: prefix, year, dash, sequence ("J2026-000123"). */
const JOB_NUMBER = /^[A-Z]{1,4}\d{4}-\d{4,8}$/i;

/**
 * Opens the job whose number a barcode scanner types anywhere in the console: a burst of characters
 * ending in Enter. Keys are never held back, so ordinary typing is untouched; only the Enter that ends
 * a scanned job number is kept from the screen.
 */
export function useJobScanner(enabled: boolean): void {
  const { t } = useTranslation('jobBoard');
  const navigate = useNavigate();
  useEffect(() => {
    if (!enabled) return;
    let burst = '';
    let gaps: number[] = [];
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      const gap = event.timeStamp - last;
      last = event.timeStamp;
      if (event.key === 'Enter') {
        const number = burst;
        const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
        burst = '';
        gaps = [];
        if (gap > SCAN_MAX_GAP_MS || mean > SCAN_MEAN_GAP_MS || !JOB_NUMBER.test(number)) return;
        event.preventDefault();
        event.stopPropagation();
        api.call('jobs.byNumber', { number: number.toUpperCase() }).then(
          (job) => void navigate(`/jobs/${job.id}`),
          (error: unknown) => {
            if (isApiError(error) && error.code === 'NOT_FOUND')
              notifications.show({ color: 'red', title: t('board.scanNotFound', { number }), message: undefined });
            else notifyError(t, error);
          },
        );
        return;
      }
      if (event.key === 'Shift') return;
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey || gap > SCAN_MAX_GAP_MS) {
        burst = event.key.length === 1 ? event.key : '';
        gaps = [];
        return;
      }
      burst += event.key;
      gaps.push(gap);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled, navigate, t]);
}
