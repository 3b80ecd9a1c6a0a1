import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, FileButton, Group, Image, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCamera, IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fileToJpeg, tooLarge, toJpeg } from './downscale.ts';

/** Takes a picture from the webcam: the live picture, Enter or the button takes it, Esc closes. */
function WebcamDialog({ onClose, onTaken }: { onClose: () => void; onTaken: (dataUrl: string) => void }) {
  const { t } = useTranslation('jobIntake');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let gone = false;
    navigator.mediaDevices
      .getUserMedia({ video: true })
      .then((s) => {
        stream = s;
        if (gone) s.getTracks().forEach((track) => track.stop());
        else if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  const take = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    onTaken(toJpeg(v, v.videoWidth, v.videoHeight));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('photos.camera')} size="lg">
      <Stack>
        {failed ? <Text c="red">{t('photos.noCamera')}</Text> : <video ref={video} muted playsInline style={{ width: '100%' }} />}
        <Button leftSection={<IconCamera size={16} />} onClick={take} disabled={failed} data-testid="camera-take">
          {t('photos.take')}
        </Button>
      </Stack>
    </Modal>
  );
}

/**
 * Photos of one item: from the webcam when the computer has one, or from a file; each downscaled to
 * at most 1600 px as a JPEG, and refused in words when it is still over the station's limit.
 */
export function PhotoCapture(props: { photos: string[]; onChange: (photos: string[]) => void; testId: string }) {
  const { photos, onChange, testId } = props;
  const { t } = useTranslation('jobIntake');
  const [camera, setCamera] = useState(false);
  const [hasCamera, setHasCamera] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    void navigator.mediaDevices
      ?.enumerateDevices()
      .then((devices) => setHasCamera(devices.some((d) => d.kind === 'videoinput')))
      .catch(() => setHasCamera(false));
  }, []);
  const add = (dataUrl: string | null) => {
    if (dataUrl === null) setRefusal(t('photos.unreadable'));
    else if (tooLarge(dataUrl)) setRefusal(t('photos.tooLarge'));
    else {
      setRefusal(null);
      onChange([...photos, dataUrl]);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {photos.map((p, i) => (
          <div key={i} style={{ position: 'relative' }}>
            <Image src={p} w={56} h={42} radius="sm" fit="cover" alt={t('photos.photo', { n: i + 1 })} />
            <ActionIcon
              size="xs"
              color="gray"
              variant="filled"
              style={{ position: 'absolute', top: -6, right: -6 }}
              aria-label={t('photos.remove')}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
            >
              <IconX size={10} />
            </ActionIcon>
          </div>
        ))}
        <FileButton
          accept="image/png,image/jpeg,image/webp"
          inputProps={{ 'data-testid': `${testId}-input` } as React.InputHTMLAttributes<HTMLInputElement>}
          onChange={(file) => file && void fileToJpeg(file).then(add)}
        >
          {(fileProps) => (
            <Tooltip label={t('photos.file')}>
              <ActionIcon variant="light" size="lg" aria-label={t('photos.file')} data-testid={`${testId}-file`} {...fileProps}>
                <IconPhotoPlus size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </FileButton>
        {hasCamera && (
          <Tooltip label={t('photos.camera')}>
            <ActionIcon
              variant="light"
              size="lg"
              aria-label={t('photos.camera')}
              onClick={() => setCamera(true)}
              data-testid={`${testId}-camera`}
            >
              <IconCamera size={18} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {refusal && (
        <Text size="xs" c="red">
          {refusal}
        </Text>
      )}
      {camera && <WebcamDialog onClose={() => setCamera(false)} onTaken={add} />}
    </Stack>
  );
}
