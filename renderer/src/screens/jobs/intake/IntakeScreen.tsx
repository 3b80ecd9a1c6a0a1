import { useState } from 'react';
import { Center, Loader } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { OpOutput } from '../../../../../shared/contract/index.ts';
import { api } from '../../../api/client.ts';
import { useOp } from '../../../api/hooks.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { IntakeSaved } from './IntakeSaved.tsx';
import { useIntakeStart } from './useIntakeStart.ts';

/**
 * Taking an item in (`/jobs/new`): the form, then the job's number. Photos are sent once the job
 * exists, one by one; the summary says how many are still going and which failed.
 */
export function IntakeScreen() {
  const start = useIntakeStart();
  const navigate = useNavigate();
  const settings = useOp('jobs.settings.get');
  const profile = useOp('store.profile.get');
  const [saved, setSaved] = useState<OpOutput<'jobs.intake'> | null>(null);
  const [photosLeft, setPhotosLeft] = useState(0);
  const [photoFailures, setPhotoFailures] = useState(0);
  const [round, setRound] = useState(0);

  const sendPhotos = async (job: OpOutput<'jobs.intake'>, photos: Record<string, string[]>) => {
    const queue = Object.entries(photos).flatMap(([conditionKey, list]) => list.map((dataUrl) => ({ conditionKey, dataUrl })));
    setPhotosLeft(queue.length);
    setPhotoFailures(0);
    for (const photo of queue) {
      try {
        await api.call('jobs.addPhoto', { jobId: job.id, dataUrl: photo.dataUrl, conditionKey: photo.conditionKey, note: '' });
      } catch {
        setPhotoFailures((n) => n + 1);
      }
      setPhotosLeft((n) => n - 1);
    }
  };

  if (!settings.data || !profile.data)
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  if (saved)
    return (
      <IntakeSaved
        job={saved}
        photosLeft={photosLeft}
        photoFailures={photoFailures}
        onOpen={() => void navigate(`/jobs/${saved.id}`)}
        onAnother={() => {
          setSaved(null);
          setRound((r) => r + 1);
          void navigate('/jobs/new', { replace: true });
        }}
      />
    );
  return (
    <IntakeForm
      key={round}
      start={start}
      settings={settings.data}
      currency={profile.data.currency}
      onSaved={(job, photos) => {
        setSaved(job);
        void sendPhotos(job, photos);
      }}
      onCancel={() => void navigate(-1)}
    />
  );
}
