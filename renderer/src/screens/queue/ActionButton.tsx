import type { ReactNode } from 'react';
import { Button, Kbd, type ButtonProps } from '@mantine/core';

interface ActionButtonProps extends Omit<ButtonProps, 'rightSection'> {
  hotkey: string;
  onClick: () => void;
  children: ReactNode;
}

/** A counter action with its key shown on the button. */
export function ActionButton({ hotkey, children, ...props }: ActionButtonProps) {
  return (
    <Button
      fullWidth
      size="md"
      rightSection={<Kbd size="sm">{hotkey}</Kbd>}
      justify="space-between"
      styles={{ section: { marginInlineStart: 10 } }}
      {...props}
    >
      {children}
    </Button>
  );
}
