import { Button, Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface DuplicateOwner {
  customerId: number;
  customerName: string;
}

/**
 * "张三 already has this phone": open the customer who has it (usually the right answer), save
 * anyway (a family sharing one phone), or go back to the form.
 */
export function DuplicateDialog({
  owner,
  creating,
  onOpen,
  onConfirm,
  onBack,
}: {
  owner: DuplicateOwner | null;
  creating: boolean;
  onOpen: (customerId: number) => void;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('customers');
  return (
    <Modal opened={owner !== null} onClose={onBack} title={t('duplicate.title')} size="md" zIndex={300} data-testid="duplicate-dialog">
      {owner && (
        <Stack>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconAlertTriangle size={24} color="var(--mantine-color-yellow-7)" style={{ flex: 'none' }} />
            <Text>{t('duplicate.message', { name: owner.customerName })}</Text>
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onBack} rightSection={<Kbd size="xs">Esc</Kbd>}>
              {t('duplicate.back')}
            </Button>
            <Button variant="light" onClick={onConfirm}>
              {creating ? t('duplicate.createAnyway') : t('duplicate.saveAnyway')}
            </Button>
            <Button data-autofocus onClick={() => onOpen(owner.customerId)} rightSection={<Kbd size="xs">Enter</Kbd>}>
              {t('duplicate.open', { name: owner.customerName })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
