import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { TZDate } from '@date-fns/tz';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../shared/contract/reminders.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { useDatePickerLabels } from '../../components/datePickerLabels.ts';
import { notifyError, notifySuccess, translateFieldMessage } from '../../components/errors.ts';
import { fromStoreWallClock, toStoreWallClock } from '../../components/storeWallClock.ts';
import { formatWhen, storeTimeZone } from '../../format.ts';

const KINDS: readonly Reminder['kind'][] = ['callback', 'followUp', 'appointmentConfirm', 'readyNotCollected', 'wakeUp', 'custom'];

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
/** Tomorrow at 10:00 in the store. */
function tomorrowAtTen(): string {
  const now = new TZDate(Date.now(), storeTimeZone());
  return new Date(new TZDate(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0, storeTimeZone()).getTime()).toISOString();
}

/** Sets a reminder about a customer: what (a call back by default), when (in an hour, tomorrow 10:00 or any time), and a note. */
export function NewReminderDialog(props: { customer: { id: number; name: string } | null; onClose: () => void }) {
  const { customer, onClose } = props;
  const { t } = useTranslation('reminders');
  const labels = useDatePickerLabels();
  const [kind, setKind] = useState<Reminder['kind']>('callback');
  const [dueAt, setDueAt] = useState(inAnHour);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setKind('callback');
    setDueAt(inAnHour());
    setNote('');
    setErrors({});
    onClose();
  };
  const create = useOpMutation('reminders.create', {
    onSuccess: (made) => {
      notifySuccess(t('create.saved', { time: formatWhen(made.dueAt) }));
      close();
    },
    onError: (error) => {
      const shown = Object.entries(error.fields).filter(([k]) => k === 'dueAt' || k === 'note');
      if (shown.length) setErrors(Object.fromEntries(shown.map(([k, v]) => [k, translateFieldMessage(t, v)])));
      else notifyError(t, error);
    },
  });
  return (
    <Modal opened={customer !== null} onClose={close} title={customer ? t('create.title', { name: customer.name }) : ''} size="md">
      <Stack>
        <Select
          label={t('create.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
          data-testid="reminder-kind"
        />
        <Stack gap={6}>
          <DateTimePicker
            {...labels.calendar}
            label={t('create.dueAt')}
            value={toStoreWallClock(dueAt)}
            onChange={(v) => v && setDueAt(new Date(fromStoreWallClock(v)).toISOString())}
            valueFormat="YYYY-MM-DD HH:mm"
            error={errors.dueAt}
            data-testid="reminder-due"
          />
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setDueAt(inAnHour())}>
              {t('create.in1h')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setDueAt(tomorrowAtTen())}>
              {t('create.tomorrow')}
            </Button>
          </Group>
        </Stack>
        <Textarea
          label={t('create.note')}
          placeholder={t('create.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={300}
          autosize
          minRows={2}
          error={errors.note}
          data-testid="reminder-note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={create.isPending}
            onClick={() => customer && create.mutate({ kind, concerns: { customerId: customer.id }, dueAt, note })}
            data-testid="reminder-save"
          >
            {t('create.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
