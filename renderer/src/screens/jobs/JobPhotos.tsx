import { useState } from 'react';
import { Group, Image, Loader, Modal, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobMediaSummary } from '../../../../shared/contract/jobs.ts';
import { useOp } from '../../api/hooks.ts';

function Thumb({ media, onOpen }: { media: JobMediaSummary; onOpen: (dataUrl: string) => void }) {
  const { t } = useTranslation('jobBoard');
  const image = useOp('jobs.media', { mediaId: media.id }, { staleTime: Infinity });
  const label = media.kind === 'signature' ? t('page.signature') : media.note || t('page.photos');
  return (
    <UnstyledButton onClick={() => image.data && onOpen(image.data.dataUrl)} aria-label={label} data-testid="job-photo">
      {image.data ? (
        <Image
          src={image.data.dataUrl}
          w={96}
          h={72}
          fit={media.kind === 'signature' ? 'contain' : 'cover'}
          radius="sm"
          bg="gray.0"
          alt={label}
        />
      ) : (
        <Loader size="xs" />
      )}
    </UnstyledButton>
  );
}

/** Photos taken at intake (and the signature) as thumbnails; a click shows one large. */
export function JobPhotos({ media }: { media: JobMediaSummary[] }) {
  const { t } = useTranslation('jobBoard');
  const [large, setLarge] = useState<string | null>(null);
  if (media.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('page.photos')}</Title>
        <Group gap="sm">
          {media.map((m) => (
            <Stack key={m.id} gap={2} align="center">
              <Thumb media={m} onOpen={setLarge} />
              <Text size="xs" c="dimmed">
                {m.kind === 'signature' ? t('page.signature') : m.note}
              </Text>
            </Stack>
          ))}
        </Group>
      </Stack>
      <Modal opened={large !== null} onClose={() => setLarge(null)} size="xl" title={t('page.photos')}>
        {large && <Image src={large} alt={t('page.photos')} />}
      </Modal>
    </Paper>
  );
}
