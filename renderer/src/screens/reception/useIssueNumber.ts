import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import type { Service } from '../../../../shared/contract/queue.ts';
import { isApiError } from '../../api/errors.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import type { BusyWarning, Outcome } from './types.ts';

/**
 * Issuing a walk-in number: one call per key press. "Many waiting" turns into a warning to confirm
 * (the same call again with confirmBusy); a full or closed service is a polite refusal on the panel; a
 * customer who already holds a number or a booking today goes back to the receptionist
 * (`onAlreadyQueued`) unless they confirmed a second number.
 */
export function useIssueNumber(options: {
  customer: CustomerSummary | null;
  priority: boolean;
  duplicateConfirmed: boolean;
  onIssued: () => void;
  onAlreadyQueued: () => void;
}) {
  const { t } = useTranslation('queue');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<BusyWarning | null>(null);
  const mutation = useOpMutation('queue.issue');

  const issue = (service: Service, confirmBusy = false) => {
    if (mutation.isPending) return;
    setBusy(null);
    mutation.mutate(
      {
        serviceId: service.id,
        customerId: options.customer?.id ?? null,
        priority: options.priority,
        confirmBusy,
        confirmDuplicate: options.duplicateConfirmed,
        print: true,
      },
      {
        onSuccess: (issued) => {
          setOutcome({ kind: 'issued', issued: { ...issued, service } });
          options.onIssued();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'QUEUE_BUSY') {
            setBusy({ service, waiting: Number(error.params.waiting ?? 0), minutes: Number(error.params.minutes ?? 0) });
          } else if (isApiError(error) && error.code === 'ALREADY_QUEUED') {
            options.onAlreadyQueued();
          } else if (isApiError(error) && (error.code === 'QUEUE_FULL' || error.code === 'QUEUE_CLOSED')) {
            setOutcome({ kind: 'refused', service, error });
          } else {
            notifyError(t, error);
          }
        },
      },
    );
  };

  return {
    issue,
    pending: mutation.isPending,
    pendingServiceId: mutation.isPending ? (mutation.variables?.serviceId ?? null) : null,
    outcome,
    setOutcome,
    busy,
    confirmBusy: () => busy && issue(busy.service, true),
    cancelBusy: () => setBusy(null),
  };
}
