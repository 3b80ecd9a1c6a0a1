import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface SettingsTableCardProps {
  title: string;
  addLabel: string;
  canEdit: boolean;
  addDisabled?: boolean;
  onAdd: () => void;
  /** Shown under the table when it has no rows. */
  emptyText: string | null;
  /** The table's head and body. */
  children: ReactNode;
}

/** A titled card with an add button (for those who may edit), a table, and a line when the table is empty. */
export function SettingsTableCard({ title, addLabel, canEdit, addDisabled = false, onAdd, emptyText, children }: SettingsTableCardProps) {
  return (
    <Paper withBorder>
      <Group justify="space-between" p="lg" pb="sm">
        <Title order={4}>{title}</Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={18} />} onClick={onAdd} disabled={addDisabled}>
            {addLabel}
          </Button>
        )}
      </Group>
      <Table>{children}</Table>
      {emptyText !== null && (
        <Text c="dimmed" ta="center" p="lg">
          {emptyText}
        </Text>
      )}
    </Paper>
  );
}
