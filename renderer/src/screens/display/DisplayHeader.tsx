import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/fields.ts';
import { dayjs } from '../../../../shared/time.ts';

interface DisplayHeaderProps {
  t: TFunction;
  storeName: string;
  demo: boolean;
  locale: Locale;
  timeZone: string;
  /** The station's clock minus this screen's. */
  skewMs: number;
}

/** Store name on the left, the shop's time and date on the right. */
export function DisplayHeader({ t, storeName, demo, locale, timeZone, skewMs }: DisplayHeaderProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const at = dayjs(now + skewMs)
    .tz(timeZone)
    .locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <header className="fd-display-header">
      <div className="fd-display-store" data-testid="display-store">
        {storeName}
        {demo && <span className="fd-display-demo">{t('demo')}</span>}
      </div>
      <div className="fd-display-clock" data-testid="display-clock">
        <div className="fd-display-clock-time">{at.format('HH:mm')}</div>
        <div className="fd-display-clock-date">{at.format(locale === 'en' ? 'dddd D MMMM' : 'M月D日 dddd')}</div>
      </div>
    </header>
  );
}
