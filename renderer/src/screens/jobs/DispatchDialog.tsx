import { Badge, Button, Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface TechnicianLoad {
  id: number;
  name: string;
  openJobs: number;
}

interface Props {
  number: string;
  currentId: number | null;
  technicians: TechnicianLoad[];
  onPick: (technician: TechnicianLoad) => void;
  onClose: () => void;
}

/** Dispatch: each technician with their open jobs, the least loaded first; a digit picks one. */
export function DispatchDialog({ number, currentId, technicians, onPick, onClose }: Props) {
  const { t } = useTranslation('jobBoard');
  const sorted = [...technicians].sort((a, b) => a.openJobs - b.openJobs || a.name.localeCompare(b.name));
  return (
    <Modal opened onClose={onClose} title={t('dispatch.title', { number })}>
      <Stack
        gap="xs"
        data-testid="dispatch-list"
        onKeyDown={(e) => {
          const picked = sorted[Number(e.key) - 1];
          if (/^[1-9]$/.test(e.key) && picked) onPick(picked);
        }}
      >
        {sorted.length === 0 && <Text c="dimmed">{t('dispatch.none')}</Text>}
        {sorted.map((tech, i) => (
          <Button
            key={tech.id}
            variant={tech.id === currentId ? 'light' : 'default'}
            justify="space-between"
            fullWidth
            data-autofocus={i === 0 ? true : undefined}
            leftSection={i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : undefined}
            rightSection={
              <Group gap={6} wrap="nowrap">
                {tech.id === currentId && (
                  <Badge size="xs" variant="outline">
                    {t('dispatch.current')}
                  </Badge>
                )}
                <Badge variant="light" color={tech.openJobs > 5 ? 'red' : tech.openJobs > 2 ? 'yellow' : 'green'}>
                  {t('dispatch.openJobs', { count: tech.openJobs })}
                </Badge>
              </Group>
            }
            onClick={() => onPick(tech)}
          >
            {tech.name}
          </Button>
        ))}
      </Stack>
    </Modal>
  );
}
