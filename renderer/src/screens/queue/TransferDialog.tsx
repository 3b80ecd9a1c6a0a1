import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Counter, Service, Ticket } from '../../../../shared/contract/queue.ts';
import { useLocalName } from './names.ts';

interface TransferDialogProps {
  ticket: Ticket | null;
  services: Service[];
  counters: Counter[];
  pending: boolean;
  onTransfer: (input: { serviceId: number | null; counterId: number | null }) => void;
  onClose: () => void;
}

/**
 * Sends the ticket to another service and/or counter; it keeps its original issue time. A counter that
 * does not serve the chosen service cannot be picked, and says why.
 */
export function TransferDialog({ ticket, ...props }: TransferDialogProps) {
  const { t } = useTranslation('queue');
  return (
    <Modal
      opened={ticket !== null}
      onClose={props.onClose}
      title={ticket ? t('counter.transfer.title', { number: ticket.number }) : ''}
      size="md"
    >
      {ticket && <TransferForm key={ticket.id} ticket={ticket} {...props} />}
    </Modal>
  );
}

function TransferForm({ ticket, services, counters, pending, onTransfer, onClose }: TransferDialogProps & { ticket: Ticket }) {
  const { t } = useTranslation('queue');
  const name = useLocalName();
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [counterId, setCounterId] = useState<number | null>(null);
  const targetServiceId = serviceId ?? ticket.serviceId;
  const targetService = services.find((s) => s.id === targetServiceId);
  const serves = (c: Counter) => c.serviceIds.includes(targetServiceId);
  const chosenCounter = counters.find((c) => c.id === counterId);
  const counterValid = !chosenCounter || serves(chosenCounter);
  const nothingChosen = serviceId === null && counterId === null;

  const serviceOptions = [
    { value: '', label: t('counter.transfer.sameService') },
    ...services.filter((s) => s.id !== ticket.serviceId).map((s) => ({ value: String(s.id), label: `${s.prefix} · ${name(s)}` })),
  ];
  const counterOptions = [
    { value: '', label: t('counter.transfer.anyCounter') },
    ...counters.map((c) => ({
      value: String(c.id),
      label: serves(c)
        ? name(c)
        : `${name(c)} — ${t('counter.transfer.notServing', { service: targetService ? name(targetService) : '' })}`,
      disabled: !serves(c),
    })),
  ];

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!nothingChosen && counterValid) onTransfer({ serviceId, counterId });
      }}
    >
      <Stack>
        <Text c="dimmed" size="sm">
          {t('counter.transfer.intro')}
        </Text>
        <Select
          label={t('counter.transfer.service')}
          data={serviceOptions}
          value={serviceId === null ? '' : String(serviceId)}
          onChange={(v) => setServiceId(v ? Number(v) : null)}
          allowDeselect={false}
          data-autofocus
        />
        <Select
          label={t('counter.transfer.counter')}
          data={counterOptions}
          value={counterId === null ? '' : String(counterId)}
          onChange={(v) => setCounterId(v ? Number(v) : null)}
          allowDeselect={false}
          error={counterValid ? undefined : t('validation.notServed')}
        />
        {nothingChosen && (
          <Text size="sm" c="dimmed">
            {t('validation.serviceOrCounter')}
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={nothingChosen || !counterValid}>
            {t('counter.transfer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
