import type { TFunction } from 'i18next';
import type { DisplayState } from '../../../../shared/contract/devices.ts';

/** Finished jobs waiting for their customers, the latest ready first; not shown at all while there are none. */
export function ReadyForPickup({ t, items }: { t: TFunction; items: DisplayState['readyForPickup'] }) {
  if (items.length === 0) return null;
  return (
    <section className="fd-display-card fd-display-ready" data-testid="display-ready">
      <div className="fd-display-label">{t('ready')}</div>
      {/* More than one column's worth: smaller, so two columns fit in half the screen's width. */}
      <div className={items.length > 4 ? 'fd-display-ready-list fd-display-ready-many' : 'fd-display-ready-list'}>
        {items.map((item) => (
          <span key={item.number} className="fd-display-ready-item" data-testid="display-ready-item">
            <span className="fd-display-ready-number">{item.number}</span>
          </span>
        ))}
      </div>
    </section>
  );
}
