import type { TFunction } from 'i18next';
import type { DisplayState } from '../../../../shared/contract/devices.ts';

interface WaitingServicesProps {
  t: TFunction;
  services: DisplayState['services'];
  serviceName: (service: DisplayState['services'][number]) => string;
}

/** One card per service: its letter and name, how many wait, and about how long ("No wait" rather than "about 0 min"). */
export function WaitingServices({ t, services, serviceName }: WaitingServicesProps) {
  if (services.length === 0) {
    return (
      <div className="fd-display-services">
        <div className="fd-display-quiet">{t('noServices')}</div>
      </div>
    );
  }
  return (
    <div className="fd-display-services" data-testid="display-services">
      {services.map((s) => (
        <div key={s.serviceId} className="fd-display-card fd-display-service" data-testid="display-service">
          <div className="fd-display-service-name">
            <span className="fd-display-service-prefix">{s.prefix}</span>
            {serviceName(s)}
          </div>
          <div className="fd-display-service-count">{t('waitingCount', { count: s.waiting })}</div>
          <div className="fd-display-service-wait">
            {s.waiting === 0 || s.estimatedMinutes <= 0 ? t('noWait') : t('aboutMinutes', { count: s.estimatedMinutes })}
          </div>
        </div>
      ))}
    </div>
  );
}
