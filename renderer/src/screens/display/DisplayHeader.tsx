import { useEffect, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/fields.ts';
import { formatInstant } from '../../../../shared/time.ts';
import { dateLocale } from '../../dateLocale.ts';

interface DisplayHeaderProps {
  t: TFunction;
  storeName: string;
  demo: boolean;
  locale: Locale;
  timeZone: string;
  /** The station's clock minus this screen's. */
  skewMs: number;
  /** What stands between the store's name and the clock (the counters on break). */
  children?: ReactNode;
}

/** Store name on the left, the shop's time and date on the right, the counters on break between them. */
export function DisplayHeader({ t, storeName, demo, locale, timeZone, skewMs, children }: DisplayHeaderProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const at = now + skewMs;
  return (
    <header className="fd-display-header">
      <div className="fd-display-store" data-testid="display-store">
        {storeName}
        {demo && <span className="fd-display-demo">{t('demo')}</span>}
      </div>
      {children}
      <div className="fd-display-clock" data-testid="display-clock">
        <div className="fd-display-clock-time">{formatInstant(at, timeZone, 'HH:mm')}</div>
        <div className="fd-display-clock-date">
          {formatInstant(at, timeZone, locale === 'en' ? 'EEEE d MMMM' : 'M月d日 EEEE', dateLocale(locale))}
        </div>
      </div>
    </header>
  );
}
