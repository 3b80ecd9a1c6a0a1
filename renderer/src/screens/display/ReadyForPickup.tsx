import type { TFunction } from 'i18next';
import type { DisplayState } from '../../../../shared/contract/devices.ts';

/** Finished jobs waiting for their customers; not shown at all while there are none. */
export function ReadyForPickup({ t, items }: { t: TFunction; items: DisplayState['readyForPickup'] }) {
  if (items.length === 0) return null;
  return (
    <section className="fd-display-card fd-display-ready" data-testid="display-ready">
      <div className="fd-display-label">{t('ready')}</div>
      <div className="fd-display-ready-list">
        {items.map((item) => (
          <span key={item.number}>
            {item.number}
            {item.customerMasked ? ` ${item.customerMasked}` : ''}
          </span>
        ))}
      </div>
    </section>
  );
}
