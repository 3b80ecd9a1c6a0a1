import type { TFunction } from 'i18next';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';

interface RecentCallsProps {
  t: TFunction;
  calls: readonly DisplayCall[];
  counterName: (call: DisplayCall) => string;
  /** Whether the call's counter is on break now (said next to its name). */
  onBreak: (call: DisplayCall) => boolean;
}

/** The calls before the current one, newest first, with their counters (people who looked away). */
export function RecentCalls({ t, calls, counterName, onBreak }: RecentCallsProps) {
  return (
    <section className="fd-display-card fd-display-recent" data-testid="display-recent">
      <div className="fd-display-label">{t('recent')}</div>
      {calls.length === 0 ? (
        <div className="fd-display-quiet">{t('noRecent')}</div>
      ) : (
        <div className="fd-display-recent-list">
          {calls.map((call) => (
            <div key={call.ticketId} className="fd-display-recent-row" data-testid="display-recent-row">
              <span className="fd-display-recent-number">{call.number}</span>
              <span className="fd-display-recent-counter">
                {counterName(call)}
                {onBreak(call) && <span className="fd-display-recent-break">{t('onBreak')}</span>}
              </span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
