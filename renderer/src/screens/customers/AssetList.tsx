import { useEffect, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconCar, IconDeviceMobile, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { assetLabel, type Asset } from '../../../../shared/contract/customers.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../components/errors.ts';
import { AssetDialog } from './AssetDialog.tsx';
import { useAssetFacts } from './assetFacts.ts';

/** The customer's devices and vehicles: add, edit, remove (removed ones on request). */
export function AssetList({
  customerId,
  assets,
  onDialogChange,
}: {
  customerId: number;
  assets: Asset[];
  onDialogChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('customers');
  const facts = useAssetFacts();
  const [editing, setEditing] = useState<Asset | 'new' | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);
  const [removing, setRemoving] = useState<Asset | null>(null);
  const remove = useOpMutation('assets.remove', {
    onSuccess: (a) => {
      setRemoving(null);
      notifySuccess(t('assets.removedDone', { label: assetLabel(a) }));
    },
    onError: (error) => notifyError(t, error),
  });
  const dialogOpen = editing !== null || removing !== null;
  useEffect(() => onDialogChange(dialogOpen), [dialogOpen, onDialogChange]);
  const removedCount = assets.filter((a) => !a.active).length;
  const shown = assets.filter((a) => a.active || showRemoved);

  return (
    <Paper withBorder p="md" h="100%">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>{t('assets.title')}</Title>
          <Group gap="sm">
            {removedCount > 0 && (
              <Switch
                size="xs"
                label={t('assets.showRemoved')}
                checked={showRemoved}
                onChange={(e) => setShowRemoved(e.currentTarget.checked)}
              />
            )}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing('new')}
              data-testid="add-asset"
            >
              {t('assets.add')}
            </Button>
          </Group>
        </Group>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assets.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            {shown.map((a) => {
              const Icon = a.kind === 'vehicle' ? IconCar : IconDeviceMobile;
              return (
                <Paper key={a.id} withBorder p="sm" bg={a.active ? undefined : 'var(--mantine-color-gray-0)'} data-testid="asset-row">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap="sm" wrap="nowrap" align="flex-start" miw={0}>
                      <Icon size={22} stroke={1.6} style={{ flex: 'none', marginTop: 2 }} />
                      <Stack gap={2} miw={0}>
                        <Group gap={6}>
                          <Text fw={600}>{[a.brand, a.model].filter(Boolean).join(' ') || t(`assets.kinds.${a.kind}`)}</Text>
                          {!a.active && (
                            <Badge size="xs" color="gray">
                              {t('assets.removed')}
                            </Badge>
                          )}
                        </Group>
                        <Text size="sm" c="dimmed">
                          {facts(a).join(' · ')}
                        </Text>
                        {a.notes && <Text size="sm">{a.notes}</Text>}
                      </Stack>
                    </Group>
                    {a.active && (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('assets.edit')}>
                          <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(a)} aria-label={t('assets.edit')}>
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('assets.remove')}>
                          <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(a)} aria-label={t('assets.remove')}>
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t('assets.removeTitle', { label: assetLabel(removing) }) : ''}
      >
        <Stack>
          <Text size="sm">{t('assets.removeMessage')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" data-autofocus loading={remove.isPending} onClick={() => removing && remove.mutate({ id: removing.id })}>
              {t('assets.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <AssetDialog
        customerId={customerId}
        asset={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Paper>
  );
}
