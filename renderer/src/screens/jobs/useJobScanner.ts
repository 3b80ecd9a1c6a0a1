import { useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { notifyError } from '../../components/errors.ts';

/**
 * A scanner types a character every few milliseconds (~35 ms apart at most on a quiet computer); a
 * person typing a job number ("J2026-000123": letters, digits and a dash) takes 150 ms or more per key.
 * A busy computer delivers a scanner's keys unevenly (single gaps of 250 ms were seen under load), so
 * a scan is judged by the average gap between its characters.
 */
const SCAN_MEAN_GAP_MS = 80;
/** The Enter that ends a scan comes right after the last character (140 ms later was seen under load). */
const SCAN_ENTER_GAP_MS = 500;
/** Keys further apart than this are never one scan. */
const SCAN_PAUSE_MS = 1000;
/** A job number as the store prints it: prefix, year, dash, sequence ("J2026-000123"). */
const JOB_NUMBER = /^[A-Z]{1,4}\d{4}-\d{4,8}$/i;

/** The job number the keys typed last end with, when they came as fast as a scanner types. */
function scannedNumber(keys: { key: string; at: number }[], enterAt: number): string | null {
  const last = keys.at(-1);
  if (!last || enterAt - last.at > SCAN_ENTER_GAP_MS) return null;
  for (let start = 0; start < keys.length - 1; start++) {
    const run = keys.slice(start);
    const text = run.map((k) => k.key).join('');
    if (!JOB_NUMBER.test(text)) continue;
    const mean = (last.at - (run[0]?.at ?? last.at)) / (run.length - 1);
    return mean <= SCAN_MEAN_GAP_MS ? text.toUpperCase() : null;
  }
  return null;
}

/** A screen that takes a scanned job number itself (the pickup checks the ticket), instead of opening the job. */
let scanTarget: ((number: string) => void) | null = null;

/** While the calling screen is shown, a scanned job number goes to `onScan` instead of opening the job's page. */
export function useScanTarget(onScan: (number: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  useEffect(() => {
    const target = (number: string) => latest.current(number);
    scanTarget = target;
    return () => {
      if (scanTarget === target) scanTarget = null;
    };
  }, []);
}

/**
 * Opens the job whose number a barcode scanner types anywhere in the console (or hands it to the screen
 * that asked for scans, `useScanTarget`): a burst of characters
 * ending in Enter. Keys are never held back, so ordinary typing is untouched; only the Enter that ends
 * a scanned job number is kept from the screen.
 */
export function useJobScanner(enabled: boolean): void {
  const { t } = useTranslation('jobBoard');
  const navigate = useNavigate();
  useEffect(() => {
    if (!enabled) return;
    let keys: { key: string; at: number }[] = [];
    const onKey = (event: KeyboardEvent) => {
      const at = event.timeStamp;
      if (event.key === 'Enter') {
        const number = scannedNumber(keys, at);
        keys = [];
        if (!number) return;
        event.preventDefault();
        event.stopPropagation();
        if (scanTarget) {
          scanTarget(number);
          return;
        }
        api.call('jobs.byNumber', { number }).then(
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
      const pause = keys.length > 0 && at - (keys.at(-1)?.at ?? at) > SCAN_PAUSE_MS;
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey || pause) keys = [];
      if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) keys = [...keys.slice(-24), { key: event.key, at }];
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled, navigate, t]);
}
