import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../shared/contract/queue.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { STATUS } from '../../theme.ts';

/**
 * Prints a ticket's slip again (marked as a reprint, audited), from the counter. Says it went to the
 * printer, or, when no printer is routed for queue slips, that nothing was printed and where to fix it.
 */
export function useReprintSlip() {
  const { t } = useTranslation('queue');
  const reprint = useOpMutation('queue.reprintSlip', { onError: (e) => notifyError(t, e) });
  return {
    pending: reprint.isPending,
    reprint: (ticket: Ticket) =>
      reprint.mutate(
        { ticketId: ticket.id },
        {
          onSuccess: ({ printJobId }) => {
            if (printJobId !== null) notifySuccess(t('counter.done.reprinted', { number: ticket.number }));
            else notifications.show({ color: STATUS.danger, title: t('counter.reprintNoPrinter'), message: undefined });
          },
        },
      ),
  };
}
