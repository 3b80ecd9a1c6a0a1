import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ANSWER_CHANNELS, type JobEvent, type JobEventType, type JobLineInput } from '../../../../shared/contract/job-events.ts';
import { localDayAndClock, zonedInstant } from '../../../../shared/time.ts';
import { storeTimeZone } from '../../format.ts';
import { EMPTY_LINE, LinesEditor } from './LinesEditor.tsx';

/** The events that ask for something before they happen (a reason, a note, lines, the customer's answer). */
export const FORM_EVENTS: readonly JobEventType[] = [
  'findWork',
  'recordAnswer',
  'waitForParts',
  'pause',
  'qcSelfCheck',
  'qcSecondCheck',
  'approveCredit',
  'returnUnrepaired',
  'cancel',
];

const REASON_EVENTS: readonly JobEventType[] = ['pause', 'approveCredit', 'returnUnrepaired', 'cancel'];
const NOTE_EVENTS: readonly JobEventType[] = ['findWork', 'waitForParts', 'qcSelfCheck', 'qcSecondCheck'];

interface Props {
  number: string;
  type: JobEventType;
  /** The refusal of the last try, in words. */
  refusal: string | null;
  busy: boolean;
  onSubmit: (event: JobEvent) => void;
  onClose: () => void;
}

/** The form of one event; Enter in a field confirms, Esc closes. */
export function EventDialog({ number, type, refusal, busy, onSubmit, onClose }: Props) {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const [text, setText] = useState('');
  const [passed, setPassed] = useState('true');
  const [decision, setDecision] = useState<'approved' | 'refused'>('approved');
  const [answeredBy, setAnsweredBy] = useState('');
  const [channel, setChannel] = useState<(typeof ANSWER_CHANNELS)[number]>('phone');
  const [now] = useState(() => localDayAndClock(Date.now(), storeTimeZone()));
  const [day, setDay] = useState(now.day);
  const [clock, setClock] = useState(now.clock);
  const [lines, setLines] = useState<JobLineInput[]>([EMPTY_LINE]);
  const [missing, setMissing] = useState(false);

  const build = (): JobEvent | null => {
    switch (type) {
      case 'findWork':
        return lines.every((l) => l.description.trim()) ? { type, lines, note: text.trim() } : null;
      case 'recordAnswer': {
        if (!answeredBy.trim()) return null;
        const at = zonedInstant(day, clock, storeTimeZone());
        return Number.isNaN(at) ? null : { type, decision, answeredBy: answeredBy.trim(), channel, answeredAt: new Date(at).toISOString() };
      }
      case 'waitForParts':
        return { type, note: text.trim() };
      case 'qcSelfCheck':
      case 'qcSecondCheck':
        return { type, passed: passed === 'true', note: text.trim() };
      case 'pause':
      case 'approveCredit':
      case 'returnUnrepaired':
      case 'cancel':
        return text.trim() ? { type, reason: text.trim() } : null;
      default:
        return null;
    }
  };
  const submit = () => {
    const event = build();
    setMissing(event === null);
    if (event) onSubmit(event);
  };

  const isReason = REASON_EVENTS.includes(type);
  return (
    <Modal opened onClose={onClose} title={`${t(`actions.${type}`)} · ${number}`} size={type === 'findWork' ? 'xl' : 'md'}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {type === 'findWork' && <LinesEditor lines={lines} onChange={setLines} />}
          {(type === 'qcSelfCheck' || type === 'qcSecondCheck') && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('form.result')}
              </Text>
              <SegmentedControl
                value={passed}
                onChange={setPassed}
                data={[
                  { value: 'true', label: t('form.passed') },
                  { value: 'false', label: t('form.failed') },
                ]}
              />
            </Stack>
          )}
          {type === 'recordAnswer' && (
            <>
              <SegmentedControl
                value={decision}
                onChange={(v) => setDecision(v)}
                data={[
                  { value: 'approved', label: t('form.approved') },
                  { value: 'refused', label: t('form.refused') },
                ]}
              />
              <TextInput
                label={t('form.answeredBy')}
                value={answeredBy}
                maxLength={60}
                data-autofocus
                required
                onChange={(e) => setAnsweredBy(e.currentTarget.value)}
              />
              <SegmentedControl
                value={channel}
                onChange={(v) => setChannel(v)}
                data={ANSWER_CHANNELS.map((c) => ({ value: c, label: t(`jobs:channels.${c}`) }))}
              />
              <Group grow>
                <TextInput type="date" label={t('form.answeredDay')} value={day} onChange={(e) => setDay(e.currentTarget.value)} />
                <TextInput type="time" label={t('form.answeredClock')} value={clock} onChange={(e) => setClock(e.currentTarget.value)} />
              </Group>
            </>
          )}
          {(isReason || NOTE_EVENTS.includes(type)) && (
            <Textarea
              label={isReason ? t('form.reason') : t('form.note')}
              required={isReason}
              value={text}
              maxLength={isReason ? 200 : 500}
              autosize
              minRows={2}
              data-autofocus={type !== 'findWork' ? true : undefined}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  submit();
                }
              }}
            />
          )}
          {missing && (
            <Text size="sm" c="red">
              {t('form.required')}
            </Text>
          )}
          {refusal && (
            <Alert color="red" data-testid="move-refusal">
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('form.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
