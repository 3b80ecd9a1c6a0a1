import type { TFunction } from 'i18next';
import type { DisplayState } from '../../../../shared/contract/devices.ts';

interface CounterBreaksProps {
  t: TFunction;
  breaks: DisplayState['breaks'];
  counterName: (b: DisplayState['breaks'][number]) => string;
}

/** The counters on break, each named with "on break", across the top of the screen; nothing while every counter works. */
export function CounterBreaks({ t, breaks, counterName }: CounterBreaksProps) {
  if (breaks.length === 0) return null;
  return (
    <div className="fd-display-breaks" data-testid="display-breaks">
      {breaks.map((b) => (
        <span key={b.counterId} className="fd-display-break" data-testid="display-break" data-counter-id={b.counterId}>
          <span className="fd-display-break-counter">{counterName(b)}</span>
          <span className="fd-display-break-label">{t('onBreak')}</span>
        </span>
      ))}
    </div>
  );
}
