import type { ReactNode } from 'react';
import { Button, Kbd, type ButtonProps } from '@mantine/core';

interface ActionButtonProps extends Omit<ButtonProps, 'rightSection'> {
  hotkey: string;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A counter action with its key shown on the button. Three sit side by side at 1366×768, so the
 * padding and the gaps around the icon and the key are narrow: the label ("Start serving") fits whole.
 */
export function ActionButton({ hotkey, children, ...props }: ActionButtonProps) {
  return (
    <Button
      fullWidth
      size="md"
      px={10}
      rightSection={<Kbd size="sm">{hotkey}</Kbd>}
      justify="space-between"
      styles={{ section: { marginInline: 4 } }}
      {...props}
    >
      {children}
    </Button>
  );
}
