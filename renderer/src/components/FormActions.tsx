import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** The submit button's label. */
  submitLabel: ReactNode;
  /** Shows the submit button as busy while the form is being saved. */
  loading?: boolean;
  /** Closes the dialog; without it there is no Cancel button. */
  onCancel?: () => void;
  /** Cancel's label; "Cancel" from the common catalogue unless given. */
  cancelLabel?: ReactNode;
}

/** The right-aligned row at the foot of a form: Cancel (when the form can be closed) and the submit button. */
export function FormActions({ submitLabel, loading, onCancel, cancelLabel }: FormActionsProps) {
  const { t } = useTranslation('common');
  return (
    <Group justify="flex-end" mt="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {cancelLabel ?? t('common:actions.cancel')}
        </Button>
      )}
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
