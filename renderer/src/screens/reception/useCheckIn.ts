import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import type { IssuedNumber } from './types.ts';

/**
 * Checking a booking in from reception: the number it becomes goes to the confirmation panel (no
 * toast: the panel says it, large, and a toast would cover the desk's controls).
 */
export function useCheckIn(services: Service[], onCheckedIn: (issued: IssuedNumber) => void) {
  const { t } = useTranslation('queue');
  const checkIn = useOpMutation('appointments.checkIn', {
    onSuccess: (r) => {
      const service = services.find((s) => s.id === r.ticket.serviceId);
      if (service)
        onCheckedIn({ ticket: r.ticket, service, ahead: r.ahead, estimatedMinutes: r.estimatedMinutes, printJobId: r.printJobId });
    },
    onError: (e) => notifyError(t, e),
  });
  return {
    checkIn: (id: number) => checkIn.mutate({ id }),
    pendingId: checkIn.isPending ? checkIn.variables.id : null,
  };
}
