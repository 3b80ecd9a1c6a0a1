import { Button, Group, Kbd, Menu } from '@mantine/core';
import { IconCalendarPlus, IconChevronDown, IconTicket, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CustomerSummary } from '../../../../shared/contract/customers.ts';
import { useOp } from '../../api/hooks.ts';
import { useLocalName } from '../queue/names.ts';
import type { ReceptionAsk } from '../reception/ReceptionScreen.tsx';
import type { IntakeStart } from '../jobs/intake/draft.ts';

/**
 * What the desk does next for this customer: take a number for a service (reception issues it with
 * the customer on it, asking first if they already have one today), or book (the booking dialog with
 * the customer filled in).
 */
export function CustomerActions({ customer }: { customer: CustomerSummary }) {
  const { t } = useTranslation('customers');
  const name = useLocalName();
  const navigate = useNavigate();
  const services = useOp('queue.services.list', { includeInactive: false });
  const takeNumber = (serviceId: number) => {
    const ask: ReceptionAsk = { customer, serviceId };
    void navigate('/reception', { state: ask });
  };
  return (
    <Group gap="sm">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button leftSection={<IconTicket size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="take-number">
            {t('page.takeNumber')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('page.takeNumberFor')}</Menu.Label>
          {(services.data ?? []).map((s) => (
            <Menu.Item key={s.id} leftSection={<Kbd size="xs">{s.prefix}</Kbd>} onClick={() => takeNumber(s.id)}>
              {name(s)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="light"
        leftSection={<IconCalendarPlus size={16} />}
        onClick={() => void navigate('/appointments', { state: { bookFor: customer } })}
      >
        {t('page.book')}
      </Button>
      <Button
        variant="light"
        color="grape"
        leftSection={<IconTool size={16} />}
        onClick={() => {
          const start: IntakeStart = { source: { kind: 'customer' }, customerId: customer.id };
          void navigate('/jobs/new', { state: start });
        }}
        data-testid="customer-open-job"
      >
        {t('jobIntake:openJob')}
      </Button>
    </Group>
  );
}
