import { Badge, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlarm, IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../shared/contract/reminders.ts';
import { useOp, useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { formatWhen } from '../../format.ts';
import { useSignedIn } from '../../session/session.tsx';
import { useReminderChime } from './useReminderChime.ts';
import { whomText } from './whom.ts';

/** The consoles read what is due again this often too, beside the station's alarm (a missed event costs at most this). */
const REFRESH_MS = 30_000;

/**
 * The reminders that have fallen due, on every screen of every signed-in console, until someone
 * takes each one and says how it went: a panel that stays and a chime that repeats while one is
 * waiting for someone to take it. Escalated reminders stay in red until they are done.
 */
export function ReminderAlerts() {
  const { t } = useTranslation('reminders');
  const due = useOp('reminders.due', undefined, { refetchInterval: REFRESH_MS });
  const list = [...(due.data?.escalated ?? []), ...(due.data?.due ?? [])];
  useReminderChime(list.some((r) => r.takenById === null));
  if (list.length === 0) return null;
  return (
    <Paper
      shadow="xl"
      radius="md"
      withBorder
      p="sm"
      w={420}
      pos="fixed"
      bottom={16}
      right={16}
      style={{ zIndex: 300, borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 }}
      role="alert"
      data-testid="reminder-alerts"
    >
      <Group gap="xs" mb="xs">
        <IconAlarm size={20} color="var(--mantine-color-orange-7)" />
        <Text fw={700}>{t('alert.title', { count: list.length })}</Text>
      </Group>
      <ScrollArea.Autosize mah={360}>
        <Stack gap="xs">
          {list.map((r) => (
            <ReminderCard key={r.id} reminder={r} now={due.data?.now ?? ''} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

function ReminderCard({ reminder: r, now }: { reminder: Reminder; now: string }) {
  const { t } = useTranslation('reminders');
  const { staff } = useSignedIn();
  const onError = (error: unknown) => notifyError(t, error);
  const take = useOpMutation('reminders.take', { onError });
  const outcome = useOpMutation('reminders.outcome', {
    onError,
    onSuccess: (after) =>
      notifySuccess(
        after.status === 'done'
          ? t('alert.doneToast')
          : after.status === 'escalated'
            ? t('alert.escalatedToast')
            : t('alert.noAnswerToast', { time: formatWhen(after.nextAt) }),
      ),
  });
  const escalated = r.status === 'escalated';
  const mine = r.takenById === staff.id;
  const overdue = Date.parse(now) - Date.parse(r.nextAt) > 60_000;
  return (
    <Paper withBorder p="xs" bg={escalated ? 'red.0' : 'orange.0'} data-testid="reminder-alert" data-reminder={r.id}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            {escalated && <IconAlertOctagon size={16} color="var(--mantine-color-red-7)" />}
            <Text fw={700} size="sm">
              {t(`kinds.${r.kind}`)}
            </Text>
          </Group>
          <Text size="xs" c={overdue || escalated ? 'red.8' : 'dimmed'}>
            {t(overdue ? 'alert.overdue' : 'alert.due', { time: formatWhen(r.dueAt) })}
          </Text>
        </Group>
        <Text size="sm" fw={600} data-testid="reminder-whom">
          {whomText(t, r)}
        </Text>
        {r.note && <Text size="sm">{r.note}</Text>}
        <Group gap={6}>
          {escalated && (
            <Badge color="red" variant="filled" size="sm">
              {t('alert.escalatedTitle')}
            </Badge>
          )}
          {r.attempts > 0 && (
            <Badge color="gray" variant="light" size="sm">
              {t('alert.attempts', { count: r.attempts })}
            </Badge>
          )}
          {r.takenByName && !mine && (
            <Badge color="blue" variant="light" size="sm">
              {t('alert.takenBy', { name: r.takenByName })}
            </Badge>
          )}
        </Group>
        <Group gap="xs" justify="flex-end">
          {r.takenById === null && !escalated ? (
            <Button
              size="xs"
              color="orange"
              loading={take.isPending}
              onClick={() => take.mutate({ reminderId: r.id })}
              data-testid="reminder-take"
            >
              {t('alert.take')}
            </Button>
          ) : (
            (mine || escalated) && (
              <>
                <Button
                  size="xs"
                  variant="default"
                  loading={outcome.isPending}
                  onClick={() => outcome.mutate({ reminderId: r.id, outcome: 'noAnswer' })}
                  data-testid="reminder-no-answer"
                >
                  {t('alert.noAnswer')}
                </Button>
                <Button
                  size="xs"
                  color="teal"
                  loading={outcome.isPending}
                  onClick={() => outcome.mutate({ reminderId: r.id, outcome: 'done' })}
                  data-testid="reminder-done"
                >
                  {t('alert.done')}
                </Button>
              </>
            )
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
