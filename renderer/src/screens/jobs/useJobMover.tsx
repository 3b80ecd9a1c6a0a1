import { useState, type ReactNode } from 'react';
import { Button, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { JobEvent, JobEventType } from '../../../../shared/contract/job-events.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { errorText, notifyError, notifySuccess } from '../../components/errors.ts';
import { DispatchDialog, type TechnicianLoad } from './DispatchDialog.tsx';
import { EventDialog, FORM_EVENTS } from './EventDialog.tsx';
import { OFFERS } from './jobMoves.ts';
import { pickupPath } from './pickup/pickupPath.ts';

interface MovableJob {
  id: number;
  number: string;
  technicianId: number | null;
}

type Open =
  | { kind: 'form'; job: MovableJob; type: JobEventType }
  | { kind: 'dispatch'; job: MovableJob }
  | { kind: 'choose'; job: MovableJob; events: JobEventType[]; status: string };

export interface JobMover {
  /** Does the event, after its form or the dispatch picker when it needs one. */
  start: (job: MovableJob, type: JobEventType) => void;
  /** A drag: the one event that leads there, or a choice between several. */
  choose: (job: MovableJob, events: JobEventType[], statusLabel: string) => void;
  /** The last refusal, in words, by job and event: shown next to the action. */
  refusal: { jobId: number; type: JobEventType; text: string } | null;
  busy: boolean;
  /** True while a dialog is open (the screen's own keys wait). */
  open: boolean;
  dialogs: ReactNode;
}

/** Moves jobs through jobs.move: the forms, the dispatch picker, the refusals in words. */
export function useJobMover(technicians: TechnicianLoad[]): JobMover {
  const { t } = useTranslation(['jobBoard', 'jobs']);
  const [open, setOpen] = useState<Open | null>(null);
  const [refusal, setRefusal] = useState<JobMover['refusal']>(null);
  const move = useOpMutation('jobs.move');
  const navigate = useNavigate();

  const run = (job: MovableJob, event: JobEvent, done?: () => void) => {
    setRefusal(null);
    move.mutate(
      { jobId: job.id, event },
      {
        onSuccess: () => {
          setOpen(null);
          done?.();
          notifySuccess(t('board.moved', { number: job.number, event: t(`jobs:events.${event.type}`) }));
        },
        onError: (error) => {
          setRefusal({ jobId: job.id, type: event.type, text: errorText(t, error) });
          if (!FORM_EVENTS.includes(event.type)) notifyError(t, error);
        },
      },
    );
  };

  const start = (job: MovableJob, type: JobEventType) => {
    setRefusal(null);
    // Handing over is the pickup's: who collects is checked, the accessories go back, the customer signs.
    if (type === 'deliver') void navigate(pickupPath(job.id));
    else if (type === 'assign') setOpen({ kind: 'dispatch', job });
    else if (FORM_EVENTS.includes(type)) setOpen({ kind: 'form', job, type });
    else run(job, { type } as JobEvent);
  };

  const choose = (job: MovableJob, events: JobEventType[], statusLabel: string) => {
    const [only] = events;
    if (events.length === 1 && only) start(job, only);
    else setOpen({ kind: 'choose', job, events, status: statusLabel });
  };

  const close = () => {
    setOpen(null);
    setRefusal(null);
  };

  let dialogs: ReactNode = null;
  if (open?.kind === 'form') {
    const { job, type } = open;
    dialogs = (
      <EventDialog
        number={job.number}
        type={type}
        busy={move.isPending}
        refusal={refusal?.jobId === job.id && refusal.type === type ? refusal.text : null}
        onSubmit={(event) => run(job, event)}
        onClose={close}
      />
    );
  } else if (open?.kind === 'dispatch') {
    const { job } = open;
    dialogs = (
      <DispatchDialog
        number={job.number}
        currentId={job.technicianId}
        technicians={technicians}
        onClose={close}
        onPick={(tech) =>
          run(job, { type: 'assign', technicianId: tech.id }, () =>
            notifySuccess(t('dispatch.done', { number: job.number, name: tech.name })),
          )
        }
      />
    );
  } else if (open?.kind === 'choose') {
    const { job, events, status } = open;
    dialogs = (
      <Modal opened onClose={close} title={t('board.askTitle', { number: job.number, status })}>
        <Stack gap="xs">
          <Text size="sm">{t('board.askBody')}</Text>
          {events.map((type, i) => (
            <Button
              key={type}
              variant="default"
              justify="space-between"
              data-autofocus={i === 0 ? true : undefined}
              rightSection={<Kbd size="xs">{OFFERS[type].key}</Kbd>}
              onClick={() => start(job, type)}
            >
              {t(`actions.${type}`)}
            </Button>
          ))}
        </Stack>
      </Modal>
    );
  }
  return { start, choose, refusal, busy: move.isPending, open: open !== null, dialogs };
}
