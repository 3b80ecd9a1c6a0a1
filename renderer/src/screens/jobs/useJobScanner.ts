import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { notifyError } from '../../components/errors.ts';

/** A scanner types each character within this many milliseconds of the last; people are slower. */
export const SCAN_GAP_MS = 35;
/** A job number as the store prints it: prefix, year, dash, sequence ("J2026-000123"). */
const JOB_NUMBER = /^[A-Z]{1,4}\d{4}-\d{4,8}$/i;

/**
 * Opens the job whose number a barcode scanner types anywhere in the console: a burst of characters,
 * each within SCAN_GAP_MS of the last, ending in Enter. Keys are never held back, so ordinary typing
 * is untouched; only the Enter that ends a scanned job number is kept from the screen.
 */
export function useJobScanner(enabled: boolean): void {
  const { t } = useTranslation('jobBoard');
  const navigate = useNavigate();
  useEffect(() => {
    if (!enabled) return;
    let burst = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      const now = event.timeStamp;
      const quick = now - last <= SCAN_GAP_MS;
      last = now;
      if (event.key === 'Enter') {
        const number = burst;
        burst = '';
        if (!quick || !JOB_NUMBER.test(number)) return;
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
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) {
        if (event.key !== 'Shift') burst = '';
        return;
      }
      burst = quick ? burst + event.key : event.key;
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled, navigate, t]);
}
