import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import type { CustomerToday } from '../../../../shared/contract/queue.ts';
import { api } from '../../api/client.ts';
import { notifyError } from '../../components/errors.ts';

/**
 * The customer at the desk and what they already have today. Picking one looks up their live numbers,
 * bookings and usual service; a number or a booking today raises the warning (`warning`), and only
 * `confirmAnother` lets a second number through.
 */
export function useDeskCustomer() {
  const { t } = useTranslation('queue');
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [today, setToday] = useState<CustomerToday | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [warning, setWarning] = useState(false);
  const current = useRef<number | null>(null);

  const lookUp = (c: CustomerSummary) => {
    api
      .call('queue.customerToday', { customerId: c.id })
      .then((found) => {
        if (current.current !== c.id) return;
        setToday(found);
        if (found.tickets.length > 0 || found.bookings.length > 0) setWarning(true);
      })
      .catch((error: unknown) => notifyError(t, error));
  };

  const pick = (c: CustomerSummary | null) => {
    current.current = c?.id ?? null;
    setCustomer(c);
    setToday(null);
    setConfirmed(false);
    setWarning(false);
    if (c) lookUp(c);
  };

  return {
    customer,
    /** Known once looked up for the customer now at the desk. */
    today: today !== null && today.customerId === customer?.id ? today : null,
    confirmed,
    warning,
    pick,
    /** The station refused a second number after all (it was issued meanwhile): look again and warn. */
    recheck: () => {
      if (!customer) return;
      setConfirmed(false);
      lookUp(customer);
    },
    confirmAnother: () => {
      setConfirmed(true);
      setWarning(false);
    },
  };
}
