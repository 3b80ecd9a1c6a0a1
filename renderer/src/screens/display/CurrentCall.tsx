import type { TFunction } from 'i18next';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';

interface CurrentCallProps {
  t: TFunction;
  call: DisplayCall | null;
  counterName: string | null;
  /** True while this call has just arrived: the card flashes. */
  flash: boolean;
  /** The call's counter has gone on break since: it is named as on break rather than "please go to". */
  onBreak: boolean;
}

/** The number being called, as large as the screen allows, and the counter to go to. */
export function CurrentCall({ t, call, counterName, flash, onBreak }: CurrentCallProps) {
  return (
    <section
      key={call ? `${call.ticketId}-${call.at}` : 'none'}
      className={`fd-display-card fd-display-current${flash ? ' fd-flash' : ''}`}
      data-testid="display-current"
      data-flash={flash || undefined}
    >
      <div className="fd-display-label">{t('nowCalling')}</div>
      {call ? (
        <>
          <div className="fd-display-number" data-testid="display-current-number">
            {call.number}
          </div>
          <div className="fd-display-counter" data-testid="display-current-counter">
            {onBreak ? (
              <>
                {counterName}
                <span className="fd-display-current-break">{t('onBreak')}</span>
              </>
            ) : (
              t('goTo', { counter: counterName })
            )}
          </div>
          {call.customerMasked && <div className="fd-display-customer">{call.customerMasked}</div>}
        </>
      ) : (
        <div className="fd-display-idle">{t('noCall')}</div>
      )}
    </section>
  );
}
